import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash, type DecipherGCM } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import type { CarnetEvent } from '../../../shared/contract/events.ts';
import { coreMessage, progressLabel, type CoreText } from '../../../shared/messages/core-text.ts';
import { LATEST_SCHEMA_VERSION } from '../../../migrations/index.ts';
import { BackupFileError, readBackupLayout, type BackupLayout, type BackupManifest, type BackupProblem } from './backup-format.ts';
import { createDecryptor, type BackupDecryptor } from './backup-crypto.ts';
import { KeyDerivationRefused } from './key-derivation.ts';
import { fileSink } from './backup-sink.ts';
import { progressReporter } from './progress.ts';
import { countRecords } from './record-counts.ts';
import { referenceSchema, schemaDifferences, schemaOf } from './schema-check.ts';
import { throwIfCancelled } from './cancel.ts';
import { removeStaleScratch, scratchName } from './scratch.ts';

export interface VerifyOptions {
  passphrase?: string | null;
  emit?: (event: CarnetEvent) => void;
  jobId?: string;
  signal?: AbortSignal;
  /**
   * Where the database is extracted for checking. The app and the CLI use the data folder: it
   * already holds the data in the clear (a decrypted backup is no new exposure there), and /tmp is
   * often a small RAM disk, too small for a big database. Default, for library callers and tests:
   * the OS temp folder.
   */
  tempDir?: string;
}

export type VerifyOutcome =
  | { ok: true; manifest: BackupManifest; fileBytes: number; restorable: boolean; manifestAuthenticated: boolean | null; message: string; said: CoreText }
  | { ok: false; problem: BackupProblem; message: string; said: CoreText; manifest: BackupManifest | null };

const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Checks a backup end to end: header and manifest, the SHA-256 of the stored bytes, decryption
 * (the GCM tag), then `PRAGMA integrity_check`, the schema and the record counts on the database
 * inside, extracted to a private folder (see VerifyOptions.tempDir) that is removed afterwards.
 * Never throws for a bad file: the outcome says what is wrong in one sentence.
 */
export async function verifyBackup(filePath: string, options: VerifyOptions = {}): Promise<VerifyOutcome> {
  const tempDir = options.tempDir ?? os.tmpdir();
  removeStaleExtractions(tempDir);
  const workDir = path.join(tempDir, scratchName(VERIFY_PREFIX));
  fs.mkdirSync(workDir, { mode: 0o700 });
  let manifest: BackupManifest | null = null;
  try {
    const extracted = await extractDatabase(filePath, path.join(workDir, 'backup.sqlite'), options, (m) => (manifest = m));
    const restorable = extracted.manifest.schemaVersion <= LATEST_SCHEMA_VERSION;
    const { counts } = extracted.manifest;
    // An intact encrypted backup in format 1 (no manifest MAC) says its manifest is not authenticated.
    const said = coreMessage('backup.intact', {
      contacts: counts.contacts,
      companies: counts.companies,
      interactions: counts.interactions,
      tasks: counts.tasks,
      createdAt: extracted.manifest.createdAt.slice(0, 19).replace('T', ' '),
      appVersion: extracted.manifest.appVersion,
      restorable: restorable ? 'yes' : 'no',
      schema: extracted.manifest.schemaVersion,
      authenticated: extracted.manifestAuthenticated === false ? 'no' : 'yes',
    });
    return { ok: true, manifest: extracted.manifest, fileBytes: extracted.fileBytes, restorable, manifestAuthenticated: extracted.manifestAuthenticated, message: said.text, said };
  } catch (error) {
    if (error instanceof BackupFileError) return { ok: false, problem: error.problem, message: error.message, said: error.said, manifest };
    throw error;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

const VERIFY_PREFIX = '.carnet-verify-';

/**
 * Removes what a killed verify left in `dir` (a decrypted copy of a backup): called by the next
 * verify and when Carnet starts. A verify still running in another process keeps its copy.
 */
export function removeStaleExtractions(dir: string): string[] {
  return removeStaleScratch(dir, VERIFY_PREFIX);
}

/** Reads only the manifest (for listing); throws BackupFileError. */
export async function readManifest(filePath: string): Promise<BackupLayout> {
  const handle = await openBackup(filePath);
  try {
    return await readBackupLayout(handle, path.basename(filePath));
  } finally {
    await handle.close();
  }
}

export interface ExtractedBackup {
  manifest: BackupManifest;
  fileBytes: number;
  /**
   * Encrypted backups: true when the manifest's MAC matched (format 2), false for format 1 (no MAC:
   * its dates, version and kind could have been edited). Null for a plain backup: nothing keys a MAC.
   */
  manifestAuthenticated: boolean | null;
}

/**
 * Writes the database held in a backup to `destination` (which must not exist) and checks it.
 * Throws BackupFileError for anything wrong with the file; `destination` is removed then.
 */
export async function extractDatabase(
  filePath: string,
  destination: string,
  options: VerifyOptions = {},
  onManifest: (manifest: BackupManifest) => void = () => undefined,
): Promise<ExtractedBackup> {
  const name = path.basename(filePath);
  const handle = await openBackup(filePath);
  try {
    const layout = await readBackupLayout(handle, name);
    const { manifest } = layout;
    onManifest(manifest);
    const { decipher, manifestAuthenticated } = await decipherFor(layout, options, name);
    try {
      await copyPayload(handle, layout, destination, decipher, options, name);
      // integrity_check runs synchronously; say so first (total 0: no percentage to show).
      if (options.emit && options.jobId) options.emit({ type: 'progress', jobId: options.jobId, ...progressLabel(coreMessage('progress.checkingDatabase')), done: 0, total: 0 });
      await checkDatabase(destination, manifest, name);
    } catch (error) {
      removeDatabaseFiles(destination);
      throw error;
    }
    return { manifest, fileBytes: layout.fileBytes, manifestAuthenticated };
  } finally {
    await handle.close();
  }
}

async function openBackup(filePath: string): Promise<fsp.FileHandle> {
  try {
    const stats = await fsp.stat(filePath);
    if (stats.isDirectory()) throw new BackupFileError('unreadable', coreMessage('backup.isFolder', { path: filePath }));
    return await fsp.open(filePath, 'r');
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'missing' : code === 'EACCES' || code === 'EPERM' ? 'permission' : 'other';
    throw new BackupFileError('unreadable', coreMessage('backup.cannotRead', { path: filePath, reason, detail: (error as Error).message }));
  }
}

/**
 * The decipher for an encrypted backup (null for a plain one) and whether its manifest is
 * authenticated (null for a plain one: there is no key to authenticate it with).
 */
async function decipherFor(layout: BackupLayout, options: VerifyOptions, name: string): Promise<{ decipher: DecipherGCM | null; manifestAuthenticated: boolean | null }> {
  const { manifest } = layout;
  if (!manifest.encryption) return { decipher: null, manifestAuthenticated: null };
  if (!options.passphrase) throw new BackupFileError('needs_passphrase', coreMessage('backup.needsPassphrase', { fileName: name }));
  let decryptor: BackupDecryptor | null;
  try {
    decryptor = await createDecryptor(options.passphrase, manifest, layout.rawManifest, options.signal);
  } catch (error) {
    throwIfCancelled(options.signal, 'check');
    if (error instanceof KeyDerivationRefused) throw new BackupFileError('damaged', coreMessage('backup.keyRefused', { fileName: name, reason: error.reason }));
    throw new BackupFileError('damaged', coreMessage('backup.encryptionUnreadable', { fileName: name }));
  }
  if (!decryptor) throw new BackupFileError('wrong_passphrase', coreMessage('backup.wrongPassphrase', { fileName: name }));
  if (decryptor.manifest === 'altered') {
    throw new BackupFileError('damaged', coreMessage('backup.manifestAltered', { fileName: name }));
  }
  return { decipher: decryptor.decipher, manifestAuthenticated: decryptor.manifest === 'authenticated' };
}

async function copyPayload(handle: fsp.FileHandle, layout: BackupLayout, destination: string, decipher: DecipherGCM | null, options: VerifyOptions, name: string): Promise<void> {
  const sink = await fileSink(destination);
  try {
    const hash = createHash('sha256');
    const progress = progressReporter(options.emit, options.jobId, coreMessage('progress.checkingBackup'), layout.payloadBytes);
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let done = 0; done < layout.payloadBytes; ) {
      throwIfCancelled(options.signal, 'check');
      const want = Math.min(CHUNK_BYTES, layout.payloadBytes - done);
      const { bytesRead } = await handle.read(buffer, 0, want, layout.payloadOffset + done);
      if (bytesRead !== want) throw new BackupFileError('truncated', coreMessage('backup.endedWhileReading', { fileName: name }));
      const chunk = buffer.subarray(0, bytesRead);
      hash.update(chunk);
      await sink.write(decipher ? decipher.update(chunk) : chunk);
      done += bytesRead;
      progress.advance(bytesRead);
    }
    if (hash.digest('hex') !== layout.manifest.payload.sha256) {
      throw new BackupFileError('damaged', coreMessage('backup.checksum', { fileName: name }));
    }
    if (decipher) {
      try {
        await sink.write(decipher.final());
      } catch {
        throw new BackupFileError('damaged', coreMessage('backup.decryptFailed', { fileName: name }));
      }
    }
    // No fsync: the extracted copy is scratch; a crash simply discards it.
    progress.finish();
  } finally {
    await sink.close();
  }
}

/**
 * `PRAGMA integrity_check`, then the schema version, the schema itself (against what Carnet's
 * migrations make for that version: a valid SQLite file with other tables, or a Carnet-looking one
 * with a column missing, would otherwise be restored and fail at the next start) and the counts.
 */
async function checkDatabase(databasePath: string, manifest: BackupManifest, name: string): Promise<void> {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(databasePath, { fileMustExist: true });
  } catch (error) {
    throw new BackupFileError('damaged', coreMessage('backup.databaseUnopenable', { fileName: name, detail: (error as Error).message }));
  }
  try {
    let rows: { integrity_check: string }[];
    try {
      rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
    } catch (error) {
      throw new BackupFileError('damaged', coreMessage('backup.databaseUnreadable', { fileName: name, detail: (error as Error).message }));
    }
    if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
      throw new BackupFileError('damaged', coreMessage('backup.integrity', { fileName: name, detail: rows[0]?.integrity_check ?? 'no answer' }));
    }
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    if (version !== manifest.schemaVersion) {
      throw new BackupFileError('damaged', coreMessage('backup.schemaMismatch', { fileName: name, schema: version, expected: manifest.schemaVersion }));
    }
    // A newer Carnet's schema is unknown here: such a backup is only reported, never restored.
    if (version <= LATEST_SCHEMA_VERSION) await checkSchema(sqlite, version, name);
    const counts = countRecords(sqlite);
    if (counts.contacts !== manifest.counts.contacts || counts.companies !== manifest.counts.companies) {
      throw new BackupFileError('damaged', coreMessage('backup.countMismatch', { fileName: name, count: counts.contacts, expected: manifest.counts.contacts }));
    }
  } finally {
    sqlite.close();
  }
}

async function checkSchema(sqlite: BetterSqlite3.Database, version: number, name: string): Promise<void> {
  let differences: string[];
  try {
    differences = schemaDifferences(await referenceSchema(version), schemaOf(sqlite));
  } catch (error) {
    // A virtual table of an unknown module, say: SQLite cannot even describe it.
    differences = [`its schema cannot be read (${(error as Error).message})`];
  }
  if (differences.length === 0) return;
  const shown = differences.slice(0, 3).join('; ') + (differences.length > 3 ? `; and ${differences.length - 3} more difference${differences.length === 4 ? '' : 's'}` : '');
  throw new BackupFileError('not_carnet_database', coreMessage('backup.notCarnetDatabase', { fileName: name, schema: version, differences: shown }));
}

export function removeDatabaseFiles(databasePath: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(databasePath + suffix, { force: true });
}
