import type { CoreContext } from '../core-context.ts';
import { localDateOf } from '../../../shared/domain/local-date.ts';
import { recomputeRfm } from './rfm.ts';

/** The first computation waits this long after start: opening Carnet must not wait for it. */
export const FIRST_RFM_MS = 15_000;
export const RFM_INTERVAL_MS = 24 * 3_600_000;

/**
 * Recomputes the RFM scores shortly after the core starts and then daily, as the come-due refresh
 * does hourly (interactions/due-refresh-timer.ts): recency moves with the calendar even when
 * nothing is bought. Timers never keep the process alive; `stop` waits for a run under way.
 */
export function startRfmRefresh(ctx: CoreContext, options: { firstMs?: number; intervalMs?: number } = {}): { stop(): Promise<void> } {
  // A core opened on a schema before purchases (migration 0007), as backup and migration tests do.
  if (ctx.database.schemaVersion < 7) return { stop: async () => undefined };
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const run = () => {
    if (stopped || running) return;
    running = ctx.database.db
      .transaction()
      .execute((trx) => recomputeRfm(trx, localDateOf(new Date())))
      // A failed run (the disk full for a moment) is tried again the next day or at the next start.
      .catch(() => undefined)
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(run, options.firstMs ?? FIRST_RFM_MS);
  const daily = setInterval(run, options.intervalMs ?? RFM_INTERVAL_MS);
  first.unref();
  daily.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(daily);
      await running;
    },
  };
}
