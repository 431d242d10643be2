import { localDateOf } from '../../../shared/domain/local-date.ts';
import type { CoreContext } from '../core-context.ts';
import { recomputeRfm } from '../reports/rfm.ts';

/**
 * A batch of purchases came or went (a sales import, its undo, a trash restore that brought
 * purchases back): everyone's RFM scores move, so they are computed again now rather than at the
 * next daily run. After the batch's commit and in a transaction of its own: a failure here leaves
 * the batch's change written (the daily run catches up), so it is swallowed.
 */
export async function recomputeRfmAfterBatch(ctx: CoreContext): Promise<void> {
  await ctx.database.db
    .transaction()
    .execute((trx) => recomputeRfm(trx, localDateOf(new Date())))
    .catch(() => undefined);
}
