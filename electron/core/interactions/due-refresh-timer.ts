import type { CoreContext } from '../core-context.ts';
import { nowIso } from '../clock.ts';
import { DUE_REFRESH_INTERVAL_MS, refreshComeDue } from './due-refresh.ts';

/** The first refresh waits this long after start: opening Carnet must not wait for it. */
export const FIRST_DUE_REFRESH_MS = 5_000;

/**
 * Runs `refreshComeDue` shortly after the core starts and then hourly, telling the screens which
 * contacts' last-contacted dates moved. It costs one index seek per contact (about 0.1-0.25 s at
 * 100k contacts), so it runs after start rather than during it. The timers never keep the process
 * alive; `stop` waits for a refresh under way, so the database is not closed under it.
 */
export function startDueRefresh(ctx: CoreContext, options: { firstMs?: number; intervalMs?: number } = {}): { stop(): Promise<void> } {
  // A core opened on a schema before interactions (migration 0006), as backup and migration tests do.
  if (ctx.database.schemaVersion < 6) return { stop: async () => undefined };
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = () => {
    if (stopped || running) return;
    running = ctx.database.db
      .transaction()
      .execute((trx) => refreshComeDue(trx, nowIso()))
      .then((ids) => {
        if (ids.length > 0) ctx.emit({ type: 'contacts.changed', ids: ids.length <= 1000 ? ids : [] });
      })
      // A failed refresh (the disk full for a moment) is tried again at the next tick.
      .catch(() => undefined)
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(run, options.firstMs ?? FIRST_DUE_REFRESH_MS);
  const hourly = setInterval(run, options.intervalMs ?? DUE_REFRESH_INTERVAL_MS);
  first.unref();
  hourly.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(hourly);
      await running;
    },
  };
}
