import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { countRecords } from './record-counts.ts';
import type { RecordCounts } from './backup-format.ts';
import { removeStaleScratch, scratchName } from './scratch.ts';
import { ensurePrivateFolder } from '../fs/private-files.ts';

export type SnapshotMethod = 'file-copy' | 'backup-api';

/** A consistent, readable copy of the database at one moment, held until `release()`. */
export interface Snapshot {
  /** The file to copy from. It does not change until release(). */
  filePath: string;
  bytes: number;
  schemaVersion: number;
  /** Counted on the snapshot itself (memoized); callers overlap it with the copy. */
  counts(): RecordCounts;
  method: SnapshotMethod;
  release(): void;
}

export interface SnapshotOptions {
  /** Where the backup-API fallback writes its staging copy (the data folder: same disk, no /tmp limits). */
  stagingDir: string;
  /** Force a method (the bench measures both). */
  method?: SnapshotMethod;
}

/**
 * Takes a snapshot of the live database without stopping the app.
 *
 * The fast way ('file-copy'): a second, read-only connection opens a read transaction, then a
 * PASSIVE checkpoint moves every committed WAL frame into the main file. If that checkpoint
 * completed, the main file now equals the reader's view, and it cannot change while the reader is
 * open: SQLite never backfills frames newer than an open reader's snapshot. Writers keep writing
 * (into the WAL) while the file is copied; nobody waits. The copy itself is done by the caller,
 * hashed as it streams.
 *
 * When the checkpoint cannot complete (another process is writing, or the file is not in WAL
 * mode) it falls back to SQLite's online backup API into a staging file.
 */
export async function takeSnapshot(live: BetterSqlite3.Database, livePath: string, options: SnapshotOptions): Promise<Snapshot> {
  if (options.method !== 'backup-api') {
    const pinned = tryPinnedFileSnapshot(live, livePath);
    if (pinned) return pinned;
  }
  return backupApiSnapshot(live, options.stagingDir);
}

function tryPinnedFileSnapshot(live: BetterSqlite3.Database, livePath: string): Snapshot | null {
  if (String(live.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return null;
  const reader = new BetterSqlite3(livePath, { readonly: true, fileMustExist: true });
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (reader.inTransaction) reader.exec('COMMIT');
    reader.close();
  };
  try {
    reader.exec('BEGIN');
    // A read transaction starts at its first read: this pins the reader's view of the database.
    reader.prepare('SELECT count(*) FROM sqlite_master').get();
    const schemaVersion = reader.pragma('user_version', { simple: true }) as number;
    const [result] = live.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    if (!result || result.busy !== 0 || result.log !== result.checkpointed) {
      release();
      return null;
    }
    let counts: RecordCounts | null = null;
    const pageSize = reader.pragma('page_size', { simple: true }) as number;
    const pageCount = reader.pragma('page_count', { simple: true }) as number;
    return {
      filePath: livePath,
      bytes: pageSize * pageCount,
      schemaVersion,
      counts: () => (counts ??= countRecords(reader)),
      method: 'file-copy',
      release,
    };
  } catch (error) {
    release();
    throw error;
  }
}

const SNAPSHOT_PREFIX = '.snapshot-';

/** What a backup killed during the backup-API fallback left in the data folder: removed at start-up. */
export function removeStaleSnapshots(stagingDir: string): string[] {
  return removeStaleScratch(stagingDir, SNAPSHOT_PREFIX);
}

async function backupApiSnapshot(live: BetterSqlite3.Database, stagingDir: string): Promise<Snapshot> {
  ensurePrivateFolder(stagingDir);
  const staging = path.join(stagingDir, scratchName(SNAPSHOT_PREFIX, '.sqlite'));
  const removeStaging = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(staging + suffix, { force: true });
  };
  try {
    // All pages in one step: a copy restarted by concurrent writes costs less than many small steps.
    await live.backup(staging, { progress: () => 0x7fffffff });
    const copy = new BetterSqlite3(staging, { fileMustExist: true });
    let schemaVersion: number;
    let counts: RecordCounts;
    try {
      // A standalone file: no WAL to carry along, and readers of it need no -shm.
      copy.pragma('journal_mode = DELETE');
      schemaVersion = copy.pragma('user_version', { simple: true }) as number;
      counts = countRecords(copy);
    } finally {
      copy.close();
    }
    return { filePath: staging, bytes: fs.statSync(staging).size, schemaVersion, counts: () => counts, method: 'backup-api', release: removeStaging };
  } catch (error) {
    removeStaging();
    throw error;
  }
}
