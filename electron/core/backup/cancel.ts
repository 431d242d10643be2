import { CarnetError } from '../../../shared/errors.ts';

/** Stops a long job at a safe point when the user pressed Cancel. */
export function throwIfCancelled(signal: AbortSignal | undefined, what: 'backup' | 'check' | 'restore'): void {
  if (!signal?.aborted) return;
  const message =
    what === 'backup' ? 'The backup was cancelled; no backup file was left.'
    : what === 'check' ? 'The check was cancelled; nothing was changed.'
    : 'The restore was cancelled before anything changed.';
  throw new CarnetError('cancelled', message);
}

/** The running jobs' abort switches, by the job id the UI chose. */
export function createJobRegistry() {
  const jobs = new Map<string, AbortController>();
  return {
    async run<T>(jobId: string | undefined, job: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
      if (!jobId) return job(undefined);
      const controller = new AbortController();
      jobs.set(jobId, controller);
      try {
        return await job(controller.signal);
      } finally {
        jobs.delete(jobId);
      }
    },
    cancel(jobId: string): boolean {
      const controller = jobs.get(jobId);
      if (!controller) return false;
      controller.abort();
      return true;
    },
  };
}
