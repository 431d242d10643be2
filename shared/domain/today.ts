import { addDays } from './local-date.ts';

/**
 * What Today does with dates, on the user's local dates. Pure: the renderer passes its today, so
 * tests pin it.
 */

/** How far "Next 7 days" looks ahead, today excluded. */
export const NEXT_DAYS = 7;
/** How far the birthday list looks ahead, today included. */
export const BIRTHDAY_DAYS = 14;

/** Where a snooze moves a task: tomorrow, the same weekday next week, or a date. */
export type SnoozeChoice = 'tomorrow' | 'next-week' | { date: string };

/**
 * The date a snooze moves a task to: tomorrow, the same weekday next week (a week from today:
 * an overdue task is snoozed from now, not from when it was due), or a date the user picked.
 */
export function snoozeDate(choice: SnoozeChoice, today: string): string {
  if (typeof choice === 'object') return choice.date;
  return addDays(today, choice === 'tomorrow' ? 1 : 7);
}

/** The number the sidebar shows beside Today: what needs doing today. */
export function todayCount(parts: { overdue: number; dueToday: number; keepInTouch: number; birthdaysToday: number }): number {
  return parts.overdue + parts.dueToday + parts.keepInTouch + parts.birthdaysToday;
}
