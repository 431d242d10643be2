import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract/import.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { newId } from '../clock.ts';

/** An upload nobody added to for this long is dropped (the window was closed mid-way). */
const IDLE_MS = 10 * 60_000;
/** At most this many files being sent at once (two windows); the oldest goes first. */
const MAX_UPLOADS = 2;

interface Upload {
  chunks: Uint8Array[];
  bytes: number;
  usedAt: number;
}

/**
 * Files sent to the core in pieces: the renderer sends a big file chunk by chunk (each request
 * stays small for the web host and IPC, and the UI shows how much is sent), then analyzes the
 * assembled file by its upload id.
 */
export class Uploads {
  private readonly uploads = new Map<string, Upload>();
  /** Uploads dropped for a newer one, to say so if their sender goes on. */
  private readonly evicted = new Set<string>();

  /** Adds a chunk to an upload (a new one when `uploadId` is null); returns its id and size so far. */
  append(uploadId: string | null, chunk: Uint8Array): { uploadId: string; bytes: number } {
    this.expire();
    let id = uploadId;
    let upload = id ? this.uploads.get(id) : undefined;
    if (id && !upload) throw this.gone(id);
    if (!id || !upload) {
      while (this.uploads.size >= MAX_UPLOADS) {
        const oldest = this.oldest()!;
        this.uploads.delete(oldest);
        this.evicted.add(oldest);
      }
      id = newId();
      upload = { chunks: [], bytes: 0, usedAt: Date.now() };
      this.uploads.set(id, upload);
    }
    if (upload.bytes + chunk.byteLength > MAX_IMPORT_FILE_BYTES) {
      this.uploads.delete(id);
      throw new CarnetError('invalid_input', `This file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB, too big to import in the app. Import it with the command line (carnet import FILE), or split it into smaller files.`);
    }
    upload.chunks.push(chunk);
    upload.bytes += chunk.byteLength;
    upload.usedAt = Date.now();
    return { uploadId: id, bytes: upload.bytes };
  }

  /** The whole file, once; the upload is forgotten. */
  take(uploadId: string): Uint8Array {
    this.expire();
    const upload = this.uploads.get(uploadId);
    if (!upload) throw this.gone(uploadId);
    this.uploads.delete(uploadId);
    return upload.chunks.length === 1 ? upload.chunks[0]! : Buffer.concat(upload.chunks);
  }

  discard(uploadId: string): boolean {
    this.expire();
    return this.uploads.delete(uploadId);
  }

  private gone(uploadId: string): CarnetError {
    if (this.evicted.has(uploadId)) {
      return new CarnetError('conflict', 'Two other files were sent to Carnet meanwhile (another window?), so this one was let go. Choose it again.');
    }
    return new CarnetError('not_found', 'This file is no longer being received (it was stopped or left idle). Choose it again.');
  }

  private oldest(): string | undefined {
    return [...this.uploads.entries()].sort((a, b) => a[1].usedAt - b[1].usedAt)[0]?.[0];
  }

  private expire(): void {
    const now = Date.now();
    for (const [id, upload] of this.uploads) if (now - upload.usedAt > IDLE_MS) this.uploads.delete(id);
  }
}
