import fs from 'node:fs/promises';

/**
 * Where backup bytes go. A real file by default; tests wrap it to fail after N bytes, the way a
 * full disk or a pulled USB stick fails a write half-way.
 */
export interface BackupSink {
  write(chunk: Uint8Array): Promise<void>;
  /** Flushes the file to the device (fsync). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export type SinkFactory = (filePath: string) => Promise<BackupSink>;

/** Start flushing to the device every this many bytes, while later chunks are still being copied. */
const EARLY_FLUSH_BYTES = 32 * 1024 * 1024;

export const fileSink: SinkFactory = async (filePath) => {
  // 'wx': never write through an existing file, and never follow a planted link.
  const handle = await fs.open(filePath, 'wx', 0o600);
  let closed = false;
  let unflushed = 0;
  const flushes: Promise<void>[] = [];
  return {
    async write(chunk) {
      let offset = 0;
      while (offset < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
      }
      unflushed += chunk.length;
      if (unflushed >= EARLY_FLUSH_BYTES) {
        // The disk starts writing what is copied so far (on the thread pool) while the copy goes
        // on, so the final fsync has less left to wait for. Errors surface in sync().
        unflushed = 0;
        const flush = handle.datasync();
        flush.catch(() => undefined);
        flushes.push(flush);
      }
    },
    async sync() {
      await Promise.all(flushes.splice(0));
      await handle.sync();
    },
    async close() {
      if (closed) return;
      closed = true;
      await handle.close();
    },
  };
};

/** A sink that throws `code` (ENOSPC by default) once `limit` bytes have been written: for fault tests. */
export function failingSink(limit: number, code = 'ENOSPC', inner: SinkFactory = fileSink): SinkFactory {
  return async (filePath) => {
    const sink = await inner(filePath);
    let written = 0;
    return {
      async write(chunk) {
        if (written + chunk.length > limit) {
          await sink.write(chunk.subarray(0, Math.max(0, limit - written)));
          written = limit;
          throw Object.assign(new Error(`${code}: injected write failure`), { code });
        }
        written += chunk.length;
        await sink.write(chunk);
      },
      sync: () => sink.sync(),
      close: () => sink.close(),
    };
  };
}
