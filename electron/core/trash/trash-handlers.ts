import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import { deleteForever } from './delete-forever.ts';
import { restoreFromTrash } from './restore.ts';
import { idsRemovedByUndo, listTrash, trashImports } from './trash-query.ts';
import { TRASH_RETENTION_DAYS } from './purge-expired.ts';

type TrashMethods = 'trash.list' | 'trash.imports' | 'trash.restore' | 'trash.delete' | 'trash.empty';

/** Above this many changed contacts, the change event says "any" (an empty list) rather than naming them all. */
const MAX_NAMED_CHANGES = 1000;

export function trashHandlers(ctx: CoreContext): AreaHandlers<TrashMethods> {
  const { db, reader } = ctx.database;

  /** Progress events for a job the caller named, yielding between rounds so they are sent as they happen. */
  const progress = (jobId: string | undefined, label: string) => async (done: number, total: number) => {
    if (!jobId) return;
    ctx.emit({ type: 'progress', jobId, label, done, total });
    await new Promise((resolve) => setImmediate(resolve));
  };
  const changed = (ids: readonly string[]) => {
    if (ids.length > 0) ctx.emit({ type: 'contacts.changed', ids: ids.length <= MAX_NAMED_CHANGES ? [...ids] : [] });
  };

  return {
    // Count and page from one snapshot, through the read connection (answers during an import).
    'trash.list': (input) => reader.transaction().execute(async (trx) => ({ ...(await listTrash(trx, input)), retentionDays: TRASH_RETENTION_DAYS })),

    'trash.imports': () => trashImports(reader),

    'trash.restore': async ({ ids, batchId, jobId }) => {
      const result = await db.transaction().execute(async (trx) => {
        const wanted = ids ?? (await idsRemovedByUndo(trx, batchId!));
        if (wanted.length === 0) return { restored: [], people: 0, companies: 0 };
        return restoreFromTrash(trx, wanted, { defaultCountry: ctx.settings().defaultCountry, onProgress: progress(jobId, 'Restoring contacts') });
      });
      changed(result.restored.map((contact) => contact.id));
      return { restored: result.restored.length, people: result.people, companies: result.companies };
    },

    'trash.delete': async ({ ids }) => {
      const result = await db.transaction().execute((trx) => deleteForever(trx, { ids }));
      // Live people who worked at a company card deleted here lost their link to it: say "any".
      if (result.companies > 0) ctx.emit({ type: 'contacts.changed', ids: [] });
      else changed(ids);
      return result;
    },

    'trash.empty': async ({ jobId }) => {
      const result = await db.transaction().execute((trx) => deleteForever(trx, { all: true }, progress(jobId, 'Emptying the trash')));
      if (result.deleted > 0) ctx.emit({ type: 'contacts.changed', ids: [] });
      return result;
    },
  };
}
