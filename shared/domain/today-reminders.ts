import type { Today } from '../contract/today.ts';
import { dueNotifications, nextCheckIn, type Notification, type ScheduleState } from './notification-schedule.ts';

/**
 * One tick of a reminder clock over what Today knows (open tasks of the overdue, today and
 * next-seven-days lists, birthdays, keep-in-touch due): what to show now, the state to keep, and
 * how long to sleep. The browser tab (renderer/app/use-reminders.ts) and the desktop app's main
 * process (electron/main/reminder-clock.ts) both run their clock through here.
 */
export function reminderTick(
  today: Today,
  input: { now: Date; timeZone: string; notificationTime: string; state: ScheduleState; startingUp?: boolean },
): { notifications: Notification[]; state: ScheduleState; sleepMs: number } {
  if (input.startingUp) input = { ...input, state: skipTodaysSummary(input.state, today.today) };
  const tasks = [...today.overdue.items, ...today.dueToday.items, ...today.next.tasks.items];
  const { notifications, state } = dueNotifications({
    ...input,
    tasks,
    birthdays: today.birthdays.map((birthday) => ({ name: birthday.displayName, birthday: birthday.birthday })),
    // Today's own count is for its date; the summary is always for the day it is shown on.
    keepInTouchDueBy: () => today.keepInTouch.total,
  });
  return { notifications, state, sleepMs: nextCheckIn({ ...input, tasks, state }) };
}

/**
 * At start-up the day's summary counts as shown: the first start of a day opens Today, which says
 * the same thing, so a notification on top of it would be noise. Summaries of later days, and
 * task reminders, come as usual.
 */
function skipTodaysSummary(state: ScheduleState, today: string): ScheduleState {
  return state.lastDailyDate !== null && state.lastDailyDate >= today ? state : { ...state, lastDailyDate: today };
}
