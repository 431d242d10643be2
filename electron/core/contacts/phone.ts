import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { e164Of, parseTypedPhone } from '../../../shared/domain/phone-reading.ts';

/**
 * The E.164 form of what the user typed, using `defaultCountry` for numbers without a +prefix,
 * or null when the number cannot be understood (then only the typed text is kept). The reading
 * rules are shared with the screens (shared/domain/phone-reading.ts).
 */
export function toE164(typed: string, defaultCountry: string): string | null {
  return e164Of(parseTypedPhone(typed, defaultCountry));
}

/** The shortest run of digits that finds a phone from anywhere inside it. */
export const MIN_DIGIT_RUN = 4;

/**
 * The words a phone is found by in the search index (its part of the contact's search row).
 * `e164` is the stored international form (or null).
 *
 * Besides what was typed (its own words: "06", "12", …), every digit form of the number (as
 * typed, E.164 without "+", national with its trunk prefix) is indexed with each of its tails of
 * 4 digits or more. FTS5 matches query words as prefixes, and a run of digits from the middle of
 * a number is the start of one of its tails: "7911" finds "+44 7911 123456" through the tail
 * "7911123456", "5551234" finds "(415) 555-1234" through "5551234". Tails rather than a trigram
 * index keep it in the one search table the list query already uses (the number of tails per
 * number is its length minus 3, and most tails are shared between the forms); the cost in size
 * and speed is measured in `npm run bench` (see the README's Performance section).
 */
export function phoneSearchTerms(typed: string, e164: string | null): string[] {
  return phoneSearchTermsOf(typed, e164, nationalDigitsOf(e164));
}

/** The phones column of a contact's search row: the terms of each of its phones, in order. */
export function phoneSearchText(phones: readonly { value: string; e164: string | null }[]): string {
  return phones.flatMap((phone) => phoneSearchTerms(phone.value, phone.e164)).join(' ');
}

/** `phoneSearchTerms` given the national digits already (the import has them from its own parse). */
export function phoneSearchTermsOf(typed: string, e164: string | null, nationalDigits: string | null): string[] {
  const terms = new Set<string>([typed]);
  for (const digits of [typed.replace(/\D/g, ''), e164 ? e164.slice(1) : '', nationalDigits ?? '']) {
    if (!digits) continue;
    terms.add(digits);
    for (let start = 1; digits.length - start >= MIN_DIGIT_RUN; start++) terms.add(digits.slice(start));
  }
  return [...terms];
}

/** "0612345678" for "+33612345678": the number as dialled inside its country, digits only. */
function nationalDigitsOf(e164: string | null): string | null {
  if (!e164) return null;
  try {
    return parsePhoneNumberFromString(e164)?.formatNational().replace(/\D/g, '') || null;
  } catch {
    return null; // the e164 came from the same library; a failure only means fewer search terms
  }
}
