import type { Core } from '../../electron/core/core.ts';
import { newId } from '../../electron/core/clock.ts';
import { insertInteraction, refreshLastContacted } from '../../electron/core/interactions/interaction-rows.ts';
import { insertTask } from '../../electron/core/tasks/task-rows.ts';
import type { InsertRow } from '../../electron/core/db/schema.ts';

const then = '2026-11-20T10:00:00.000Z';

/** Writes an interaction through the core's own row writer (what logging one does), then refreshes last contacted. */
export async function addInteraction(core: Core, contactIds: string[], fields: Partial<InsertRow<'interactions'>> = {}): Promise<string> {
  const row: InsertRow<'interactions'> = {
    id: newId(), type: 'call', direction: 'out', occurred_at: then, minutes: 10, subject: 'Quote', body: '', import_batch_id: null,
    created_at: then, updated_at: then, deleted_at: null, ...fields,
  };
  await core.context.database.db.transaction().execute(async (trx) => {
    await insertInteraction(trx, row, contactIds);
    await refreshLastContacted(trx, contactIds, new Date().toISOString());
  });
  return row.id;
}

export async function addTask(core: Core, contactId: string | null, fields: Partial<InsertRow<'tasks'>> = {}): Promise<string> {
  const row: InsertRow<'tasks'> = {
    id: newId(), title: 'Send the quote', due_date: '2026-12-10', due_time: null, contact_id: contactId, notes: '', repeat: null, repeat_of: null,
    done_at: null, import_batch_id: null, created_at: then, updated_at: then, deleted_at: null, ...fields,
  };
  await core.context.database.db.transaction().execute((trx) => insertTask(trx, row));
  return row.id;
}

/** id -> deleted_at (null: live) of every interaction, and of every task. */
export function trashState(core: Core): { interactions: Record<string, string | null>; tasks: Record<string, string | null> } {
  const sqlite = core.context.database.sqlite;
  const read = (table: string) => Object.fromEntries((sqlite.prepare(`SELECT id, deleted_at FROM ${table}`).all() as { id: string; deleted_at: string | null }[]).map((row) => [row.id, row.deleted_at]));
  return { interactions: read('interactions'), tasks: read('tasks') };
}

export function lastContacted(core: Core, contactId: string): string | null {
  return (core.context.database.sqlite.prepare('SELECT last_contacted_at AS at FROM contacts WHERE id = ?').get(contactId) as { at: string | null }).at;
}
