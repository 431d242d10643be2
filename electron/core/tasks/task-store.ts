import type { TaskFields } from '../../../shared/contract/tasks.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { nextOccurrence, RepeatRuleError } from '../../../shared/domain/recurrence.ts';
import { snoozeDate, type SnoozeChoice } from '../../../shared/domain/today.ts';
import { newId, nowIso } from '../clock.ts';
import type { Db } from '../db/schema.ts';
import { insertTask, type TaskRow } from './task-rows.ts';

/**
 * The writes of tasks, each meant to run inside the caller's transaction. Every change stamps
 * `updated_at`, which is also how a reopen tells an untouched next occurrence from one the user
 * has since edited.
 */

async function liveRow(db: Db, id: string): Promise<TaskRow> {
  const row = await db.selectFrom('tasks').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new CarnetError('not_found', `No task with id ${id}`);
  return row;
}

/** A task names a live contact or none: never a trashed or unknown one. */
async function checkContact(db: Db, contactId: string | null): Promise<void> {
  if (contactId === null) return;
  const contact = await db.selectFrom('contacts').select('id').where('id', '=', contactId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!contact) throw new CarnetError('not_found', `No contact with id ${contactId}`, [{ path: 'contactId', message: `No contact with id ${contactId}` }]);
}

export async function addTask(db: Db, fields: TaskFields): Promise<string> {
  await checkContact(db, fields.contactId);
  const id = newId();
  const now = nowIso();
  await insertTask(db, {
    id,
    title: fields.title,
    due_date: fields.dueDate,
    due_time: fields.dueTime,
    contact_id: fields.contactId,
    notes: fields.notes,
    repeat: fields.repeat,
    repeat_of: null,
    done_at: null,
    import_batch_id: null,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  });
  return id;
}

export async function updateTask(db: Db, id: string, fields: TaskFields): Promise<void> {
  await liveRow(db, id);
  await checkContact(db, fields.contactId);
  await db
    .updateTable('tasks')
    .set({ title: fields.title, due_date: fields.dueDate, due_time: fields.dueTime, contact_id: fields.contactId, notes: fields.notes, repeat: fields.repeat, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

async function liveNextOf(db: Db, id: string): Promise<TaskRow | undefined> {
  return db.selectFrom('tasks').selectAll().where('repeat_of', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

/**
 * Marks a task done and, for a repeating one, makes sure its next occurrence exists: created
 * (counted from the due date) the first time, the one already there when the task was completed,
 * reopened and completed again. Returns the next occurrence's id, if any.
 */
export async function completeTask(db: Db, id: string): Promise<{ nextId: string | null; changed: boolean }> {
  const task = await liveRow(db, id);
  const existing = await liveNextOf(db, id);
  if (task.done_at !== null) return { nextId: existing?.id ?? null, changed: false };
  const now = nowIso();
  await db.updateTable('tasks').set({ done_at: now, updated_at: now }).where('id', '=', id).execute();
  if (existing) return { nextId: existing.id, changed: true };
  if (task.repeat === null || task.due_date === null) return { nextId: null, changed: true };
  const next = nextRepeat(task.repeat, task.due_date);
  if (!next) return { nextId: null, changed: true };
  const nextId = newId();
  await insertTask(db, {
    id: nextId,
    title: task.title,
    due_date: next.dueDate,
    due_time: task.due_time,
    contact_id: task.contact_id,
    notes: task.notes,
    repeat: next.repeat,
    repeat_of: id,
    done_at: null,
    import_batch_id: null,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  });
  return { nextId, changed: true };
}

/**
 * The next occurrence, or none when the rule is used up. A stored rule Carnet cannot read (one
 * written by another tool into an imported file) does not stop the task being done: it just has
 * no next occurrence.
 */
function nextRepeat(rule: string, dueDate: string) {
  try {
    return nextOccurrence(rule, dueDate);
  } catch (error) {
    if (error instanceof RepeatRuleError) return null;
    throw error;
  }
}

/**
 * The undo of a complete: open again, and the next occurrence it created removed for good when it
 * is still as it was made (open, never edited): it only existed because of the complete. One the
 * user has edited or done since is theirs and stays.
 */
export async function reopenTask(db: Db, id: string): Promise<{ nextRemoved: boolean; nextKept: boolean; changed: boolean }> {
  const task = await liveRow(db, id);
  if (task.done_at === null) return { nextRemoved: false, nextKept: false, changed: false };
  await db.updateTable('tasks').set({ done_at: null, updated_at: nowIso() }).where('id', '=', id).execute();
  const next = await liveNextOf(db, id);
  if (!next) return { nextRemoved: false, nextKept: false, changed: true };
  const untouched = next.done_at === null && next.updated_at === next.created_at && !(await liveNextOf(db, next.id));
  if (!untouched) return { nextRemoved: false, nextKept: true, changed: true };
  await db.deleteFrom('tasks').where('id', '=', next.id).execute();
  return { nextRemoved: true, nextKept: false, changed: true };
}

export async function snoozeTask(db: Db, id: string, to: SnoozeChoice, today: string): Promise<void> {
  const task = await liveRow(db, id);
  if (task.done_at !== null) throw new CarnetError('conflict', 'This task is done: reopen it to snooze it');
  await db.updateTable('tasks').set({ due_date: snoozeDate(to, today), updated_at: nowIso() }).where('id', '=', id).execute();
}

export async function deleteTask(db: Db, id: string): Promise<void> {
  await liveRow(db, id);
  const now = nowIso();
  await db.updateTable('tasks').set({ deleted_at: now, updated_at: now }).where('id', '=', id).execute();
}

/** Brings a task back from the trash (the undo of a delete); a live task stays as it is. */
export async function restoreTask(db: Db, id: string): Promise<void> {
  const row = await db.selectFrom('tasks').select(['deleted_at', 'repeat_of', 'contact_id']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new CarnetError('not_found', `No task with id ${id}`);
  if (row.deleted_at === null) return;
  if (row.contact_id !== null) {
    const contact = await db.selectFrom('contacts').select('deleted_at').where('id', '=', row.contact_id).executeTakeFirst();
    if (contact?.deleted_at) throw new CarnetError('conflict', 'This task’s contact is in the trash: restore the contact first');
  }
  if (row.repeat_of !== null && (await liveNextOf(db, row.repeat_of))) {
    throw new CarnetError('conflict', 'Another next occurrence of this repeating task exists: this one cannot come back beside it');
  }
  await db.updateTable('tasks').set({ deleted_at: null, updated_at: nowIso() }).where('id', '=', id).execute();
}
