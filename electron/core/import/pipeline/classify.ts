import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * Numbers typed without a country prefix are read with the import's country. When that differs
 * from the app's default country the number is stored in international form, so that later edits
 * (read with the default country) keep meaning the same number.
 */
export function normalizePhones(fields: ContactFields, country: string, defaultCountry: string): ContactFields {
  if (country === defaultCountry || fields.phones.length === 0) return fields;
  return { ...fields, phones: fields.phones.map((phone) => ({ ...phone, value: normalizedPhone(phone.value, country, defaultCountry) })) };
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
