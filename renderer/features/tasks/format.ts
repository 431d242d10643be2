import { dateToUtc } from '../../../shared/domain/local-date.ts';
import { userLocale } from '../../app/locale.ts';

/**
 * A floating local date ('2026-03-14') in the user's locale. It is formatted as the UTC midnight
 * that stands for it, in UTC, so no time zone can move it to the day before.
 */
export function formatLocalDate(date: string, style: 'medium' | 'long' | 'weekday' = 'medium'): string {
  const options: Intl.DateTimeFormatOptions = style === 'weekday' ? { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' } : { dateStyle: style, timeZone: 'UTC' };
  return new Intl.DateTimeFormat(userLocale(), options).format(dateToUtc(date));
}

/** A floating local time ('09:30') in the user's locale (9:30 AM, 09:30). */
export function formatLocalTime(time: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(userLocale(), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 0, 1, hour, minute)));
}
