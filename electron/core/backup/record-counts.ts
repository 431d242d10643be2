import type BetterSqlite3 from 'better-sqlite3';
import type { RecordCounts } from './backup-format.ts';

/**
 * What a backup holds, in numbers a person recognises (contacts, companies, tags, notes) plus rows
 * per table. Works on any schema version: tables that do not exist yet count as zero.
 */
export function countRecords(sqlite: BetterSqlite3.Database): RecordCounts {
  const tableNames = (
    sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'contacts_fts%' ORDER BY name")
      .all() as { name: string }[]
  ).map((row) => row.name);
  const tables: Record<string, number> = {};
  for (const name of tableNames) tables[name] = countOf(sqlite, `SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`);
  const has = (name: string) => tableNames.includes(name);
  return {
    contacts: has('contacts') ? countOf(sqlite, "SELECT count(*) AS n FROM contacts WHERE kind = 'person' AND deleted_at IS NULL") : 0,
    companies: has('contacts') ? countOf(sqlite, "SELECT count(*) AS n FROM contacts WHERE kind = 'company' AND deleted_at IS NULL") : 0,
    tags: has('tags') ? countOf(sqlite, 'SELECT count(*) AS n FROM tags') : 0,
    notes: has('contacts') ? countOf(sqlite, "SELECT count(*) AS n FROM contacts WHERE notes <> '' AND deleted_at IS NULL") : 0,
    trashed: has('contacts') ? countOf(sqlite, 'SELECT count(*) AS n FROM contacts WHERE deleted_at IS NOT NULL') : 0,
    tables,
  };
}

function countOf(sqlite: BetterSqlite3.Database, query: string): number {
  return (sqlite.prepare(query).get() as { n: number }).n;
}
