import type { KeepInTouchFrequency } from './interaction-types.ts';
import { addDays, addMonths } from './local-date.ts';

/**
 * Keep-in-touch arithmetic on local dates. A frequency is a step of days (every two weeks) or of
 * calendar months (month, quarter, half-year, year) kept inside the target month: someone last
 * called on 31 January with a monthly frequency is due on 28 February. Pure: no Node, no DOM.
 */

const STEPS: Record<KeepInTouchFrequency, { days: number } | { months: number }> = {
  '2w': { days: 14 },
  '1m': { months: 1 },
  '3m': { months: 3 },
  '6m': { months: 6 },
  '1y': { months: 12 },
};

/** `date` plus one step of the frequency. */
export function addFrequency(date: string, frequency: KeepInTouchFrequency): string {
  const step = STEPS[frequency];
  return 'days' in step ? addDays(date, step.days) : addMonths(date, step.months);
}

/**
 * When the next contact is due: one step after the last contact (its local date), or after the day
 * the frequency was set for someone never contacted. Logging an interaction moves the last contact
 * and with it this date.
 */
export function keepInTouchDueDate(frequency: KeepInTouchFrequency, lastContactedDate: string | null, since: string): string {
  return addFrequency(lastContactedDate ?? since, frequency);
}
