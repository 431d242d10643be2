import { birthdayParts, birthdayInYear } from './birthday-dates.ts';
import { zonedInstant, zonedParts } from './local-date.ts';

/**
 * When Carnet notifies, as a pure function of (now, tasks, birthdays, settings, time zone): the
 * desktop app and the browser tab each run a small clock that asks it what is due, so the rules
 * are tested with a fake clock rather than by waiting.
 *
 * - Once a day at the chosen local time, a summary of that day: tasks overdue or due, birthdays,
 *   keep-in-touch due. Once per local date: after a trip west the same date does not come twice;
 *   a machine asleep at that time notifies when it wakes.
 * - A task with its own time notifies at that local time (floating: 9:00 is 9:00 where the user
 *   is now), once for that date and time; snoozing it arms it again. A task time missed by more
 *   than an hour (the machine was off) is left to the daily summary.
 * - A local time the clocks skip (spring forward) comes right after the jump; one that happens
 *   twice (autumn) the first time.
 */

export interface ScheduledTask {
  id: string;
  title: string;
  dueDate: string | null;
  dueTime: string | null;
}

export interface ScheduleInput {
  now: Date;
  timeZone: string;
  /** 'HH:MM' local. */
  notificationTime: string;
  /** Open tasks. */
  tasks: ScheduledTask[];
  /** Birthdays as stored ('YYYY-MM-DD' or '--MM-DD'). */
  birthdays: { name: string; birthday: string }[];
  /** People due for contact on or before a date: how many by `date`. */
  keepInTouchDueBy?: (date: string) => number;
  state: ScheduleState;
}

/** What has already been shown, kept by the caller between ticks. */
export interface ScheduleState {
  /** The local date whose daily summary was last shown. */
  lastDailyDate: string | null;
  /** Task notifications already shown, by `taskNotificationKey`. */
  shownTasks: string[];
}

export const EMPTY_SCHEDULE_STATE: ScheduleState = { lastDailyDate: null, shownTasks: [] };

export interface DailySummary {
  kind: 'daily';
  date: string;
  tasksDue: number;
  overdue: number;
  birthdays: string[];
  keepInTouch: number;
}

export interface TaskReminder {
  kind: 'task';
  taskId: string;
  title: string;
  date: string;
  time: string;
}

export type Notification = DailySummary | TaskReminder;

/** A task's reminder is shown at most an hour late. */
const LATE_LIMIT_MS = 60 * 60_000;
/** The clock asks again at least this often, so a change of time zone or settings is seen. */
const MAX_WAIT_MS = 15 * 60_000;

export function taskNotificationKey(task: { id: string; dueDate: string; dueTime: string }): string {
  return `${task.id}@${task.dueDate}T${task.dueTime}`;
}

/** What to show now, and the state to keep for the next tick. */
export function dueNotifications(input: ScheduleInput): { notifications: Notification[]; state: ScheduleState } {
  const { now, timeZone } = input;
  const today = zonedParts(now, timeZone).date;
  const notifications: Notification[] = [];
  let lastDailyDate = input.state.lastDailyDate;
  if ((lastDailyDate === null || today > lastDailyDate) && now.getTime() >= zonedInstant(today, input.notificationTime, timeZone).getTime()) {
    notifications.push(dailySummary(input, today));
    lastDailyDate = today;
  }
  const shown = new Set(input.state.shownTasks);
  for (const task of input.tasks) {
    if (task.dueDate === null || task.dueTime === null) continue;
    const key = taskNotificationKey({ id: task.id, dueDate: task.dueDate, dueTime: task.dueTime });
    if (shown.has(key)) continue;
    const at = zonedInstant(task.dueDate, task.dueTime, timeZone).getTime();
    if (at <= now.getTime() && now.getTime() - at <= LATE_LIMIT_MS) {
      notifications.push({ kind: 'task', taskId: task.id, title: task.title, date: task.dueDate, time: task.dueTime });
      shown.add(key);
    }
  }
  // Keys of tasks no longer open (done, deleted, snoozed) are dropped: the state stays small.
  const live = new Set(input.tasks.filter((t) => t.dueDate && t.dueTime).map((t) => taskNotificationKey(t as { id: string; dueDate: string; dueTime: string })));
  return { notifications, state: { lastDailyDate, shownTasks: [...shown].filter((key) => live.has(key)) } };
}

function dailySummary(input: ScheduleInput, date: string): DailySummary {
  let tasksDue = 0;
  let overdue = 0;
  for (const task of input.tasks) {
    if (task.dueDate === null) continue;
    if (task.dueDate === date) tasksDue++;
    else if (task.dueDate < date) overdue++;
  }
  const year = Number(date.slice(0, 4));
  const birthdays = input.birthdays
    .filter((person) => {
      const parts = birthdayParts(person.birthday);
      return parts !== null && birthdayInYear(parts, year) === date;
    })
    .map((person) => person.name);
  return { kind: 'daily', date, tasksDue, overdue, birthdays, keepInTouch: input.keepInTouchDueBy?.(date) ?? 0 };
}

/** How long the clock may sleep before asking again: until the next possible notification, at most 15 minutes. */
export function nextCheckIn(input: Omit<ScheduleInput, 'birthdays' | 'keepInTouchDueBy'>): number {
  const { now, timeZone } = input;
  const today = zonedParts(now, timeZone).date;
  const candidates = [now.getTime() + MAX_WAIT_MS];
  const daily = zonedInstant(today, input.notificationTime, timeZone).getTime();
  if (daily > now.getTime()) candidates.push(daily);
  for (const task of input.tasks) {
    if (task.dueDate === null || task.dueTime === null) continue;
    const at = zonedInstant(task.dueDate, task.dueTime, timeZone).getTime();
    if (at > now.getTime()) candidates.push(at);
  }
  return Math.max(1000, Math.min(...candidates) - now.getTime());
}
