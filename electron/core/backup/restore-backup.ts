import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import type { CarnetEvent } from '../../../shared/contract/events.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage, followedBy } from '../../../shared/messages/core-text.ts';
import { LATEST_SCHEMA_VERSION } from '../../../migrations/index.ts';
import { fsyncDirectory, writeFileAtomic } from '../fs/atomic-write.ts';
import { ensurePrivateFile, ensurePrivateFolder } from '../fs/private-files.ts';
import { BackupFileError, type BackupManifest } from './backup-format.ts';
import { extractDatabase, removeDatabaseFiles } from './verify-backup.ts';
import { progressReporter } from './progress.ts';
import { throwIfCancelled } from './cancel.ts';
import { changedContactIds } from './changed-contacts.ts';
import { runExclusive } from './exclusive.ts';
import { openAsAtStartUp } from './open-as-at-start-up.ts';
import { removeStaleScratch, scratchName } from './scratch.ts';

export interface LiveDatabase {
  sqlite: BetterSqlite3.Database;
  path: string;
  dataDir: string;
  /**
   * Runs work that touches the live connection directly (checkpoints, the backup API) while no
   * other query holds it: SQLite refuses a checkpoint inside another request's open transaction
   * (an import), so such work waits its turn instead of failing. Default: run at once.
   */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
}


export interface RestoreOptions {
  passphrase?: string | null;
  emit?: (event: CarnetEvent) => void;
  jobId?: string;
  /** Honoured until the live database starts to change; after that the restore completes. */
  signal?: AbortSignal;
}

export interface RestoreResult {
  restoredFrom: string;
  manifest: BackupManifest;
  /** The schema version the backup had when it was older than this Carnet and was migrated. */
  migratedFrom: number | null;
  /** Contacts that differ from before the restore; null when too many to list. */
  changedIds: string[] | null;
}

/** What "undo restore" needs: the database as it was just before the restore. */
export interface UndoRecord {
  restoredFrom: string;
  restoredAt: string;
  asideFile: string;
}

/** The copies kept to undo a restore: whole databases, so private like the database itself. */
export const RESTORE_UNDO_DIR = 'restore-undo';
const UNDO_FILE = 'undo.json';
const STAGING_DIR = '.restore-staging';
const STAGING_PREFIX = 'restore-';
const UNDO_TEMP_PREFIX = '.undo-restore-';

/**
 * Restores a backup into the running database, all or nothing:
 * 1. extract and verify it (checksum, decryption, integrity_check, schema) into a staging file;
 * 2. refuse a backup from a newer Carnet; open the staging file the way start-up opens the data
 *    (which migrates an older one forward): what would not start is refused here;
 * 3. copy the current database aside (online backup API) so the restore can be undone;
 * 4. copy the staging file into the live file with SQLite's backup API: one write transaction on
 *    the live file, so the open connection sees either the old or the new database, never a mix,
 *    and stays valid (every handler keeps its connection).
 * Nothing is changed before step 4 starts, and a failure inside step 4 rolls back.
 */
export async function restoreBackup(live: LiveDatabase, backupPath: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const staging = stagingPath(live.dataDir);
  try {
    let manifest: BackupManifest;
    try {
      ({ manifest } = await extractDatabase(backupPath, staging, options));
    } catch (error) {
      if (error instanceof BackupFileError) {
        throw new CarnetError(error.problem === 'too_new' ? 'schema_too_new' : 'invalid_input', followedBy(error.said, coreMessage('error.restoreNothingChanged')));
      }
      throw error;
    }
    if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new CarnetError('schema_too_new', coreMessage('error.restoreTooNew', { appVersion: manifest.appVersion, schema: manifest.schemaVersion, latest: LATEST_SCHEMA_VERSION }));
    }
    const migratedFrom = manifest.schemaVersion < LATEST_SCHEMA_VERSION ? manifest.schemaVersion : null;
    try {
      await openAsAtStartUp(staging); // runs the pending migrations, each in its own transaction
    } catch (error) {
      throw new CarnetError('invalid_input', coreMessage('error.restoreCannotStart', { fileName: path.basename(backupPath), detail: (error as Error).message }));
    }
    throwIfCancelled(options.signal, 'restore');
    const asideFile = await runExclusive(live, async () => {
      const aside = await copyLiveAside(live);
      try {
        await copyIntoLive(staging, live, options);
      } catch (error) {
        removeDatabaseFiles(path.join(undoDir(live.dataDir), aside)); // the previous undo stays valid
        throw error;
      }
      return aside;
    });
    // The data is restored from here on. If the undo record cannot be written (a full disk), the
    // restore still stands; the old record must go, or "Undo restore" would bring back older data.
    try {
      recordUndo(live.dataDir, { restoredFrom: path.resolve(backupPath), restoredAt: new Date().toISOString(), asideFile });
    } catch {
      try {
        clearUndo(live.dataDir);
      } catch {
        // Nothing more can be done on a failing disk; the restore itself has succeeded.
      }
    }
    const changedIds = changedContactIds(live.path, path.join(undoDir(live.dataDir), asideFile));
    return { restoredFrom: path.resolve(backupPath), manifest, migratedFrom, changedIds };
  } finally {
    removeDatabaseFiles(staging);
    try {
      fs.rmdirSync(path.dirname(staging)); // only when empty: another process may be staging its own restore
    } catch {
      // Not empty, or already gone.
    }
  }
}

/** Puts back the database as it was before the last restore, the same all-or-nothing way. */
export async function undoRestore(live: LiveDatabase, options: RestoreOptions = {}): Promise<UndoRecord & { changedIds: string[] | null }> {
  const record = readUndoRecord(live.dataDir);
  if (!record) throw new CarnetError('not_found', coreMessage('error.restoreNoUndo'));
  const aside = path.join(undoDir(live.dataDir), record.asideFile);
  if (!fs.existsSync(aside)) throw new CarnetError('not_found', coreMessage('error.restoreUndoCopyGone'));
  assertAsideIntact(aside);
  const changedIds = changedContactIds(live.path, aside);
  await runExclusive(live, () => copyIntoLive(aside, live, options));
  clearUndo(live.dataDir);
  return { ...record, changedIds };
}

/**
 * Undo for when the current database cannot be opened at all (so no core can start, and the
 * online copy above cannot run): the copy kept from before the restore replaces the file itself.
 * Only for a file no running Carnet has open, which is the case when it cannot be opened.
 * The old file's -wal and -shm go first: SQLite would otherwise replay that log onto the copy.
 */
export function undoRestoreWithoutOpening(dataDir: string, databasePath: string): UndoRecord {
  const record = readUndoRecord(dataDir);
  if (!record) throw new CarnetError('not_found', coreMessage('error.restoreNoUndo'));
  const aside = path.join(undoDir(dataDir), record.asideFile);
  if (!fs.existsSync(aside)) throw new CarnetError('not_found', coreMessage('error.restoreUndoCopyGone'));
  assertAsideIntact(aside);
  const temp = path.join(dataDir, scratchName(UNDO_TEMP_PREFIX, '.sqlite'));
  try {
    fs.copyFileSync(aside, temp);
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(databasePath + suffix, { force: true });
    fs.renameSync(temp, databasePath);
    fsyncDirectory(dataDir);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new CarnetError('io', coreMessage('error.restoreUndoFailed', { detail: (error as Error).message }));
  }
  clearUndo(dataDir);
  return record;
}

function assertAsideIntact(aside: string): void {
  let result: unknown;
  try {
    const check = new BetterSqlite3(aside, { readonly: true, fileMustExist: true });
    try {
      result = check.pragma('quick_check', { simple: true });
    } finally {
      check.close();
    }
  } catch (error) {
    result = (error as Error).message;
  }
  if (result !== 'ok') throw new CarnetError('io', coreMessage('error.restoreUndoCopyDamaged', { detail: String(result) }));
}

export function readUndoRecord(dataDir: string): UndoRecord | null {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(undoDir(dataDir), UNDO_FILE), 'utf8')) as Partial<UndoRecord>;
    if (typeof raw.restoredFrom !== 'string' || typeof raw.restoredAt !== 'string' || typeof raw.asideFile !== 'string') return null;
    return { restoredFrom: raw.restoredFrom, restoredAt: raw.restoredAt, asideFile: path.basename(raw.asideFile) };
  } catch {
    return null;
  }
}

function undoDir(dataDir: string): string {
  return path.join(dataDir, RESTORE_UNDO_DIR);
}

function stagingPath(dataDir: string): string {
  const dir = path.join(dataDir, STAGING_DIR);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  removeStaleScratch(dir, STAGING_PREFIX);
  return path.join(dir, scratchName(STAGING_PREFIX, '.sqlite'));
}

/** What a killed restore (a decrypted backup in staging) or undo left in the data folder: removed at start-up. */
export function removeStaleRestoreFiles(dataDir: string): string[] {
  return [...removeStaleScratch(path.join(dataDir, STAGING_DIR), STAGING_PREFIX), ...removeStaleScratch(dataDir, UNDO_TEMP_PREFIX)];
}

/** A consistent copy of the live database (online backup API), under a temp name until complete. */
async function copyLiveAside(live: LiveDatabase): Promise<string> {
  const dir = undoDir(live.dataDir);
  ensurePrivateFolder(dir);
  const name = `before-restore-${new Date().toISOString().replaceAll(':', '-').slice(0, 19)}Z-${randomBytes(3).toString('hex')}.sqlite`;
  const temp = path.join(dir, `.${name}.partial`);
  try {
    ensurePrivateFile(temp); // SQLite would create the copy 0644, readable by every user
    await live.sqlite.backup(temp, { progress: () => 0x7fffffff });
    const copy = new BetterSqlite3(temp, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE'); // standalone: no -wal beside it
    } finally {
      copy.close();
    }
    fs.renameSync(temp, path.join(dir, name));
    fsyncDirectory(dir);
  } catch (error) {
    removeDatabaseFiles(temp);
    throw new CarnetError('io', coreMessage('error.restoreKeepCopyFailed', { detail: (error as Error).message }));
  }
  return name;
}

/**
 * Copies `source` over the live database file through SQLite's backup API in a single step: the
 * destination is written in one transaction (committed to the WAL at the end), so a crash or an
 * error leaves the previous database. The live connection re-reads the schema on its next query.
 */
async function copyIntoLive(source: string, live: LiveDatabase, options: RestoreOptions): Promise<void> {
  const reader = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  const progress = progressReporter(options.emit, options.jobId, coreMessage('progress.restoring'), 1);
  try {
    await reader.backup(live.path, { progress: () => 0x7fffffff });
  } catch (error) {
    throw new CarnetError('io', coreMessage('error.restoreWriteFailed', { path: live.path, detail: (error as Error).message }));
  } finally {
    reader.close();
  }
  // Move the new pages from the WAL into the main file now, while nothing else is going on.
  live.sqlite.pragma('wal_checkpoint(PASSIVE)');
  progress.finish();
}

function recordUndo(dataDir: string, record: UndoRecord): void {
  const dir = undoDir(dataDir);
  writeFileAtomic(path.join(dir, UNDO_FILE), JSON.stringify(record, null, 2) + '\n');
  // One level of undo: older aside copies go once the new one is recorded.
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith('before-restore-') && name !== record.asideFile) removeDatabaseFiles(path.join(dir, name));
  }
}

function clearUndo(dataDir: string): void {
  const dir = undoDir(dataDir);
  fs.rmSync(path.join(dir, UNDO_FILE), { force: true });
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith('before-restore-')) removeDatabaseFiles(path.join(dir, name));
  }
}
