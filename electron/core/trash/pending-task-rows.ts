import type { Db, InsertRow } from '../db/schema.ts';

/**
 * TEMPORARY stand-in for `electron/core/tasks/task-rows.ts`, which the tasks branch writes: same
 * signature, so replacing this file with that import is the whole change once both branches meet.
 */
export async function insertTask(trx: Db, row: InsertRow<'tasks'>): Promise<void> {
  await trx.insertInto('tasks').values(row).execute();
}
