import { sql } from 'kysely';
import type { Task, TaskDueFilter } from '../../../shared/contract/tasks.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { addDays } from '../../../shared/domain/local-date.ts';
import { NEXT_DAYS } from '../../../shared/domain/today.ts';
import type { Db } from '../db/schema.ts';
import { TASK_COLUMNS, taskFromRow } from './task-rows.ts';

/** A task by id, with its contact's name; trashed ones only when asked. */
export async function loadTask(db: Db, id: string, options: { includeDeleted?: boolean } = {}): Promise<Task> {
  let query = db.selectFrom('tasks').leftJoin('contacts', 'contacts.id', 'tasks.contact_id').select(TASK_COLUMNS).where('tasks.id', '=', id);
  if (!options.includeDeleted) query = query.where('tasks.deleted_at', 'is', null);
  const row = await query.executeTakeFirst();
  if (!row) throw new CarnetError('not_found', `No task with id ${id}`);
  return taskFromRow(row);
}

export interface TaskListOptions {
  contactId: string | null;
  due: TaskDueFilter;
  today?: string | undefined;
  includeDone: boolean;
  offset: number;
  limit: number;
}

/** The due-date range of a filter, as [low, high) bounds on 'YYYY-MM-DD' text. */
export function dueRange(due: TaskDueFilter, today: string | undefined): { low?: string; high?: string; undated?: true } {
  if (due === 'all') return {};
  if (due === 'undated') return { undated: true };
  if (today === undefined) throw new CarnetError('invalid_input', `The due filter "${due}" needs today's date`, [{ path: 'today', message: 'Give today’s date (YYYY-MM-DD)' }]);
  if (due === 'overdue') return { high: today };
  if (due === 'today') return { low: today, high: addDays(today, 1) };
  return { low: addDays(today, 1), high: addDays(today, NEXT_DAYS + 1) }; // week: the next seven days
}

/**
 * Tasks soonest first (within a day, the ones without a time first, as a calendar lists all-day
 * events first; then in the order they were added), undated ones last. Open tasks with a date come from the `tasks_open_due` index in
 * its own order, so a page costs its own rows even among 200,000 tasks.
 */
export async function listTasks(db: Db, options: TaskListOptions): Promise<{ items: Task[]; total: number }> {
  const range = dueRange(options.due, options.today);
  let query = db.selectFrom('tasks').where('tasks.deleted_at', 'is', null);
  if (!options.includeDone) query = query.where('tasks.done_at', 'is', null);
  if (options.contactId !== null) query = query.where('tasks.contact_id', '=', options.contactId);
  if (range.undated) query = query.where('tasks.due_date', 'is', null);
  if (range.low !== undefined) query = query.where('tasks.due_date', '>=', range.low);
  if (range.high !== undefined) query = query.where('tasks.due_date', '<', range.high);
  else if (options.due !== 'all' && !range.undated) query = query.where('tasks.due_date', 'is not', null);
  const counted = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const total = Number(counted.total);
  if (total === 0 || options.offset >= total) return { items: [], total };
  let page = query.leftJoin('contacts', 'contacts.id', 'tasks.contact_id').select(TASK_COLUMNS);
  if (range.low !== undefined || range.high !== undefined) {
    // A date range of open tasks: the index's own order (its entries end with the rowid, the
    // order tasks were added in), so 17,000 overdue tasks are not sorted to show the first 100.
    page = page.orderBy('tasks.due_date').orderBy('tasks.due_time').orderBy(sql`tasks.rowid`);
  } else {
    page = page.orderBy(sql`tasks.due_date IS NULL`).orderBy('tasks.due_date').orderBy('tasks.due_time').orderBy('tasks.created_at').orderBy('tasks.id');
  }
  const rows = await page.limit(options.limit).offset(options.offset).execute();
  return { items: rows.map(taskFromRow), total };
}
