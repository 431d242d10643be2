import { parentPort } from 'node:worker_threads';
import { serveJobs } from '../workers/off-thread.ts';
import { prepareCard } from './card-prep.ts';

/** Worker-thread entry: prepares cards sent by card-prep-pool.ts, one message each. */
if (parentPort) {
  serveJobs(
    parentPort,
    (job: { bytes: Uint8Array; fileName: string }) => prepareCard(job.bytes, job.fileName),
    (result, job) => [result.ocrImage.buffer, ...(result.photo.kind === 'data' && result.photo.data.buffer !== job.bytes.buffer ? [result.photo.data.buffer] : [])] as ArrayBuffer[],
  );
}
