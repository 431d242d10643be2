import { parentPort } from 'node:worker_threads';
import { CarnetError } from '../../../shared/errors.ts';
import { prepareCard } from './card-prep.ts';

/** Worker-thread entry: prepares cards sent by card-prep-pool.ts, one message each. */
parentPort?.on('message', (message: { id: number; bytes: Uint8Array; fileName: string }) => {
  try {
    const result = prepareCard(message.bytes, message.fileName);
    const transfer = [result.ocrImage.buffer, ...(result.photo.kind === 'data' && result.photo.data.buffer !== message.bytes.buffer ? [result.photo.data.buffer] : [])] as ArrayBuffer[];
    parentPort!.postMessage({ id: message.id, ok: true, result }, transfer);
  } catch (error) {
    const code = error instanceof CarnetError ? error.code : 'internal';
    parentPort!.postMessage({ id: message.id, ok: false, code, message: error instanceof Error ? error.message : String(error) });
  }
});
