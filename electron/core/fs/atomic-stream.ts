import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { closeQuietly, fsyncDirectory, ioError } from './atomic-write.ts';

/** Text gathered before each write to the disk: few system calls, little memory. */
const FLUSH_BYTES = 1 << 20;

/**
 * `writeFileAtomic` for a file too big to hold in memory as one string (a JSON export of a large
 * database passes V8's 512 MB string limit): `produce` hands its text over piece by piece, which
 * goes to a temp file in the same folder; then fsync, rename over the target, fsync the folder.
 * Readers only ever see the old file or the whole new one; a full disk, a pulled USB stick or an
 * error of `produce` leaves no file under the target's name (the temp file is removed). Returns
 * the bytes written.
 */
export async function writeFileAtomicStreaming(target: string, produce: (write: (text: string) => void) => Promise<void>): Promise<number> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  let fd: number | null = null;
  let pending: string[] = [];
  let pendingLength = 0;
  let bytes = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const chunk = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingLength = 0;
    fs.writeSync(fd!, chunk);
    bytes += chunk.length;
  };
  try {
    fd = ioStep(() => fs.openSync(temp, 'wx', 0o600), target);
    await produce((text) => {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= FLUSH_BYTES) ioStep(flush, target);
    });
    ioStep(() => {
      flush();
      fs.fsyncSync(fd!);
      fs.closeSync(fd!);
      fd = null;
      fs.renameSync(temp, target);
    }, target);
    fsyncDirectory(dir);
    return bytes;
  } finally {
    // A close that fails too (a pulled USB stick) must not keep the temp file, nor hide the first error.
    if (fd !== null) closeQuietly(fd);
    fs.rmSync(temp, { force: true });
  }
}

/** A file system step whose failure is said in words (`ioError`); other errors pass as they are. */
function ioStep<T>(step: () => T, target: string): T {
  try {
    return step();
  } catch (error) {
    throw ioError('error.couldNotWrite', { target }, error);
  }
}
