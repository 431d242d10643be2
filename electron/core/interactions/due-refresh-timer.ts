import type { CoreContext } from '../core-context.ts';
import { nowIso } from '../clock.ts';
import { DUE_REFRESH_INTERVAL_MS, refreshComeDue } from './due-refresh.ts';
import { startPeriodicJob, type PeriodicJob } from '../periodic-job.ts';

/** The first refresh waits this long after start: opening Carnet must not wait for it. */
export const FIRST_DUE_REFRESH_MS = 5_000;

/**
 * Runs `refreshComeDue` shortly after the core starts and then hourly, telling the screens which
 * contacts' last-contacted dates moved. It costs one index seek per contact (about 0.1-0.25 s at
 * 100k contacts), so it runs after start rather than during it (`startPeriodicJob`).
 */
export function startDueRefresh(ctx: CoreContext, options: { firstMs?: number; intervalMs?: number } = {}): PeriodicJob {
  // A core opened on a schema before interactions (migration 0006), as backup and migration tests do.
  if (ctx.database.schemaVersion < 6) return { stop: async () => undefined };
  const refresh = () =>
    ctx.database.db
      .transaction()
      .execute((trx) => refreshComeDue(trx, nowIso()))
      .then((ids) => {
        if (ids.length > 0) ctx.emit({ type: 'contacts.changed', ids: ids.length <= 1000 ? ids : [] });
      });
  return startPeriodicJob(refresh, { firstMs: options.firstMs ?? FIRST_DUE_REFRESH_MS, intervalMs: options.intervalMs ?? DUE_REFRESH_INTERVAL_MS });
}
