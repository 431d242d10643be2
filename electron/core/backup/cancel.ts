import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';

/** Stops a long job at a safe point when the user pressed Cancel. */
export function throwIfCancelled(signal: AbortSignal | undefined, what: 'backup' | 'check' | 'restore'): void {
  if (!signal?.aborted) return;
  throw new CarnetError('cancelled', coreMessage(what === 'backup' ? 'error.backupCancelled' : what === 'check' ? 'error.checkCancelled' : 'error.restoreCancelled'));
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
