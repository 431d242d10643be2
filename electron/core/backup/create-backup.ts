import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { randomBytes, createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { CarnetEvent } from '../../../shared/contract/events.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import { fsyncDirectory, ioError } from '../fs/atomic-write.ts';
import { PLAIN_BACKUP_FORMAT_VERSION, BACKUP_HEADER, encodeTrailer, type BackupManifest, type RecordCounts } from './backup-format.ts';
import { createEncryptor, type BackupEncryptor, type ScryptParams } from './backup-crypto.ts';
import { backupFileName, isPartialFile, partialFileName } from './backup-names.ts';
import { fileSink, type BackupSink, type SinkFactory } from './backup-sink.ts';
import { takeSnapshot, type SnapshotMethod } from './snapshot.ts';
import { runExclusive } from './exclusive.ts';
import { progressReporter } from './progress.ts';
import { assertWritableFolder } from './backup-folder.ts';
import { throwIfCancelled } from './cancel.ts';

export interface CreateBackupOptions {
  live: BetterSqlite3.Database;
  livePath: string;
  /** See LiveDatabase.exclusive: the snapshot's checkpoint waits for other requests' transactions. */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
  /** The data folder: staging space for the backup-API fallback. */
  dataDir: string;
  folder: string;
  appVersion: string;
  kind: 'manual' | 'auto';
  passphrase?: string | null;
  emit?: (event: CarnetEvent) => void;
  jobId?: string;
  /** Aborting stops the copy; the temp file is removed and nothing is left in the folder. */
  signal?: AbortSignal;
  /** Test seams: a sink that fails, a forced snapshot method, cheaper scrypt, a fixed clock. */
  sink?: SinkFactory;
  method?: SnapshotMethod;
  scryptParams?: ScryptParams;
  now?: Date;
  /** Off only in tests that want the write itself to hit a full disk. */
  checkFreeSpace?: boolean;
}

export interface CreatedBackup {
  path: string;
  fileName: string;
  bytes: number;
  manifest: BackupManifest;
}

const CHUNK_BYTES = 2 * 1024 * 1024;
/** A temp file this old was left by a killed backup, not one still being written. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

/**
 * Writes one backup file into `folder`: a snapshot streamed through SHA-256 (and AES-256-GCM when
 * a passphrase is given) into a hidden temp file, fsynced, then renamed to its final name and the
 * folder fsynced. Until that rename nothing in the folder looks like a backup; the live database
 * is only ever read.
 */
export async function createBackup(options: CreateBackupOptions): Promise<CreatedBackup> {
  const folder = path.resolve(options.folder);
  throwIfCancelled(options.signal, 'backup');
  assertWritableFolder(folder);
  removeStalePartials(folder);
  const createdAt = options.now ?? new Date();
  const encrypted = Boolean(options.passphrase);
  let encryptor: BackupEncryptor | null = null;
  try {
    if (options.passphrase) encryptor = await createEncryptor(options.passphrase, options.scryptParams, options.signal);
  } catch (error) {
    throwIfCancelled(options.signal, 'backup');
    throw error;
  }

  const snapshot = await runExclusive(options, () => takeSnapshot(options.live, options.livePath, { stagingDir: options.dataDir, method: options.method }));
  let sink: BackupSink | null = null;
  let tempPath: string | null = null;
  try {
    if (options.checkFreeSpace !== false) await assertFreeSpace(folder, snapshot.bytes);
    const firstName = backupFileName(createdAt, { kind: options.kind, encrypted });
    tempPath = path.join(folder, partialFileName(firstName, randomBytes(4).toString('hex')));
    sink = await (options.sink ?? fileSink)(tempPath);
    await sink.write(BACKUP_HEADER);

    const hash = createHash('sha256');
    const progress = progressReporter(options.emit, options.jobId, coreMessage('progress.backingUp'), snapshot.bytes);
    let payloadBytes = 0;
    const emitPayload = async (chunk: Buffer) => {
      if (chunk.length === 0) return;
      hash.update(chunk);
      payloadBytes += chunk.length;
      await sink!.write(chunk);
    };
    await pipeFile(
      snapshot.filePath,
      snapshot.bytes,
      (chunk) => {
        const out = encryptor ? encryptor.cipher.update(chunk) : chunk;
        hash.update(out);
        payloadBytes += out.length;
        progress.advance(chunk.length);
        return out;
      },
      (out) => {
        throwIfCancelled(options.signal, 'backup');
        return sink!.write(out);
      },
    );
    throwIfCancelled(options.signal, 'backup');
    if (encryptor) await emitPayload(encryptor.cipher.final());
    // Flush the bulk of the file to the device (thread pool) while the main thread counts the
    // records on the pinned snapshot: the count costs no time. The final fsync has little left.
    const payloadFlushed = sink.sync();
    payloadFlushed.catch(() => undefined);
    let counts: RecordCounts;
    try {
      counts = snapshot.counts();
    } finally {
      await payloadFlushed;
    }

    const described = {
      format: 'carnet-backup' as const,
      formatVersion: PLAIN_BACKUP_FORMAT_VERSION, // encrypted: BACKUP_FORMAT_VERSION, set by seal()
      appVersion: options.appVersion,
      schemaVersion: snapshot.schemaVersion,
      createdAt: createdAt.toISOString(),
      kind: options.kind,
      snapshotMethod: snapshot.method,
      counts,
      payload: { bytes: payloadBytes, sha256: hash.digest('hex'), databaseBytes: snapshot.bytes },
    };
    // Encrypted: format 2, the encryption block and the MAC over the whole manifest.
    const manifest: BackupManifest = encryptor ? encryptor.seal(described) : { ...described, encryption: null };
    snapshot.release();
    await sink.write(encodeTrailer(manifest));
    await sink.sync();
    await sink.close();
    sink = null;

    const finalPath = renameToFreeName(tempPath, folder, createdAt, options.kind, encrypted);
    tempPath = null;
    fsyncDirectory(folder);
    progress.finish();
    return { path: finalPath, fileName: path.basename(finalPath), bytes: fs.statSync(finalPath).size, manifest };
  } catch (error) {
    snapshot.release();
    if (sink) await sink.close().catch(() => undefined);
    if (tempPath) await fsp.rm(tempPath, { force: true }).catch(() => undefined);
    if (error instanceof CarnetError) throw error;
    throw ioError('error.backupFailed', { folder }, error);
  }
}

/**
 * Reads exactly `bytes` bytes of a file and hands each chunk to `transform` (hash, encrypt) and
 * then to `write`, as a three-stage pipeline: while chunk n is being written (on libuv's thread
 * pool), chunk n+1 is hashed on the main thread and chunk n+2 is being read. Three buffers rotate;
 * a buffer is only refilled once its write has finished.
 */
async function pipeFile(filePath: string, bytes: number, transform: (chunk: Buffer) => Buffer, write: (chunk: Buffer) => Promise<void>): Promise<void> {
  const handle = await fsp.open(filePath, 'r');
  let pendingWrite: Promise<void> = Promise.resolve();
  try {
    const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
    const readAt = async (index: number, at: number): Promise<Buffer> => {
      const want = Math.min(CHUNK_BYTES, bytes - at);
      if (want <= 0) return buffers[index]!.subarray(0, 0);
      const { bytesRead } = await handle.read(buffers[index]!, 0, want, at);
      if (bytesRead !== want) throw new CarnetError('io', coreMessage('error.backupSourceEndedEarly', { done: at + bytesRead, total: bytes }));
      return buffers[index]!.subarray(0, bytesRead);
    };
    let position = 0;
    let pendingRead = readAt(0, 0);
    for (let n = 0; position < bytes; n++) {
      const chunk = await pendingRead; // chunk n, in buffer n % 3
      position += chunk.length;
      // Buffer (n + 1) % 3 held chunk n - 2, whose write finished during the previous turn.
      pendingRead = readAt((n + 1) % 3, position);
      const out = transform(chunk);
      await pendingWrite; // chunk n - 1
      pendingWrite = write(out);
    }
    await pendingWrite;
    await pendingRead;
  } catch (error) {
    await pendingWrite.catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}

/** Refuses up front when the stick clearly cannot hold the backup, before writing anything. */
async function assertFreeSpace(folder: string, needed: number): Promise<void> {
  let free: number;
  try {
    const stats = await fsp.statfs(folder);
    free = stats.bavail * stats.bsize;
  } catch {
    return; // Not every filesystem reports free space; the write itself will say ENOSPC.
  }
  const margin = 64 * 1024;
  if (free < needed + margin) {
    throw new CarnetError('io', coreMessage('error.backupNoSpace', { folder, needed: formatMb(needed), free: formatMb(free) }));
  }
}

/** Megabytes rounded to one decimal (12.5): the message writes the number the language's way, then "MB". */
function formatMb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** Renames the finished temp file to its name, adding -2, -3 ... if a backup of the same second exists. */
function renameToFreeName(tempPath: string, folder: string, createdAt: Date, kind: 'manual' | 'auto', encrypted: boolean): string {
  for (let attempt = 1; attempt < 100; attempt++) {
    const candidate = path.join(folder, backupFileName(createdAt, { kind, encrypted, attempt }));
    if (fs.existsSync(candidate)) continue;
    fs.renameSync(tempPath, candidate);
    return candidate;
  }
  throw new CarnetError('conflict', coreMessage('error.backupNameTaken', { folder }));
}

function removeStalePartials(folder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    if (!isPartialFile(name) || !name.includes('carnet-')) continue;
    const full = path.join(folder, name);
    try {
      if (now - fs.statSync(full).mtimeMs > STALE_PARTIAL_MS) fs.rmSync(full, { force: true });
    } catch {
      // Someone else removed it, or it cannot be removed: it is hidden and never listed anyway.
    }
  }
}
