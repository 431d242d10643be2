import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
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
