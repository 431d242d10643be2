import type { CoreContext } from '../core-context.ts';
import { nowIso } from '../clock.ts';
import { DUE_REFRESH_INTERVAL_MS, refreshComeDue } from './due-refresh.ts';

/**
 * Runs `refreshComeDue` now and then hourly while the core is open, telling the screens which
 * contacts' last-contacted dates moved. The timer never keeps the process alive on its own.
 */
export async function startDueRefresh(ctx: CoreContext, intervalMs = DUE_REFRESH_INTERVAL_MS): Promise<{ stop(): void }> {
  // A core opened on a schema before interactions (migration 0006), as backup and migration tests do.
  if (ctx.database.schemaVersion < 6) return { stop: () => undefined };
  const run = async () => {
    const ids = await ctx.database.db.transaction().execute((trx) => refreshComeDue(trx, nowIso()));
    if (ids.length > 0) ctx.emit({ type: 'contacts.changed', ids: ids.length <= 1000 ? ids : [] });
  };
  await run();
  const timer = setInterval(() => {
    // A failed refresh (the disk full for a moment) is tried again at the next tick.
    run().catch(() => undefined);
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
