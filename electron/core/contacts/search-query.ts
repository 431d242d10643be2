import { MIN_DIGIT_RUN } from './phone.ts';

/**
 * Turns what a user types in the search box into an FTS5 MATCH expression: every word must match
 * as a prefix ("fra lef" finds "François Lefèvre"). Words are quoted so FTS5 operators and
 * punctuation in user input (AND, NEAR, quotes, colons) are searched as text, never parsed.
 *
 * A search that looks like a phone number ("+33 6 98 76 54 32", "(415) 555-1234", "06.12.34")
 * is also searched as one run of digits in the phones, whatever the spacing: the search row
 * holds every tail of each number's digit forms (contacts/phone.ts), so the run is found as
 * typed or in its international form. "00" in front is the international prefix, as in
 * `toE164`: "0033 6 12" is also searched as "33612".
 * Returns null when the input holds nothing searchable.
 */
export function toFtsQuery(input: string): string | null {
  const text = input.normalize('NFKC');
  const words = searchWords(text);
  if (words.length === 0) return null;
  const byWords = wordsQuery(words);
  const runs = digitRunsOf(text).filter((run) => !(words.length === 1 && words[0] === run));
  if (runs.length === 0) return byWords;
  return [`(${byWords})`, ...runs.map((run) => `phones : "${run}"*`)].join(' OR ');
}

/**
 * The same search by words alone, for an index without the contacts' phone columns (the
 * interactions' subjects and bodies): every word a quoted prefix. Null when nothing is searchable.
 */
export function toWordsFtsQuery(input: string): string | null {
  const words = searchWords(input.normalize('NFKC'));
  return words.length === 0 ? null : wordsQuery(words);
}

/** At most 12 words: letters and digits, whatever separates them. */
function searchWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
}

function wordsQuery(words: readonly string[]): string {
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' ');
}

/** A search made only of digits and the marks people write phone numbers with. */
const PHONE_LIKE = /^[\d\s+\-–.()/]+$/u;

function digitRunsOf(text: string): string[] {
  const trimmed = text.trim();
  if (!PHONE_LIKE.test(trimmed)) return [];
  // Only ASCII digits: NFKC has already turned full-width digits into them.
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < MIN_DIGIT_RUN) return [];
  const runs = [digits];
  if (trimmed.startsWith('00') && digits.length - 2 >= MIN_DIGIT_RUN) runs.push(digits.slice(2));
  return runs;
}
