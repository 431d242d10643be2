import type { CoreContext } from '../core-context.ts';
import { localDateOf } from '../../../shared/domain/local-date.ts';
import { recomputeRfm } from './rfm.ts';
import { ensureFreshSummaries } from './customer-summary.ts';
import { startPeriodicJob, type PeriodicJob } from '../periodic-job.ts';

/** The first computation waits this long after start: opening Carnet must not wait for it. */
export const FIRST_RFM_MS = 15_000;
export const RFM_INTERVAL_MS = 24 * 3_600_000;

/**
 * Recomputes the RFM scores (and the customer summaries) shortly after the core starts and then daily, as the come-due refresh
 * does hourly (interactions/due-refresh-timer.ts): recency moves with the calendar even when
 * nothing is bought (`startPeriodicJob`).
 */
export function startRfmRefresh(ctx: CoreContext, options: { firstMs?: number; intervalMs?: number } = {}): PeriodicJob {
  // A core opened on a schema before purchases (migration 0007), as backup and migration tests do.
  if (ctx.database.schemaVersion < 7) return { stop: async () => undefined };
  // The customer summaries are brought up to date on the same schedule, so the first report after
  // a migration or a big import finds them ready instead of rebuilding them while the user waits.
  const recompute = async () => {
    await ensureFreshSummaries(ctx.database);
    await ctx.database.db.transaction().execute((trx) => recomputeRfm(trx, localDateOf(new Date())));
  };
  return startPeriodicJob(recompute, { firstMs: options.firstMs ?? FIRST_RFM_MS, intervalMs: options.intervalMs ?? RFM_INTERVAL_MS });
}
