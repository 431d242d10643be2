import icalGenerator, { ICalCalendarMethod } from 'ical-generator';
import { birthdayParts, birthdayInYear } from '../../../shared/domain/birthday-dates.ts';
import { addDays, dateToUtc } from '../../../shared/domain/local-date.ts';
import type { Language } from '../../../shared/domain/languages.ts';
import { sentenceIn } from '../../../shared/messages/core-text.ts';

/**
 * Carnet's dates as an iCalendar file (RFC 5545), written by ical-generator: what phone and
 * desktop calendars import. Pure: it takes the rows, the caller reads and writes.
 *
 * - A task with a time is a floating local time (no TZID, no Z): 9:00 stays 9:00 wherever the
 *   calendar is. A task without a time is an all-day event.
 * - Keep-in-touch dates are all-day events on the day each person is due (today when overdue).
 * - Birthdays are yearly all-day events from the birth date (year-less ones from 2000). A 29 February
 *   birthday repeats on February's last day, so it shows on 28 February in other years.
 */

export interface CalendarTask {
  id: string;
  title: string;
  dueDate: string;
  dueTime: string | null;
  notes: string;
  contactName: string | null;
}

export interface CalendarKeepInTouch {
  contactId: string;
  displayName: string;
  due: string;
}

export interface CalendarBirthday {
  contactId: string;
  displayName: string;
  birthday: string;
}

export interface CalendarContent {
  tasks: CalendarTask[];
  keepInTouch: CalendarKeepInTouch[];
  birthdays: CalendarBirthday[];
  /** The exporting user's today: overdue keep-in-touch dates are put there. */
  today: string;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
  /** The language of the event titles ("Birthday: Ana"): the interface's, English from the CLI. */
  language: Language;
}

/** How long a timed task blocks in a calendar. */
const TASK_MINUTES = 30;
/** The year a birthday without one starts repeating from: a leap year, so 29 February exists. */
const YEARLESS_START = 2000;

function floatingTime(date: string, time: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  // ical-generator writes a floating Date with its UTC fields and no Z.
  return new Date(dateToUtc(date).getTime() + (hour * 60 + minute) * 60_000);
}

export function buildCalendar(content: CalendarContent): { text: string; events: number } {
  const say = (id: 'calendar.taskFor' | 'calendar.keepInTouch' | 'calendar.birthday', params: Record<string, string>) => sentenceIn(content.language, id, params);
  const calendar = icalGenerator({ name: 'Carnet', prodId: { company: 'Carnet', product: 'Carnet', language: content.language.toUpperCase() }, method: ICalCalendarMethod.PUBLISH });
  for (const task of content.tasks) {
    const summary = task.contactName ? say('calendar.taskFor', { title: task.title, name: task.contactName }) : task.title;
    const common = { id: `task-${task.id}@carnet`, summary, description: task.notes || null, stamp: content.stamp };
    if (task.dueTime) {
      const start = floatingTime(task.dueDate, task.dueTime);
      calendar.createEvent({ ...common, start, end: new Date(start.getTime() + TASK_MINUTES * 60_000), floating: true });
    } else {
      calendar.createEvent({ ...common, start: dateToUtc(task.dueDate), end: dateToUtc(addDays(task.dueDate, 1)), allDay: true });
    }
  }
  for (const person of content.keepInTouch) {
    const day = person.due < content.today ? content.today : person.due;
    calendar.createEvent({ id: `keep-in-touch-${person.contactId}@carnet`, summary: say('calendar.keepInTouch', { name: person.displayName }), start: dateToUtc(day), end: dateToUtc(addDays(day, 1)), allDay: true, stamp: content.stamp });
  }
  let birthdays = 0;
  for (const person of content.birthdays) {
    const parts = birthdayParts(person.birthday);
    if (!parts) continue;
    const year = parts.year ?? YEARLESS_START;
    const leapDay = parts.month === 2 && parts.day === 29;
    // A 29 February birth year is a leap year; a year-less one starts in 2000, also leap.
    const start = birthdayInYear(parts, year);
    calendar.createEvent({
      id: `birthday-${person.contactId}@carnet`,
      summary: say('calendar.birthday', { name: person.displayName }),
      start: dateToUtc(start),
      end: dateToUtc(addDays(start, 1)),
      allDay: true,
      stamp: content.stamp,
      repeating: leapDay ? 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'RRULE:FREQ=YEARLY',
    });
    birthdays++;
  }
  return { text: calendar.toString(), events: content.tasks.length + content.keepInTouch.length + birthdays };
}
