import fs from 'node:fs';
import path from 'node:path';
import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import type { Db } from '../db/schema.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { addDays } from '../../../shared/domain/local-date.ts';
import { writeFileAtomic } from '../fs/atomic-write.ts';
import { freeName } from '../fs/free-name.ts';
import { assertWritableFolder } from '../backup/backup-folder.ts';
import { keepInTouchDueBy } from '../tasks/keep-in-touch-query.ts';
import { buildCalendar, type CalendarContent } from './ics-calendar.ts';
import type { Language } from '../../../shared/domain/languages.ts';

/** Days ahead that hold every next keep-in-touch date: the longest step is a year from the last contact. */
const KEEP_IN_TOUCH_HORIZON_DAYS = 400;

/** What the calendar file holds, read in one transaction. */
export async function readCalendarContent(db: Db, today: string, timeZone: string | undefined, language: Language = 'en'): Promise<CalendarContent> {
  const tasks = await db
    .selectFrom('tasks')
    .leftJoin('contacts', 'contacts.id', 'tasks.contact_id')
    .select(['tasks.id', 'tasks.title', 'tasks.due_date', 'tasks.due_time', 'tasks.notes', 'contacts.display_name as contact_name'])
    .where('tasks.done_at', 'is', null)
    .where('tasks.deleted_at', 'is', null)
    .where('tasks.due_date', 'is not', null)
    .orderBy('tasks.due_date')
    .orderBy('tasks.due_time')
    .execute();
  const birthdays = await db
    .selectFrom('contacts')
    .select(['id', 'display_name', 'birthday'])
    .where('birthday', 'is not', null)
    .where('deleted_at', 'is', null)
    .where('kind', '=', 'person')
    .orderBy('sort_key')
    .execute();
  return {
    tasks: tasks.map((row) => ({ id: row.id, title: row.title, dueDate: row.due_date!, dueTime: row.due_time, notes: row.notes, contactName: row.contact_name })),
    keepInTouch: await keepInTouchDueBy(db, addDays(today, KEEP_IN_TOUCH_HORIZON_DAYS), timeZone),
    birthdays: birthdays.map((row) => ({ contactId: row.id, displayName: row.display_name, birthday: row.birthday! })),
    today,
    stamp: new Date(),
    language,
  };
}

export function calendarHandlers(ctx: CoreContext): AreaHandlers<'calendar.export'> {
  return {
    'calendar.export': async ({ file, folder, today, timeZone, language }) => {
      const target = file !== undefined ? checkFile(file) : freeName(assertWritableFolder(folder!), `carnet-calendar-${today}`, '.ics');
      const content = await ctx.database.reader.transaction().execute((trx) => readCalendarContent(trx, today, timeZone, language));
      const { text, events } = buildCalendar(content);
      writeFileAtomic(target, text);
      return { path: target, events, bytes: Buffer.byteLength(text, 'utf8') };
    },
  };
}

/** A file to write: its folder must exist, and it must not be a folder itself. */
function checkFile(file: string): string {
  const resolved = path.resolve(file);
  if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory()) throw new CarnetError('invalid_input', `${resolved} is a folder: give a file name such as carnet.ics`, [{ path: 'file', message: 'This is a folder' }]);
  if (!fs.existsSync(path.dirname(resolved))) throw new CarnetError('invalid_input', `The folder ${path.dirname(resolved)} does not exist`, [{ path: 'file', message: 'No such folder' }]);
  return resolved;
}
