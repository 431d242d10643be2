import type { Selectable } from 'kysely';
import type { Task } from '../../../shared/contract/tasks.ts';
import type { Database, Db, InsertRow } from '../db/schema.ts';

export type TaskRow = Selectable<Database['tasks']>;

/**
 * The one writer of new task rows: typed saves, the next occurrence of a repeating task and the
 * JSON import all insert through here. The caller gives the id (a new UUIDv7, or the one an
 * export kept) and every column, so nothing is filled in behind its back.
 */
export async function insertTask(trx: Db, row: InsertRow<'tasks'>): Promise<void> {
  await trx.insertInto('tasks').values(row).execute();
}

/** The columns a task is read with, its contact's name beside it. */
export const TASK_COLUMNS = [
  'tasks.id',
  'tasks.title',
  'tasks.due_date',
  'tasks.due_time',
  'tasks.contact_id',
  'tasks.notes',
  'tasks.repeat',
  'tasks.repeat_of',
  'tasks.done_at',
  'tasks.created_at',
  'tasks.updated_at',
  'contacts.display_name as contact_name',
] as const;

export type TaskReadRow = Pick<TaskRow, 'id' | 'title' | 'due_date' | 'due_time' | 'contact_id' | 'notes' | 'repeat' | 'repeat_of' | 'done_at' | 'created_at' | 'updated_at'> & {
  contact_name: string | null;
};

export function taskFromRow(row: TaskReadRow): Task {
  return {
    id: row.id,
    title: row.title,
    dueDate: row.due_date,
    dueTime: row.due_time,
    contactId: row.contact_id,
    contactName: row.contact_name,
    notes: row.notes,
    repeat: row.repeat,
    repeatOf: row.repeat_of,
    doneAt: row.done_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
