import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract/import.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import { newId } from '../clock.ts';
import { IdleStore } from './idle-store.ts';

/** An upload nobody added to for this long is dropped (the window was closed mid-way). */
const IDLE_MS = 10 * 60_000;
/** At most this many files being sent at once (two windows); the oldest goes first. */
const MAX_UPLOADS = 2;

interface Upload {
  chunks: Uint8Array[];
  bytes: number;
}

/**
 * Files sent to the core in pieces: the renderer sends a big file chunk by chunk (each request
 * stays small for the web host and IPC, and the UI shows how much is sent), then analyzes the
 * assembled file by its upload id.
 */
export class Uploads {
  private readonly uploads = new IdleStore<Upload>({ idleMs: IDLE_MS, max: MAX_UPLOADS });

  /** Adds a chunk to an upload (a new one when `uploadId` is null); returns its id and size so far. */
  append(uploadId: string | null, chunk: Uint8Array): { uploadId: string; bytes: number } {
    let id = uploadId;
    let upload: Upload | undefined;
    if (id) {
      upload = this.uploads.get(id);
      if (!upload) throw this.gone(id);
    } else {
      id = newId();
      upload = { chunks: [], bytes: 0 };
      this.uploads.add(id, upload);
    }
    if (upload.bytes + chunk.byteLength > MAX_IMPORT_FILE_BYTES) {
      this.uploads.delete(id);
      throw new CarnetError('invalid_input', coreMessage('error.importTooBig', { megabytes: MAX_IMPORT_FILE_BYTES / 1024 / 1024 }));
    }
    upload.chunks.push(chunk);
    upload.bytes += chunk.byteLength;
    return { uploadId: id, bytes: upload.bytes };
  }

  /** The whole file, once; the upload is forgotten. */
  take(uploadId: string): Uint8Array {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw this.gone(uploadId);
    this.uploads.delete(uploadId);
    return upload.chunks.length === 1 ? upload.chunks[0]! : Buffer.concat(upload.chunks);
  }

  discard(uploadId: string): boolean {
    return this.uploads.delete(uploadId);
  }

  private gone(uploadId: string): CarnetError {
    if (this.uploads.wasEvicted(uploadId)) {
      return new CarnetError('conflict', coreMessage('error.uploadEvicted'));
    }
    return new CarnetError('not_found', coreMessage('error.uploadGone'));
  }
}
