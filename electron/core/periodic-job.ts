/** A background job the core runs on its own; `stop` waits for a run under way. */
export interface PeriodicJob {
  stop(): Promise<void>;
}

/**
 * Runs `job` once `firstMs` after the core starts (opening Carnet must not wait for it), then every
 * `intervalMs`. A run never overlaps the previous one; a failed run (the disk full for a moment)
 * is tried again at the next tick. The timers never keep the process alive, and `stop` waits for
 * a run under way so the database is not closed under it.
 */
export function startPeriodicJob(job: () => Promise<unknown>, timing: { firstMs: number; intervalMs: number }): PeriodicJob {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const run = () => {
    if (stopped || running) return;
    running = job()
      .catch(() => undefined)
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(run, timing.firstMs);
  const repeat = setInterval(run, timing.intervalMs);
  first.unref();
  repeat.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(repeat);
      await running;
    },
  };
}
