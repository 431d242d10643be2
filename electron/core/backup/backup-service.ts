import path from 'node:path';
import type { BackupEntry, BackupStatus, VerifyResult } from '../../../shared/contract/backup.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import type { CoreContext } from '../core-context.ts';
import { AUTO_BACKUP_DIR, createAutoBackupScheduler, rotateAutoBackups, type AutoBackupOptions } from './auto-backup.ts';
import { assertReadableFolder, assertWritableFolder } from './backup-folder.ts';
import { describeBackup, entryFromManifest, listBackups } from './backup-list.ts';
import { readBackupState, writeBackupState } from './backup-state.ts';
import type { ScryptParams } from './backup-crypto.ts';
import { createBackup, type CreatedBackup } from './create-backup.ts';
import { readUndoRecord, removeStaleRestoreFiles, restoreBackup, undoRestore, type RestoreResult } from './restore-backup.ts';
import type { SinkFactory } from './backup-sink.ts';
import { removeStaleExtractions, verifyBackup } from './verify-backup.ts';
import { removeStaleSnapshots } from './snapshot.ts';
import { createJobRegistry } from './cancel.ts';
import { ensurePrivateFolder } from '../fs/private-files.ts';

export interface BackupServiceOptions {
  autoBackup?: AutoBackupOptions;
  /** Test seams. */
  sink?: SinkFactory;
  scryptParams?: ScryptParams;
}

export interface BackupService {
  status(): BackupStatus;
  setFolder(folder: string): BackupStatus;
  create(input: { folder: string; passphrase: string | null; jobId?: string | undefined }): Promise<BackupEntry>;
  list(folder: string): Promise<{ folder: string; backups: BackupEntry[] }>;
  listAuto(): Promise<{ folder: string; backups: BackupEntry[] }>;
  verify(input: { path: string; passphrase: string | null; jobId?: string | undefined }): Promise<VerifyResult>;
  restore(input: { path: string; passphrase: string | null; jobId?: string | undefined }): Promise<RestoreResult>;
  undoRestore(): Promise<{ restoredFrom: string }>;
  /** Stops a running backup, check or restore (a restore only before it starts changing data). */
  cancel(jobId: string): boolean;
  /** Takes an automatic snapshot now (the scheduler calls this). */
  autoSnapshot(): Promise<CreatedBackup>;
  /** Every core event passes through here: changes schedule an automatic snapshot. */
  noteChange(): void;
  close(): Promise<void>;
}

/**
 * Backups for one open data folder. Jobs that read or replace the database (backup, restore,
 * undo, automatic snapshots) run one at a time; user writes never wait for them.
 */
export function createBackupService(ctx: CoreContext, options: BackupServiceOptions = {}): BackupService {
  const { sqlite } = ctx.database;
  removeLeftovers(ctx.dataDir);
  const autoFolder = path.join(ctx.dataDir, AUTO_BACKUP_DIR);
  // Raw-connection steps wait for Kysely's hold on the one connection (an import's transaction).
  const withConnection = <T>(work: () => Promise<T>): Promise<T> => ctx.database.db.connection().execute(() => work());
  const live = () => ({ sqlite, path: ctx.database.path, dataDir: ctx.dataDir, exclusive: withConnection });
  const totalChanges = sqlite.prepare('SELECT total_changes() AS n');
  const changesNow = () => (totalChanges.get() as { n: number }).n;
  let changesAtLastSnapshot = changesNow();
  let changedByEvent = false;

  const jobs = createJobRegistry();
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const autoSnapshot = () =>
    exclusive(async () => {
      ensurePrivateFolder(autoFolder);
      changedByEvent = false;
      changesAtLastSnapshot = changesNow();
      try {
        const created = await createBackup({ ...snapshotSource(), folder: autoFolder, kind: 'auto' });
        await rotateAutoBackups(autoFolder, new Date(), options.autoBackup?.policy);
        return created;
      } catch (error) {
        changedByEvent = true; // still unsaved: the next change, or quitting, tries again
        throw error;
      }
    });
  const scheduler = createAutoBackupScheduler(
    async () => void (await autoSnapshot()),
    () => changedByEvent || changesNow() !== changesAtLastSnapshot,
    options.autoBackup,
  );

  function snapshotSource() {
    return { live: sqlite, livePath: ctx.database.path, dataDir: ctx.dataDir, exclusive: withConnection, appVersion: ctx.appVersion, sink: options.sink, scryptParams: options.scryptParams };
  }

  function status(): BackupStatus {
    const state = readBackupState(ctx.dataDir);
    const undo = readUndoRecord(ctx.dataDir);
    return { folder: state.folder, last: state.last, autoFolder, undo: undo ? { restoredFrom: undo.restoredFrom, restoredAt: undo.restoredAt } : null };
  }

  function absoluteFile(filePath: string): string {
    if (!path.isAbsolute(filePath)) throw new CarnetError('invalid_input', coreMessage('error.backupFileNotFullPath', { path: filePath }));
    return path.resolve(filePath);
  }

  /** `changedIds` null: too many to list; the empty list then means "anything may have changed". */
  async function afterDatabaseReplaced(changedIds: string[] | null): Promise<void> {
    await ctx.updateSettings({}); // settings live in the database: re-read them
    changedByEvent = true;
    ctx.emit({ type: 'contacts.changed', ids: changedIds ?? [] });
  }

  return {
    status,
    setFolder(folder) {
      const resolved = assertWritableFolder(folder);
      writeBackupState(ctx.dataDir, { folder: resolved });
      return status();
    },
    create: ({ folder, passphrase, jobId }) =>
      jobs.run(jobId, (signal) => exclusive(async () => {
        const resolved = assertWritableFolder(folder);
        const created = await createBackup({ ...snapshotSource(), folder: resolved, kind: 'manual', passphrase, emit: ctx.emit, jobId, signal });
        writeBackupState(ctx.dataDir, {
          folder: resolved,
          last: { path: created.path, folder: resolved, createdAt: created.manifest.createdAt, bytes: created.bytes, encrypted: created.manifest.encryption !== null },
        });
        return entryFromManifest(created.path, created.bytes, created.manifest);
      })),
    async list(folder) {
      const resolved = assertReadableFolder(folder);
      return { folder: resolved, backups: await listBackups(resolved) };
    },
    async listAuto() {
      return { folder: autoFolder, backups: await listBackups(autoFolder) };
    },
    async verify({ path: filePath, passphrase, jobId }) {
      const absolute = absoluteFile(filePath);
      const outcome = await jobs.run(jobId, (signal) => verifyBackup(absolute, { passphrase, emit: ctx.emit, jobId, signal, tempDir: ctx.dataDir }));
      const entry = outcome.ok ? entryFromManifest(absolute, outcome.fileBytes, outcome.manifest) : outcome.manifest ? await describeBackup(absolute) : null;
      return outcome.ok
        ? { ok: true, problem: null, message: outcome.message, said: outcome.said, restorable: outcome.restorable, manifestAuthenticated: outcome.manifestAuthenticated, entry }
        : { ok: false, problem: outcome.problem, message: outcome.message, said: outcome.said, restorable: false, manifestAuthenticated: null, entry };
    },
    restore: ({ path: filePath, passphrase, jobId }) =>
      jobs.run(jobId, (signal) => exclusive(async () => {
        const result = await restoreBackup(live(), absoluteFile(filePath), { passphrase, emit: ctx.emit, jobId, signal });
        await afterDatabaseReplaced(result.changedIds);
        return result;
      })),
    undoRestore: () =>
      exclusive(async () => {
        const record = await undoRestore(live(), { emit: ctx.emit });
        await afterDatabaseReplaced(record.changedIds);
        return { restoredFrom: record.restoredFrom };
      }),
    cancel: (jobId) => jobs.cancel(jobId),
    autoSnapshot,
    noteChange() {
      changedByEvent = true;
      scheduler.noteChange();
    },
    async close() {
      await queue;
      await scheduler.close();
      await queue;
    },
  };
}

/**
 * Scratch copies a killed process left in the data folder (a decrypted backup being checked or
 * staged for a restore, a snapshot): removed when Carnet starts, by whichever host starts it.
 */
function removeLeftovers(dataDir: string): void {
  removeStaleExtractions(dataDir);
  removeStaleRestoreFiles(dataDir);
  removeStaleSnapshots(dataDir);
}
