import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { CarnetError } from '../../../shared/errors.ts';
import { LATEST_SCHEMA_VERSION, migrations as allMigrations, type Migration } from '../../../migrations/index.ts';
import { ensurePrivateFile, PRIVATE_FOLDER_MODE, tightenFiles } from '../fs/private-files.ts';
import { runMigrations } from './migrate.ts';
import type { Database } from './schema.ts';

export const DATABASE_FILE_NAME = 'carnet.sqlite';

/** A database and the files SQLite keeps beside it while it is open. */
export function databaseFilePaths(filePath: string): string[] {
  return ['', '-wal', '-shm', '-journal'].map((suffix) => filePath + suffix);
}

export interface OpenedDatabase {
  /** The raw connection: for pragmas, backups and hot bulk paths. */
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  /**
   * A second, query-only connection for the screens' reads (list, search, a contact, birthdays).
   * WAL lets it read the last committed state while `db` is inside a long write transaction (an
   * import of 100k rows), so the app stays usable meanwhile instead of queueing behind it.
   */
  reader: Kysely<Database>;
  path: string;
  schemaVersion: number;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** For tests: migrate only this far. */
  migrations?: readonly Migration[];
}

/**
 * Opens (creating if needed) the database file, refuses one written by a newer Carnet without
 * touching it, applies the connection pragmas and runs pending migrations.
 */
export async function openDatabase(filePath: string, options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const migrations = options.migrations ?? allMigrations;
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  fs.mkdirSync(path.dirname(filePath), { recursive: true, mode: PRIVATE_FOLDER_MODE });
  const existed = fs.existsSync(filePath);
  // Only this user may read the database: a new file is created 0600 before SQLite opens it (its
  // -wal and -shm then get the same mode from SQLite), and an older Carnet's 0644 files are tightened.
  ensurePrivateFile(filePath);
  tightenFiles(databaseFilePaths(filePath));
  if (existed) refuseNewerSchema(filePath, latest);

  const sqlite = new BetterSqlite3(filePath);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    sqlite.close();
    throw new CarnetError('io', `Cannot open the database ${filePath}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const schemaVersion = await runMigrations(db, sqlite, migrations);
    const reader = openReader(filePath);
    return {
      sqlite,
      db,
      reader,
      path: filePath,
      schemaVersion,
      close: async () => {
        await reader.destroy();
        await db.destroy(); // closes the better-sqlite3 connection too
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/**
 * A query-only connection: the screens' reader (opened after the migrations, so it never sees a
 * half-made schema), and one of its own for a job that reads for long (the JSON export), so the
 * screens' reads do not queue behind it. The caller destroys it.
 */
export function openReader(filePath: string): Kysely<Database> {
  const connection = new BetterSqlite3(filePath, { fileMustExist: true });
  try {
    connection.pragma('busy_timeout = 5000');
    // A bug that sent a write here fails loudly instead of writing outside the caller's transaction.
    connection.pragma('query_only = 1');
  } catch (error) {
    connection.close();
    throw new CarnetError('io', `Cannot open the database ${filePath}: ${(error as Error).message}`);
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
}

/**
 * Reads `user_version` through a read-only connection: opening read-write would already change
 * the file (WAL mode is written into the header), and a newer Carnet's file must stay as it was.
 */
function refuseNewerSchema(filePath: string, latest: number): void {
  let version: number;
  try {
    const probe = new BetterSqlite3(filePath, { readonly: true, fileMustExist: true });
    try {
      version = probe.pragma('user_version', { simple: true }) as number;
    } finally {
      probe.close();
    }
  } catch (error) {
    // Codes, not message text: NOTADB is a file of another kind; anything else is about reading it.
    if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') {
      throw new CarnetError('io', `${filePath} is not a Carnet database (it is not an SQLite file). Move it out of the data folder, or choose another folder with --data DIR or CARNET_DATA_DIR.`);
    }
    throw new CarnetError('io', `${filePath} cannot be read: ${(error as Error).message}. Check that it is your file and readable, or choose another folder with --data DIR or CARNET_DATA_DIR.`);
  }
  if (version > latest) {
    throw new CarnetError(
      'schema_too_new',
      `${filePath} was written by a newer version of Carnet (schema ${version}; this version knows up to ${latest}). ` +
        'Update Carnet to open it. The file was not changed.',
    );
  }
}

export { LATEST_SCHEMA_VERSION };
