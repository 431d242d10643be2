import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * Numbers typed without a country prefix are read with the import's country, or with the country
 * the source says a number is from (`phoneCountries`, by value: a Carnet export's E.164 form). When that differs
 * from the app's default country the number is stored in international form, so that later edits
 * (read with the default country) keep meaning the same number.
 */
export function normalizePhones(fields: ContactFields, country: string, defaultCountry: string, phoneCountries?: ReadonlyMap<string, string>): ContactFields {
  if ((country === defaultCountry && !phoneCountries) || fields.phones.length === 0) return fields;
  return {
    ...fields,
    phones: fields.phones.map((phone) => ({ ...phone, value: normalizedPhone(phone.value, phoneCountries?.get(phone.value.trim()) ?? country, defaultCountry) })),
  };
}

/** One number as `normalizePhones` stores it: international form when read with another country than the default. */
export function normalizedPhone(value: string, country: string, defaultCountry: string): string {
  const typed = value.trim();
  if (country === defaultCountry || typed.startsWith('+') || typed.startsWith('00')) return value;
  try {
    const parsed = parsePhoneNumberFromString(typed, { defaultCountry: country as CountryCode });
    return parsed?.isPossible() ? parsed.formatInternational() : value;
  } catch {
    return value;
  }
}
