/**
 * Floating local dates ('YYYY-MM-DD') and times ('HH:MM'): a task due on 3 March at 9:00 stays
 * there when the user travels. Arithmetic runs on UTC midnights, where every day has 24 hours, so
 * no daylight-saving change moves a date. Pure: no Node, no DOM.
 */

export const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

const DAY_MS = 86_400_000;

/** Whether `value` is a real calendar date written 'YYYY-MM-DD'. */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The UTC midnight that stands for a local date in the arithmetic below. */
export function dateToUtc(value: string): Date {
  if (value.length !== 10 || !LOCAL_DATE_PATTERN.test(value)) throw new RangeError(`Not a date: ${value}`);
  const year = Number(value.slice(0, 4));
  const date = new Date(Date.UTC(year, Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))));
  // Date.UTC reads years 0-99 as 1900-1999.
  if (year < 100) date.setUTCFullYear(year);
  return date;
}

/** 'YYYY-MM-DD' of a UTC midnight made by `dateToUtc`. */
export function utcToDate(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

export function addDays(value: string, days: number): string {
  return utcToDate(new Date(dateToUtc(value).getTime() + days * DAY_MS));
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToUtc(to).getTime() - dateToUtc(from).getTime()) / DAY_MS);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-based), leap years counted. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * `months` calendar months later, kept inside the target month: 31 January + 1 month is
 * 28 (or 29) February, not 3 March, as people and calendars count "in a month".
 */
export function addMonths(value: string, months: number): string {
  if (value.length !== 10 || !LOCAL_DATE_PATTERN.test(value)) throw new RangeError(`Not a date: ${value}`);
  // Plain integer arithmetic: Today runs this for thousands of people per answer.
  const total = Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12; // 0-based
  const day = Math.min(Number(value.slice(8, 10)), daysInMonth(year, month + 1));
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The local date a `Date` falls on in `timeZone` (an IANA name), or in the runtime's own zone. */
export function localDateOf(instant: Date, timeZone?: string): string {
  if (timeZone === undefined) {
    return `${String(instant.getFullYear()).padStart(4, '0')}-${String(instant.getMonth() + 1).padStart(2, '0')}-${String(instant.getDate()).padStart(2, '0')}`;
  }
  return zonedParts(instant, timeZone).date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time ('HH:MM:SS') of an instant in a time zone. */
export function zonedParts(instant: Date, timeZone: string): { date: string; time: string } {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const year = String(Number(parts.year)).padStart(4, '0');
  return { date: `${year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
}

/**
 * The instant a wall-clock time takes place in a time zone. A time the clocks skip (02:30 on a
 * spring-forward night) is read with the offset from before the change (so it happens at 03:30);
 * a time that happens twice (autumn) happens the first time: what Temporal calls 'compatible'.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wanted = dateToUtc(date).getTime() + (hour * 60 + minute) * 60_000;
  // The zone's offsets a day either side: the same, or the two sides of one change in between.
  const before = wanted - offsetAt(new Date(wanted - 86_400_000), timeZone);
  const after = wanted - offsetAt(new Date(wanted + 86_400_000), timeZone);
  const shown = [before, after].filter((instant) => wallClockMs(new Date(instant), timeZone) === wanted);
  return new Date(shown.length > 0 ? Math.min(...shown) : before);
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(instant: Date, timeZone: string): number {
  return wallClockMs(instant, timeZone) - Math.floor(instant.getTime() / 1000) * 1000;
}

function wallClockMs(instant: Date, timeZone: string): number {
  const { date, time } = zonedParts(instant, timeZone);
  const [h, m, s] = time.split(':').map(Number) as [number, number, number];
  return dateToUtc(date).getTime() + ((h % 24) * 3600 + m * 60 + s) * 1000;
}
