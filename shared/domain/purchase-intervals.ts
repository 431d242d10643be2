import { daysBetween } from './local-date.ts';

/**
 * A customer's usual interval between purchases: the median gap in days between the distinct
 * days they bought on (two tickets on one day are one visit, not a gap of 0), or null before a
 * second purchase day. With an even number of gaps it is the mean of the middle two (may be x.5).
 * Pure: the figures on a contact and the overdue-customers report agree on it.
 */
export function medianGapDays(purchaseDays: readonly string[]): number | null {
  const days = [...new Set(purchaseDays)].sort();
  if (days.length < 2) return null;
  const gaps: number[] = [];
  for (let i = 1; i < days.length; i++) gaps.push(daysBetween(days[i - 1]!, days[i]!));
  gaps.sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  return gaps.length % 2 === 1 ? gaps[middle]! : (gaps[middle - 1]! + gaps[middle]!) / 2;
}

/**
 * Overdue: more than 1.5 times the usual interval has passed since the last purchase day. The
 * rule itself; the reports store it as the first overdue day (`overdueFrom` in
 * electron/core/reports/customer-summary.ts), and a test checks the two agree for every interval.
 */
export function isOverdue(lastPurchase: string, usualIntervalDays: number, today: string): boolean {
  return daysBetween(lastPurchase, today) > 1.5 * usualIntervalDays;
}
