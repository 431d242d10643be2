import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { BACKUP_HEADER, encodeTrailer, type BackupManifest } from '../../electron/core/backup/backup-format.ts';
import { splitBackup, writeCraftedBackup } from './backup-fixtures.ts';

let counter = 0;
function scratch(workDir: string, name: string): string {
  return path.join(workDir, `${name}-${++counter}`);
}

/**
 * A well-formed backup file (right checksums, right schema number in its manifest) around a new
 * database that `prepare` builds from nothing: a database made by another program.
 */
export function backupAroundDatabase(target: string, sourceBackup: string, workDir: string, prepare: (sqlite: BetterSqlite3.Database) => void): string {
  return wrapDatabase(target, sourceBackup, scratch(workDir, 'built.sqlite'), prepare);
}

/** A copy of a plain backup whose database had `statement` run on it (a column dropped, a trigger added). */
export function editedDatabaseBackup(sourceBackup: string, workDir: string, statement: string): string {
  const dbFile = scratch(workDir, 'edited.sqlite');
  fs.writeFileSync(dbFile, splitBackup(sourceBackup).payload);
  return wrapDatabase(scratch(workDir, 'edited') + '.carnetbackup', sourceBackup, dbFile, (sqlite) => sqlite.exec(statement));
}

function wrapDatabase(target: string, sourceBackup: string, dbFile: string, change: (sqlite: BetterSqlite3.Database) => void): string {
  const sqlite = new BetterSqlite3(dbFile);
  let version: number;
  try {
    change(sqlite);
    sqlite.pragma('journal_mode = DELETE');
    version = sqlite.pragma('user_version', { simple: true }) as number;
  } finally {
    sqlite.close();
  }
  const { manifest } = splitBackup(sourceBackup);
  writeCraftedBackup(target, { ...manifest, schemaVersion: version }, fs.readFileSync(dbFile));
  return target;
}

/** Parameters a crafted file may hold: each would cost hours, gigabytes, or make no sense. */
export const ABSURD_SCRYPT: Record<string, { N: number; r: number; p: number }> = {
  'N = 2^30': { N: 2 ** 30, r: 8, p: 1 },
  'r = 1e6': { N: 1024, r: 1e6, p: 1 },
  'p = 100000': { N: 1024, r: 8, p: 100000 },
  'N not a power of two': { N: 1000, r: 8, p: 1 },
  'N = 2^18 (more than Carnet writes)': { N: 2 ** 18, r: 8, p: 1 },
  'N = 2^9 (less than Carnet accepts)': { N: 2 ** 9, r: 8, p: 1 },
  'non-integer N': { N: 1024.5, r: 8, p: 1 },
  'non-integer r': { N: 1024, r: 8.5, p: 1 },
  'negative N': { N: -1024, r: 8, p: 1 },
  'negative p': { N: 1024, r: 8, p: -1 },
  'zero r': { N: 1024, r: 0, p: 1 },
  'NaN': { N: Number.NaN, r: 8, p: 1 },
  'Infinity': { N: Number.POSITIVE_INFINITY, r: 8, p: 1 },
};

/**
 * A copy of a backup whose manifest `edit` changed, with the payload as it was and the manifest's
 * SHA-256 recomputed: what someone editing the file with a hex editor and a script would make.
 */
export function editedManifestBackup(sourceBackup: string, target: string, edit: (manifest: Record<string, unknown>) => void): string {
  const { manifest, payload } = splitBackup(sourceBackup);
  const copy = JSON.parse(JSON.stringify(manifest)) as Record<string, unknown>;
  edit(copy);
  fs.writeFileSync(target, Buffer.concat([BACKUP_HEADER, payload, encodeTrailer(copy as unknown as BackupManifest)]));
  return target;
}
