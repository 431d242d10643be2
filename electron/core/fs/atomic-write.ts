import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage, type MessageParams } from '../../../shared/messages/core-text.ts';

/**
 * Writes a file so that readers only ever see the old file or the whole new one: write a temp file
 * in the same folder, fsync it, rename it over the target, fsync the folder. A full disk or a pulled
 * USB stick leaves at most a `.partial` temp file (removed when the error is caught), never a
 * truncated file under the real name.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx', 0o600);
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, target);
    fsyncDirectory(dir);
  } catch (error) {
    if (fd !== null) closeQuietly(fd);
    fs.rmSync(temp, { force: true });
    throw ioError('error.couldNotWrite', { target }, error);
  }
}

/** Closes a file being given up on: a close that fails as well (EIO on a pulled stick) changes nothing then. */
export function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // The write already failed; that error is the one to report.
  }
}

/** Makes a rename durable. Not every platform can open a folder (Windows cannot): best effort there. */
export function fsyncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows and some filesystems refuse fsync on a directory; the rename itself is still atomic.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/**
 * A CarnetError that says what failed and why, in words ("the disk is full"), not errno soup:
 * `what` is a message with a `{reason, select, …}` that words each kind of failure.
 */
export function ioError(what: 'error.couldNotWrite' | 'error.backupFailed', params: MessageParams, error: unknown): CarnetError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason =
    code === 'ENOSPC' ? 'diskFull'
    : code === 'EACCES' || code === 'EPERM' ? 'permission'
    : code === 'EROFS' ? 'readOnly'
    : code === 'ENOENT' ? 'noFolder'
    : code === 'EIO' ? 'diskError'
    : 'other';
  return new CarnetError('io', coreMessage(what, { ...params, reason, detail: (error as Error)?.message ?? String(error) }));
}
