import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { Migration } from '../../../migrations/index.ts';
import type { Database } from './schema.ts';

/**
 * Runs every migration newer than the file's `user_version`, each in its own transaction together
 * with the version bump, so a crash mid-migration leaves the previous version intact. (Kysely's
 * own SQLite migrator does not wrap migrations in transactions.)
 */
export async function runMigrations(
  db: Kysely<Database>,
  sqlite: BetterSqlite3.Database,
  migrations: readonly Migration[],
): Promise<number> {
  let current = sqlite.pragma('user_version', { simple: true }) as number;
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    await db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<unknown>);
      await sql.raw(`PRAGMA user_version = ${Number(migration.version)}`).execute(trx);
    });
    current = migration.version;
  }
  return current;
}
