import type { ImportBatch } from '../../../../shared/contract/import.ts';
import { CarnetError } from '../../../../shared/errors.ts';
import { coreMessage } from '../../../../shared/messages/core-text.ts';
import { nowIso } from '../../clock.ts';
import { deleteContactPhoto } from '../../contacts/contact-photo.ts';
import { deleteSearchRow, saveContact } from '../../contacts/contact-store.ts';
import type { CoreContext } from '../../core-context.ts';
import type { ContactSnapshot } from './commit.ts';
import { replaceCustomFields } from '../../contacts/custom-fields.ts';
import { trashContactDependents } from '../../trash/contact-dependents.ts';
import { trashBatchProducts } from '../../purchases/batch-products.ts';
import { recomputeRfmAfterBatch } from '../../purchases/rfm-after-batch.ts';

/** Every import, newest first, with its source file and counts. */
export async function listBatches(ctx: CoreContext): Promise<ImportBatch[]> {
  const rows = await ctx.database.db.selectFrom('import_batches').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((row) => ({
    id: row.id,
    source: row.source,
    fileName: row.file_name,
    createdAt: row.created_at,
    undoneAt: row.undone_at,
    counts: parseCounts(row.counts),
  }));
}

function parseCounts(json: string): ImportBatch['counts'] {
  const empty = { created: 0, updated: 0, skipped: 0, errors: 0, createdCompanies: 0, alreadyThere: 0, possibleDuplicates: 0 };
  try {
    const value = JSON.parse(json) as Partial<ImportBatch['counts']>;
    return { ...empty, ...Object.fromEntries(Object.entries(value).filter(([, n]) => typeof n === 'number')) };
  } catch {
    return empty;
  }
}

export interface UndoResult {
  batchId: string;
  removed: number;
  removedPeople: number;
  removedCompanies: number;
  /** Purchases moved to the trash: a sales import's (on anyone), and those of the contacts it created. */
  removedPurchases: number;
  /** Interactions and tasks moved to the trash: the import's own, and those of the contacts it created. */
  removedInteractions: number;
  removedTasks: number;
  reverted: number;
  keptEdited: number;
}

/**
 * Undoes an import in one transaction: contacts it created go to the trash (restorable like any
 * deletion), contacts it updated get their before-state back, unless the user edited them since
 * (then they are left alone and counted in `keptEdited`). The batch is marked undone.
 */
export async function undoBatch(ctx: CoreContext, batchId: string): Promise<UndoResult> {
  const defaultCountry = ctx.settings().defaultCountry;
  const result = await ctx.database.db.transaction().execute(async (trx) => {
    const batch = await trx.selectFrom('import_batches').selectAll().where('id', '=', batchId).executeTakeFirst();
    if (!batch) throw new CarnetError('not_found', coreMessage('error.importNotFound', { id: batchId }));
    if (batch.undone_at) throw new CarnetError('conflict', coreMessage('error.importAlreadyUndone', { undoneAt: batch.undone_at }));

    let reverted = 0;
    let keptEdited = 0;
    const changes = await trx.selectFrom('import_changes').selectAll().where('batch_id', '=', batchId).execute();
    for (const change of changes) {
      const contact = await trx.selectFrom('contacts').select(['updated_at', 'deleted_at']).where('id', '=', change.contact_id).executeTakeFirst();
      if (!contact || contact.deleted_at !== null || contact.updated_at !== change.after_updated_at) {
        keptEdited++;
        continue;
      }
      const before = JSON.parse(change.before) as ContactSnapshot;
      await saveContact(trx, change.contact_id, before.fields, { defaultCountry });
      await replaceCustomFields(trx, change.contact_id, before.customFields);
      if (change.photo_added) await deleteContactPhoto(trx, change.contact_id);
      reverted++;
    }

    const created = await trx.selectFrom('contacts').select(['id', 'num', 'kind']).where('import_batch_id', '=', batchId).where('deleted_at', 'is', null).execute();
    const now = nowIso();
    for (const contact of created) {
      await trx.updateTable('contacts').set({ deleted_at: now }).where('id', '=', contact.id).execute();
      await deleteSearchRow(trx, contact.num);
    }
    // Their tasks and interactions go with them, and so does what the import itself added to anyone.
    const dependents = await trashContactDependents(trx, created.map((contact) => contact.id), now, batchId);
    // A sales import's new products go with its purchases when nothing else uses them.
    if (dependents.purchases > 0) await trashBatchProducts(trx, batchId, batch.created_at, now);
    await trx.updateTable('import_batches').set({ undone_at: now }).where('id', '=', batchId).execute();
    const removedCompanies = created.filter((contact) => contact.kind === 'company').length;
    const removed = {
      removed: created.length, removedPeople: created.length - removedCompanies, removedCompanies, removedInteractions: dependents.interactions, removedTasks: dependents.tasks, removedPurchases: dependents.purchases,
    };
    return { batchId, ...removed, reverted, keptEdited, ids: [...created.map((c) => c.id), ...changes.map((c) => c.contact_id)] };
  });
  if (result.removedPurchases > 0) await recomputeRfmAfterBatch(ctx);
  ctx.emit({ type: 'contacts.changed', ids: result.ids });
  const { ids: _changed, ...undone } = result;
  return undone;
}
