import type { CoreContext } from '../core-context.ts';
import { deleteForever } from './delete-forever.ts';

/** Trashed contacts are kept this long so a delete (or an undone import) can be taken back, then removed for good. */
export const TRASH_RETENTION_DAYS = 30;

/**
 * Deletes for good what has been in the trash longer than the retention period, exactly as
 * "Delete forever" would (one code path, deleteForever). Runs when the core opens.
 */
export async function purgeExpiredTrash(ctx: CoreContext, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - TRASH_RETENTION_DAYS * 86_400_000).toISOString();
  const result = await ctx.database.db.transaction().execute((trx) => deleteForever(trx, { deletedBefore: cutoff }));
  return result.deleted;
}
