import { LANGUAGES } from './languages.ts';

/**
 * How Carnet reads a birthday as people write it, in any of its five languages whatever the
 * interface language: "14/03/1985", "March 14, 1985", "14 mars", "14 de marzo de 1985",
 * "14. März 1985", "14 марта 1985 г.", "1985-03-14", "--03-14". The result is the stored form:
 * `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. One copy for the contact editor and the
 * CSV import. Pure: no Node, no DOM.
 *
 * Hand-written on purpose: date-fns' `parse` (not a dependency) reads one known format per call
 * and one locale per call, so reading free text in five languages would mean trying dozens of
 * format × locale pairs and would still refuse forms without accents or dots ("fevrier", "mars
 * 1985" typed in an English interface) and would not tell which order made a date possible. The
 * month names themselves are not hand-written: they come from Intl.DateTimeFormat.
 */

/** Which order numeric dates follow: 14/03 (day first) or 03/14 (month first). */
export type NumericDateOrder = 'dmy' | 'mdy';

/** Why a text is not a birthday. */
export type BirthdayProblem = 'unreadable' | 'no_such_date' | 'future' | 'too_old';

export type BirthdayReading =
  | { kind: 'empty' }
  /**
   * `reordered` is true when the text only makes a real date in the order opposite to the one
   * asked for ("14/03/1985" where the month comes first): the screen says how it was read.
   */
  | { kind: 'date'; value: string; reordered: boolean }
  /** Day and month could be swapped (03/04/1985) and no order was given. */
  | { kind: 'ambiguous' }
  | { kind: 'invalid'; problem: BirthdayProblem };

export interface BirthdayReadingOptions {
  /** The order ambiguous numeric dates follow; null: say they are ambiguous instead of guessing. */
  order: NumericDateOrder | null;
  /** Birthdays after today are refused, and two-digit years are read as the latest past one. */
  today?: Date;
}

/** The earliest year taken as a birthday: earlier ones are typos ("1185" for "1985"). */
export const OLDEST_BIRTH_YEAR = 1850;

const pad = (n: number) => String(n).padStart(2, '0');

/** Lower case without accents and dots: "Févr." and "fevr" are the same word. */
export function foldDateWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\./g, '');
}

/** Words around a date that carry no meaning: "14 de marzo de 1985", "14 марта 1985 г.", "the 14th of March". */
const FILLER_WORDS = new Set(['de', 'del', 'of', 'the', 'le', 'el', 'am', 'den', 'der', 'г', 'года', 'го']);

let monthNameCache: Map<string, number> | null = null;

/**
 * Folded month names of the five languages to their number: long and short, the stand-alone form
 * ("март") and the form used with a day (the Russian genitive "марта", German "Juni" vs "Jun"),
 * plus their first three and four letters ("sept", "janv", "dez") when only one month starts so.
 */
export function monthNames(): ReadonlyMap<string, number> {
  if (monthNameCache) return monthNameCache;
  const found = new Map<string, Set<number>>();
  const add = (name: string | undefined, month: number) => {
    if (!name || /\d/.test(name)) return;
    const folded = foldDateWord(name);
    if (folded.length < 3) return;
    const months = found.get(folded) ?? new Set<number>();
    months.add(month);
    found.set(folded, months);
  };
  for (const language of LANGUAGES) {
    for (const width of ['long', 'short'] as const) {
      const alone = new Intl.DateTimeFormat(language, { month: width, timeZone: 'UTC' });
      const withDay = new Intl.DateTimeFormat(language, { day: 'numeric', month: width, timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        const date = new Date(Date.UTC(2000, month - 1, 15));
        const names = [alone.format(date), withDay.formatToParts(date).find((part) => part.type === 'month')?.value];
        for (const name of names) {
          add(name, month);
          if (width === 'long' && name) for (const length of [3, 4]) add(foldDateWord(name).slice(0, length), month);
        }
      }
    }
  }
  const names = new Map<string, number>();
  // A prefix two months share ("jui" for juin and juillet) means nothing: leave it out.
  for (const [name, months] of found) if (months.size === 1) names.set(name, [...months][0]!);
  monthNameCache = names;
  return names;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Arithmetic rather than a Date per check: the import reads a birthday per row.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

function localIso(today: Date): string {
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

function checked(year: number | null, month: number, day: number, today: Date, reordered = false): BirthdayReading {
  // 2000 is a leap year, so a year-less 29 February is a real birthday.
  if (!isRealDate(year ?? 2000, month, day)) return { kind: 'invalid', problem: 'no_such_date' };
  if (year === null) return { kind: 'date', value: `--${pad(month)}-${pad(day)}`, reordered };
  if (year < OLDEST_BIRTH_YEAR) return { kind: 'invalid', problem: 'too_old' };
  const value = `${year}-${pad(month)}-${pad(day)}`;
  if (value > localIso(today)) return { kind: 'invalid', problem: 'future' };
  return { kind: 'date', value, reordered };
}

/** Two-digit years: "85" is 1985, "07" is 2007 (no one is born in the future). */
function fullYear(text: string, today: Date): number {
  const n = Number(text);
  if (text.length > 2) return n;
  const century = Math.floor(today.getFullYear() / 100) * 100;
  return century + n > today.getFullYear() ? century - 100 + n : century + n;
}

/** "14", "14th", "1st", "1er", "1º": the day number, or null. */
function dayNumber(token: string): number | null {
  const match = /^(\d{1,2})(?:st|nd|rd|th|er|re|º|°)?$/.exec(token);
  return match ? Number(match[1]) : null;
}

/** Day and month that could be either way round: the one order that makes a real date wins. */
function readNumericDayMonth(a: number, b: number, year: number | null, order: NumericDateOrder | null, today: Date): BirthdayReading {
  const asDmy = isRealDate(year ?? 2000, b, a);
  const asMdy = isRealDate(year ?? 2000, a, b);
  if (asDmy && asMdy && a !== b) {
    if (!order) return { kind: 'ambiguous' };
    return order === 'dmy' ? checked(year, b, a, today) : checked(year, a, b, today);
  }
  if (asDmy) return checked(year, b, a, today, order === 'mdy' && a !== b);
  if (asMdy) return checked(year, a, b, today, order === 'dmy' && a !== b);
  return { kind: 'invalid', problem: 'no_such_date' };
}

function readWithMonthName(tokens: string[], today: Date): BirthdayReading {
  const names = monthNames();
  const words = tokens.filter((token) => !/^\d/.test(token) && !FILLER_WORDS.has(foldDateWord(token)));
  const numbers = tokens.filter((token) => /^\d/.test(token));
  if (words.length !== 1) return { kind: 'invalid', problem: 'unreadable' };
  const month = names.get(foldDateWord(words[0]!));
  if (month === undefined || numbers.length === 0 || numbers.length > 2) return { kind: 'invalid', problem: 'unreadable' };
  // The day is the first number that can be one; the other, if any, is the year.
  const dayIndex = numbers.findIndex((token) => dayNumber(token) !== null);
  if (dayIndex < 0) return { kind: 'invalid', problem: 'unreadable' };
  const yearText = numbers.find((_token, index) => index !== dayIndex);
  if (yearText !== undefined && !/^(\d{2}|\d{4})$/.test(yearText)) return { kind: 'invalid', problem: 'unreadable' };
  return checked(yearText === undefined ? null : fullYear(yearText, today), month, dayNumber(numbers[dayIndex]!)!, today);
}

/**
 * Reads a typed or imported birthday. Empty text is `empty`; numeric day/month dates follow
 * `order` only when both orders make a real date.
 *
 * @example
 * readBirthday('14 mars', { order: 'mdy' }) // { kind: 'date', value: '--03-14', reordered: false }
 * readBirthday('14/03/1985', { order: 'mdy' }) // { kind: 'date', value: '1985-03-14', reordered: true }
 * readBirthday('03/04/1985', { order: null }) // { kind: 'ambiguous' }
 */
export function readBirthday(input: string, options: BirthdayReadingOptions): BirthdayReading {
  const today = options.today ?? new Date();
  const text = input.trim();
  if (text === '') return { kind: 'empty' };

  // Machine forms: ISO (maybe with a time), 1985/03/14, 19850314, --03-14, --0314.
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return checked(Number(match[1]), Number(match[2]), Number(match[3]), today);
  match = /^--(\d{1,2})-?(\d{2})$/.exec(text);
  if (match) return checked(null, Number(match[1]), Number(match[2]), today);

  // The usual numeric form first, without splitting into words: the import reads one per row.
  match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?\.?$/.exec(text);
  if (match) return readNumericDayMonth(Number(match[1]), Number(match[2]), match[3] === undefined ? null : fullYear(match[3], today), options.order, today);

  const tokens = text.split(/[\s/.,\-–]+/).filter(Boolean);
  if (tokens.some((token) => /\p{L}/u.test(token) && dayNumber(token) === null)) return readWithMonthName(tokens, today);

  // Numbers only: 14/03/1985, 3.14.85, 14.03. (year-less), 1985.03.14.
  if (tokens.length === 3 && /^\d{4}$/.test(tokens[0]!)) return checked(Number(tokens[0]), Number(tokens[1]), Number(tokens[2]), today);
  if (tokens.length !== 2 && tokens.length !== 3) return { kind: 'invalid', problem: 'unreadable' };
  const [a, b, y] = tokens as [string, string, string | undefined];
  if (!/^\d{1,2}$/.test(a) || !/^\d{1,2}$/.test(b) || (y !== undefined && !/^(\d{2}|\d{4})$/.test(y))) return { kind: 'invalid', problem: 'unreadable' };
  return readNumericDayMonth(Number(a), Number(b), y === undefined ? null : fullYear(y, today), options.order, today);
}

/** Whether a locale writes the day before the month in numeric dates (14/03 vs 03/14). */
export function numericDateOrder(locale: string): NumericDateOrder {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2000, 10, 22)));
  return parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month') ? 'dmy' : 'mdy';
}

/** "14 March 1985" or "14 March" in the given locale; the stored text when it is not a birthday. */
export function formatBirthday(value: string, locale: string): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const hasYear = match[1] !== '-';
  const date = new Date(Date.UTC(hasYear ? Number(match[1]) : 2000, Number(match[2]) - 1, Number(match[3])));
  const options: Intl.DateTimeFormatOptions = hasYear ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
