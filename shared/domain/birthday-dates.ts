import { daysBetween, daysInMonth } from './local-date.ts';

/**
 * Where a birthday ('YYYY-MM-DD' or year-less '--MM-DD') falls in a given year, on local dates.
 * One rule for Today, notifications and the calendar export: 29 February falls on 28 February in
 * other years, so it stays in February and shows on the same day everywhere. Pure.
 */

export interface BirthdayParts {
  year: number | null;
  month: number;
  day: number;
}

export function birthdayParts(birthday: string): BirthdayParts | null {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(birthday);
  if (!match) return null;
  return { year: match[1] === '-' ? null : Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The local date of the birthday in `year` ('YYYY-MM-DD'). */
export function birthdayInYear(parts: BirthdayParts, year: number): string {
  const day = Math.min(parts.day, daysInMonth(year, parts.month));
  return `${String(year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface BirthdayOccurrence {
  /** The local date it falls on next, today included. */
  date: string;
  /** 0 = today. */
  inDays: number;
  /** The age they turn, when the year is known. */
  turns: number | null;
}

/** The next time a birthday comes round on or after `today` (a local date), or null for a value that is not a birthday. */
export function nextBirthday(birthday: string, today: string): BirthdayOccurrence | null {
  const parts = birthdayParts(birthday);
  if (!parts) return null;
  const thisYear = Number(today.slice(0, 4));
  for (const year of [thisYear, thisYear + 1]) {
    const date = birthdayInYear(parts, year);
    if (date >= today) return { date, inDays: daysBetween(today, date), turns: parts.year === null ? null : year - parts.year };
  }
  return null;
}
