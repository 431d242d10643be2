import { readPhoneNumber } from '../../../shared/domain/phone-reading.ts';
import { contactStrings as s } from './strings.ts';

/** The line under a phone field: how Carnet read the number, or what looks wrong with it. */
export interface FieldNote {
  text: string;
  /** A doubt to check (shown in the warning colour); the number is still saved as typed. */
  warning: boolean;
}

/**
 * "Read as +33 6 12 34 56 78, France" under a phone field, as the birthday field shows how it
 * read a date, from the same reading the core stores (shared/domain/phone-reading.ts). A number
 * that is not a real number of its country is flagged, but only once the user has finished
 * typing it (`typing` false): half a number is always too short.
 */
export function phoneNote(value: string, defaultCountry: string | null, locale: string, typing: boolean): FieldNote | undefined {
  if (defaultCountry === null || value.trim() === '') return undefined;
  const reading = readPhoneNumber(value, defaultCountry, locale);
  if (!reading) return undefined; // no digits: the form's own check says so
  const where = reading.countryName ?? `+${reading.callingCode}`;
  if (reading.valid) return { text: s.phoneReadAs(reading.international, reading.countryName), warning: false };
  if (typing) return undefined;
  switch (reading.problem) {
    case 'too_short':
      return { text: s.phoneTooShort(where), warning: true };
    case 'too_long':
      return { text: s.phoneTooLong(where), warning: true };
    case 'wrong_length':
      return { text: s.phoneWrongLength(where), warning: true };
    default:
      return { text: s.phoneNotInUse(reading.international, reading.countryName), warning: true };
  }
}
