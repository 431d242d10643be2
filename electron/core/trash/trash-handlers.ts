import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage, progressLabel, type CoreText } from '../../../shared/messages/core-text.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import { createJobRegistry } from '../backup/cancel.ts';
import { widenPageCache } from '../import/pipeline/commit.ts';
import { deleteForever } from './delete-forever.ts';
import { restoreFromTrash } from './restore.ts';
import { idsRemovedByUndo, listTrash, trashImports } from './trash-query.ts';
import { TRASH_RETENTION_DAYS } from './purge-expired.ts';
import { recomputeRfmAfterBatch } from '../purchases/rfm-after-batch.ts';
import { nextTurn } from '../next-turn.ts';

type TrashMethods = 'trash.list' | 'trash.imports' | 'trash.restore' | 'trash.delete' | 'trash.empty' | 'trash.cancel';

/** Above this many changed contacts, the change event says "any" (an empty list) rather than naming them all. */
const MAX_NAMED_CHANGES = 1000;

export function trashHandlers(ctx: CoreContext): AreaHandlers<TrashMethods> {
  const { db, reader } = ctx.database;

  const jobs = createJobRegistry();

  /**
   * Runs a big write (restoring or emptying an undone 100k import) as a job: one transaction, with
   * the import's wide page cache (the search index is rewritten all over the file), progress events
   * between rounds of 500 contacts, and Cancel, which rolls the whole job back.
   */
  const runJob = <T>(jobId: string | undefined, label: CoreText, cancelled: CoreText, work: (onProgress: (done: number, total: number) => Promise<void>) => Promise<T>) =>
    jobs.run(jobId, async (signal) => {
      const restoreCache = widenPageCache(ctx.database.sqlite);
      try {
        return await work(async (done, total) => {
          if (signal?.aborted) throw new CarnetError('cancelled', cancelled);
          if (!jobId) return;
          ctx.emit({ type: 'progress', jobId, ...progressLabel(label), done, total });
          // Let the event out, and a Cancel in, before the next round.
          await nextTurn();
          if (signal?.aborted) throw new CarnetError('cancelled', cancelled);
        });
      } finally {
        restoreCache();
      }
    });
  const changed = (ids: readonly string[]) => {
    if (ids.length > 0) ctx.emit({ type: 'contacts.changed', ids: ids.length <= MAX_NAMED_CHANGES ? [...ids] : [] });
  };

  return {
    // Count and page from one snapshot, through the read connection (answers during an import).
    'trash.list': (input) => reader.transaction().execute(async (trx) => ({ ...(await listTrash(trx, input)), retentionDays: TRASH_RETENTION_DAYS })),

    'trash.imports': () => trashImports(reader),

    'trash.restore': async ({ ids, batchId, jobId }) => {
      const result = await runJob(jobId, coreMessage('progress.restoringContacts'), coreMessage('error.trashRestoreCancelled'), (onProgress) =>
        db.transaction().execute(async (trx) => {
          const wanted = ids ?? (await idsRemovedByUndo(trx, batchId!));
          if (wanted.length === 0) return { restored: [], people: 0, companies: 0, purchases: 0 };
          return restoreFromTrash(trx, wanted, { defaultCountry: ctx.settings().defaultCountry, onProgress });
        }),
      );
      // Purchases came back with them: the RFM scores move (Empty trash only removes trashed ones, which count for nobody's).
      if (result.purchases > 0) await recomputeRfmAfterBatch(ctx);
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
      const result = await runJob(jobId, coreMessage('progress.emptyingTrash'), coreMessage('error.trashEmptyCancelled'), (onProgress) =>
        db.transaction().execute((trx) => deleteForever(trx, { all: true }, onProgress)),
      );
      if (result.deleted > 0) ctx.emit({ type: 'contacts.changed', ids: [] });
      return result;
    },

    'trash.cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
