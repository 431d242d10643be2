import { localDateOf } from '../../../shared/domain/local-date.ts';
import type { CoreContext } from '../core-context.ts';
import { recomputeRfm } from '../reports/rfm.ts';
import { ensureFreshSummaries } from '../reports/customer-summary.ts';

/**
 * A batch of purchases came or went (a sales import, its undo, a trash restore that brought
 * purchases back): the customers' summaries (reports/customer-summary.ts, which a report does not
 * wait for while the batch holds the writer) and everyone's RFM scores move, so they are computed
 * again now rather than at the next daily run. After the batch's commit and in transactions of
 * their own: a failure here leaves the batch's change written (the next report or the daily run
 * catches up), so it is swallowed. Callers tell the screens afterwards, so they read fresh figures.
 */
export async function recomputeRfmAfterBatch(ctx: CoreContext): Promise<void> {
  await ensureFreshSummaries(ctx.database).catch(() => undefined);
  await ctx.database.db
    .transaction()
    .execute((trx) => recomputeRfm(trx, localDateOf(new Date())))
    .catch(() => undefined);
}
