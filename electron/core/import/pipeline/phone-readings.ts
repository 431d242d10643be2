import { readPhoneNumber } from '../../../../shared/domain/phone-reading.ts';

/**
 * How each number of a row was read: "+33 6 12 34 56 78, France", and whether it can exist there.
 * The reading is the editor's (shared/domain/phone-reading.ts), so the preview and the contact
 * page describe a number the same way.
 */
export function phoneReadings(values: readonly string[], country: string): { value: string; readAs: string | null; valid: boolean; international: string | null; country: string | null }[] {
  return values.map((value) => {
    const reading = readPhoneNumber(value, country, 'en');
    if (!reading || !reading.possible) return { value, readAs: null, valid: false, international: null, country: null };
    const readAs = reading.countryName ? `${reading.international}, ${reading.countryName}` : reading.international;
    return { value, readAs, valid: reading.valid, international: reading.international, country: reading.country };
  });
}
