import type { Today, TodayBirthday } from '../../../shared/contract/today.ts';
import { nextBirthday } from '../../../shared/domain/birthday-dates.ts';
import { addDays } from '../../../shared/domain/local-date.ts';
import { BIRTHDAY_DAYS, NEXT_DAYS, todayCount } from '../../../shared/domain/today.ts';
import type { Db } from '../db/schema.ts';
import { birthdaysBetween } from '../contacts/contact-query.ts';
import { keepInTouchDueBy } from './keep-in-touch-query.ts';
import { listTasks } from './task-query.ts';

/** At most this many birthdays in the two-week list (a shop's whole clientele does not fit a screen). */
const BIRTHDAY_LIMIT = 200;

export interface TodayOptions {
  today: string;
  timeZone?: string | undefined;
  limit: number;
}

/**
 * Everything Today shows, in one read transaction so its parts agree. Each task list is a range
 * of the `tasks_open_due` index cut at `limit`, counted in full for the headings and the sidebar.
 */
export async function loadToday(db: Db, { today, timeZone, limit }: TodayOptions): Promise<Today> {
  const page = (due: 'overdue' | 'today' | 'week') => listTasks(db, { contactId: null, due, today, includeDone: false, offset: 0, limit });
  const overdue = await page('overdue');
  const dueToday = await page('today');
  const nextTasks = await page('week');
  const keep = await keepInTouchDueBy(db, addDays(today, NEXT_DAYS), timeZone);
  const keepDue = keep.filter((item) => item.due <= today);
  const keepNext = keep.filter((item) => item.due > today);
  const birthdays = await upcoming(db, today);
  const birthdaysToday = birthdays.filter((birthday) => birthday.inDays === 0).length;
  const cut = <T>(items: T[]) => ({ items: items.slice(0, limit), total: items.length });
  return {
    today,
    overdue,
    dueToday,
    keepInTouch: cut(keepDue),
    birthdays,
    next: { tasks: nextTasks, keepInTouch: cut(keepNext) },
    count: todayCount({ overdue: overdue.total, dueToday: dueToday.total, keepInTouch: keepDue.length, birthdaysToday }),
  };
}

/**
 * Birthdays from today through the next two weeks, today's first. The month-day query looks one
 * day further: a 29 February birthday falls on 28 February in other years, a day before its
 * month-day.
 */
async function upcoming(db: Db, today: string): Promise<TodayBirthday[]> {
  const rows = await birthdaysBetween(db, today.slice(5), BIRTHDAY_DAYS + 1, BIRTHDAY_LIMIT);
  const found: TodayBirthday[] = [];
  for (const row of rows) {
    const next = nextBirthday(row.birthday, today);
    if (next && next.inDays < BIRTHDAY_DAYS) found.push({ contactId: row.id, displayName: row.displayName, birthday: row.birthday, ...next });
  }
  return found.sort((a, b) => a.inDays - b.inDays || a.displayName.localeCompare(b.displayName));
}

