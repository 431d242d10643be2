import { OffThreadRunner } from '../workers/off-thread.ts';
import { prepareCard, type PreparedCard } from './card-prep.ts';

interface CardJob {
  bytes: Uint8Array;
  fileName: string;
}

/**
 * Card preparation (image decode, QR search, threshold, deskew: seconds for a phone photo) runs
 * in a worker thread, so the core keeps answering the UI while a batch of cards is read.
 */
const runner = new OffThreadRunner<CardJob, PreparedCard>({
  name: 'card-reading worker',
  workerUrl: new URL(import.meta.url.endsWith('.ts') ? './card-prep-worker.ts' : './card-prep-worker.js', import.meta.url),
  inline: (job) => prepareCard(job.bytes, job.fileName),
  // A copy is sent: the caller keeps its bytes (the kept photo may be the original file).
  message: (job) => ({ data: { bytes: Uint8Array.from(job.bytes), fileName: job.fileName } }),
});

export function prepareCardOffThread(bytes: Uint8Array, fileName: string): Promise<PreparedCard> {
  return runner.run({ bytes, fileName });
}

/** Cards prepared in the worker thread and inline so far (diagnostics and tests). */
export function cardPrepCounts(): { worker: number; inline: number } {
  return { ...runner.counts };
}
