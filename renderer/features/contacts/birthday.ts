import { birthdayMessages } from './strings.ts';

export { birthdayMessages };

/**
 * Birthdays as typed by people ("14/03/1985", "March 14", "14 mars", "--03-14") to the stored form:
 * `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. Pure, so it is unit-tested; its messages
 * are in the interface language.
 */
export type BirthdayParse = { ok: true; value: string | null } | { ok: false; error: string };

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether the locale writes the day before the month in numeric dates (14/03 vs 03/14). */
export function dayComesFirst(locale: string): boolean {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2000, 10, 22)));
  return parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month');
}

function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\.$/, '');
}

/** Month names (long and short) in the user's locale and in English, folded, to their number. */
function monthNames(locale: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const loc of [locale, 'en']) {
    for (const month of ['long', 'short'] as const) {
      // "format" vs "stand-alone" forms differ in some languages (Russian "марта" vs "март"): take both.
      const withDay = new Intl.DateTimeFormat(loc, { day: 'numeric', month, timeZone: 'UTC' });
      const alone = new Intl.DateTimeFormat(loc, { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const date = new Date(Date.UTC(2000, m - 1, 15));
        const fromDay = withDay.formatToParts(date).find((p) => p.type === 'month')?.value;
        for (const name of [fromDay, alone.format(date)]) if (name && !/^\d+$/.test(name)) names.set(fold(name), m);
      }
    }
  }
  return names;
}

function checked(year: number | null, month: number, day: number, today: Date): BirthdayParse {
  if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, error: birthdayMessages.noSuchDate };
  if (year === null) {
    return isRealDate(2000, month, day) ? { ok: true, value: `--${pad(month)}-${pad(day)}` } : { ok: false, error: birthdayMessages.noSuchDate };
  }
  if (year < 1850) return { ok: false, error: birthdayMessages.tooOld };
  if (!isRealDate(year, month, day)) return { ok: false, error: birthdayMessages.noSuchDate };
  const value = `${year}-${pad(month)}-${pad(day)}`;
  const todayIso = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  if (value > todayIso) return { ok: false, error: birthdayMessages.future };
  return { ok: true, value };
}

/** Two-digit years: "85" is 1985, "07" is 2007 (no one is born in the future). */
function fullYear(text: string, today: Date): number {
  const n = Number(text);
  if (text.length > 2) return n;
  const century = Math.floor(today.getFullYear() / 100) * 100;
  return century + n > today.getFullYear() ? century - 100 + n : century + n;
}

export function parseBirthday(input: string, locale: string, today: Date = new Date()): BirthdayParse {
  const text = input.trim();
  if (text === '') return { ok: true, value: null };

  const iso = /^(\d{4}|-)-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return checked(iso[1] === '-' ? null : Number(iso[1]), Number(iso[2]), Number(iso[3]), today);

  const tokens = text.split(/[\s/.,-]+/).filter(Boolean);
  const words = tokens.filter((t) => !/^\d+$/.test(t));
  const numbers = tokens.filter((t) => /^\d+$/.test(t));

  if (words.length > 0) {
    // "14 March 1985", "March 14", "14 de marzo de 1985": one month name, a day, maybe a year.
    const names = monthNames(locale);
    const months = words.map((w) => names.get(fold(w))).filter((m): m is number => m !== undefined);
    if (months.length !== 1 || numbers.length === 0 || numbers.length > 2) return { ok: false, error: birthdayMessages.unreadable };
    const dayText = numbers.find((n) => n.length <= 2);
    const yearText = numbers.find((n) => n !== dayText);
    if (!dayText) return { ok: false, error: birthdayMessages.unreadable };
    return checked(yearText ? fullYear(yearText, today) : null, months[0]!, Number(dayText), today);
  }

  if (numbers.length === 3 && numbers[0]!.length === 4) return checked(Number(numbers[0]), Number(numbers[1]), Number(numbers[2]), today);
  if (numbers.length === 2 || numbers.length === 3) {
    const [a, b, y] = numbers as [string, string, string | undefined];
    if (a.length > 2 || b.length > 2 || (y !== undefined && y.length !== 2 && y.length !== 4)) return { ok: false, error: birthdayMessages.unreadable };
    const [day, month] = dayComesFirst(locale) ? [Number(a), Number(b)] : [Number(b), Number(a)];
    return checked(y === undefined ? null : fullYear(y, today), month, day, today);
  }
  return { ok: false, error: birthdayMessages.unreadable };
}

/** "14 March 1985" or "14 March" in the user's locale; the stored text if it is not a birthday. */
export function formatBirthday(value: string, locale: string): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const hasYear = match[1] !== '-';
  const date = new Date(Date.UTC(hasYear ? Number(match[1]) : 2000, Number(match[2]) - 1, Number(match[3])));
  const options: Intl.DateTimeFormatOptions = hasYear ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
