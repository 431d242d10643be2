import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import { loadTask, listTasks } from './task-query.ts';
import { addTask, completeTask, deleteTask, reopenTask, restoreTask, snoozeTask, updateTask } from './task-store.ts';
import { loadKeepInTouch, setKeepInTouch } from './keep-in-touch-query.ts';
import { loadToday } from './today-query.ts';

type TaskMethods =
  | 'tasks.add'
  | 'tasks.update'
  | 'tasks.complete'
  | 'tasks.reopen'
  | 'tasks.snooze'
  | 'tasks.delete'
  | 'tasks.restore'
  | 'tasks.get'
  | 'tasks.list'
  | 'contacts.keepInTouch'
  | 'contacts.setKeepInTouch'
  | 'today.get';

/** Tasks, keep-in-touch and Today. Every write is one transaction and says which tasks changed. */
export function taskHandlers(ctx: CoreContext): AreaHandlers<TaskMethods> {
  const { db, reader } = ctx.database;
  const changed = (...ids: (string | null)[]) => ctx.emit({ type: 'tasks.changed', ids: ids.filter((id): id is string => id !== null) });

  return {
    'tasks.add': async (fields) => {
      const id = await db.transaction().execute((trx) => addTask(trx, fields));
      changed(id);
      return loadTask(db, id);
    },

    'tasks.update': async ({ id, fields }) => {
      await db.transaction().execute((trx) => updateTask(trx, id, fields));
      changed(id);
      return loadTask(db, id);
    },

    'tasks.complete': async ({ id }) => {
      const result = await db.transaction().execute((trx) => completeTask(trx, id));
      if (result.changed) changed(id, result.nextId);
      return { task: await loadTask(db, id), next: result.nextId ? await loadTask(db, result.nextId) : null };
    },

    'tasks.reopen': async ({ id }) => {
      const result = await db.transaction().execute((trx) => reopenTask(trx, id));
      if (result.changed) changed(id);
      return { task: await loadTask(db, id), nextRemoved: result.nextRemoved, nextKept: result.nextKept };
    },

    'tasks.snooze': async ({ id, to, today }) => {
      await db.transaction().execute((trx) => snoozeTask(trx, id, to, today));
      changed(id);
      return loadTask(db, id);
    },

    'tasks.delete': async ({ id }) => {
      await db.transaction().execute((trx) => deleteTask(trx, id));
      changed(id);
      return { id };
    },

    'tasks.restore': async ({ id }) => {
      await db.transaction().execute((trx) => restoreTask(trx, id));
      changed(id);
      return loadTask(db, id);
    },

    'tasks.get': ({ id }) => loadTask(reader, id),

    'tasks.list': (input) => reader.transaction().execute((trx) => listTasks(trx, input)),

    'contacts.keepInTouch': ({ id, timeZone }) => loadKeepInTouch(reader, id, timeZone),

    'contacts.setKeepInTouch': async ({ id, frequency, today, timeZone }) => {
      await db.transaction().execute((trx) => setKeepInTouch(trx, id, frequency, today));
      ctx.emit({ type: 'contacts.changed', ids: [id] });
      return loadKeepInTouch(db, id, timeZone);
    },

    'today.get': (input) => reader.transaction().execute((trx) => loadToday(trx, input)),
  };
}
