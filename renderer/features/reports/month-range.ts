import { daysInMonth } from '../../../shared/domain/local-date.ts';

/** The last local date of a 'YYYY-MM' month. */
export function lastDayOfMonth(month: string): string {
  return `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
}

export const maxDate = (a: string, b: string): string => (a > b ? a : b);
export const minDate = (a: string, b: string): string => (a < b ? a : b);
