import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** How each number of a row was read: "+33 6 12 34 56 78, France", and whether it can exist there. */
export function phoneReadings(values: readonly string[], country: string): { value: string; readAs: string | null; valid: boolean }[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  return values.map((value) => {
    const trimmed = value.trim();
    const candidate = trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed;
    try {
      const parsed = parsePhoneNumberFromString(candidate, { defaultCountry: country as CountryCode, extract: false });
      if (!parsed || !parsed.isPossible()) return { value, readAs: null, valid: false };
      const where = parsed.country ? names.of(parsed.country) : null;
      return { value, readAs: where ? `${parsed.formatInternational()}, ${where}` : parsed.formatInternational(), valid: parsed.isValid() };
    } catch {
      return { value, readAs: null, valid: false };
    }
  });
}
