import { userLocale } from '../../app/locale.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "3 days ago", "in 2 hours", "yesterday" in the interface language (Intl.RelativeTimeFormat),
 * with the unit that a person would use: minutes within the hour, hours within the day, days
 * within a month, then months, then years.
 */
export function relativeTime(iso: string, now = Date.now()): string {
  const format = new Intl.RelativeTimeFormat(userLocale(), { numeric: 'auto' });
  const diff = Date.parse(iso) - now;
  const size = Math.abs(diff);
  if (size < MINUTE) return format.format(0, 'second'); // "now"
  if (size < HOUR) return format.format(Math.round(diff / MINUTE), 'minute');
  if (size < DAY) return format.format(Math.round(diff / HOUR), 'hour');
  if (size < 30 * DAY) return format.format(Math.round(diff / DAY), 'day');
  if (size < 365 * DAY) return format.format(Math.round(diff / (30.4 * DAY)), 'month');
  return format.format(Math.round(diff / (365.25 * DAY)), 'year');
}

/** The date and time of an entry, in the user's locale and time zone ("5 Mar 2026, 14:30"). */
export function entryTime(iso: string): string {
  return new Intl.DateTimeFormat(userLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** An instant as a `datetime-local` input holds it: local wall time, to the minute. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value back to an instant (read in the user's time zone); null when empty or not a date. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
