import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrations as allMigrations, type Migration } from '../../../migrations/index.ts';
import { runMigrations } from '../db/migrate.ts';
import type { Database } from '../db/schema.ts';

/**
 * What a database's schema is made of, in a form two databases can be compared by: tables with
 * their columns, foreign keys and indexes (from SQLite's pragmas, which do not depend on how the
 * CREATE text was worded or later rewritten by ALTER TABLE), and every other object (explicit
 * index, trigger, view, virtual table) by its SQL text, since that text is what it does.
 */
export interface SchemaShape {
  tables: Map<string, TableShape>;
  /** "index contacts_company", "trigger contacts_fts_on_delete", ... -> its table and whitespace-normalised SQL. */
  objects: Map<string, string>;
}

interface TableShape {
  /** WITHOUT ROWID and STRICT. */
  kind: string;
  /** Column name -> "type notnull default pk hidden", in declaration order. */
  columns: Map<string, string>;
  foreignKeys: string[];
  /** Index name (autoindexes included) -> "unique origin partial: columns". */
  indexes: Map<string, string>;
}

/**
 * Reads the schema of an open database. SQLite's own tables (sqlite_sequence, sqlite_stat1) are
 * left out; the shadow tables a virtual table keeps its data in (contacts_fts_data, ...) are
 * compared by name only: their columns belong to the SQLite version, not to Carnet.
 */
export function schemaOf(sqlite: BetterSqlite3.Database): SchemaShape {
  const tables = new Map<string, TableShape>();
  const objects = new Map<string, string>();
  const listed = sqlite.pragma('main.table_list') as { name: string; type: string; wr: number; strict: number }[];
  for (const table of listed) {
    if (isSqliteInternal(table.name)) continue;
    if (table.type === 'table') tables.set(table.name, tableShape(sqlite, table.name, `withoutRowid=${table.wr} strict=${table.strict}`));
    else if (table.type === 'shadow') objects.set(`shadow table ${table.name}`, '');
  }
  const rows = sqlite.prepare("SELECT type, name, tbl_name AS tableName, sql FROM main.sqlite_master WHERE type <> 'table' OR sql LIKE 'CREATE VIRTUAL%'").all() as {
    type: string;
    name: string;
    tableName: string;
    sql: string | null;
  }[];
  for (const row of rows) {
    if (isSqliteInternal(row.name)) continue;
    objects.set(`${row.type === 'table' ? 'virtual table' : row.type} ${row.name}`, `${row.tableName}: ${normalizeSql(row.sql)}`);
  }
  return { tables, objects };
}

function isSqliteInternal(name: string): boolean {
  return name.toLowerCase().startsWith('sqlite_');
}

function tableShape(sqlite: BetterSqlite3.Database, table: string, kind: string): TableShape {
  const quoted = `"${table.replaceAll('"', '""')}"`;
  const columns = new Map<string, string>();
  for (const column of sqlite.pragma(`table_xinfo(${quoted})`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }[]) {
    columns.set(column.name, `${column.type.toUpperCase()} notnull=${column.notnull} default=${column.dflt_value ?? 'none'} pk=${column.pk} hidden=${column.hidden}`);
  }
  const foreignKeys = (sqlite.pragma(`foreign_key_list(${quoted})`) as { id: number; seq: number; table: string; from: string; to: string | null; on_update: string; on_delete: string }[])
    .map((key) => `${key.id}.${key.seq} ${key.from} -> ${key.table}(${key.to ?? ''}) update ${key.on_update} delete ${key.on_delete}`)
    .sort();
  const indexes = new Map<string, string>();
  for (const index of sqlite.pragma(`index_list(${quoted})`) as { name: string; unique: number; origin: string; partial: number }[]) {
    const parts = (sqlite.pragma(`index_xinfo("${index.name.replaceAll('"', '""')}")`) as { cid: number; name: string | null; desc: number; coll: string; key: number }[])
      .filter((part) => part.key === 1)
      .map((part) => `${part.name ?? `expr${part.cid}`} ${part.desc ? 'desc' : 'asc'} ${part.coll}`);
    indexes.set(index.name, `unique=${index.unique} origin=${index.origin} partial=${index.partial}: ${parts.join(', ')}`);
  }
  return { kind, columns, foreignKeys, indexes };
}

function normalizeSql(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The schema Carnet's migrations produce at `version`, built once per version in an in-memory
 * database by the same migrations the app runs at start-up. New migrations are picked up by
 * themselves: there is no second description of the schema to keep in step.
 */
export async function referenceSchema(version: number, migrations: readonly Migration[] = allMigrations): Promise<SchemaShape> {
  const cacheable = migrations === allMigrations;
  const cached = cacheable ? referenceCache.get(version) : undefined;
  if (cached) return cached;
  const sqlite = new BetterSqlite3(':memory:');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await runMigrations(db, sqlite, migrations.filter((migration) => migration.version <= version));
    const shape = schemaOf(sqlite);
    if (cacheable) referenceCache.set(version, shape);
    return shape;
  } finally {
    await db.destroy();
  }
}
const referenceCache = new Map<number, SchemaShape>();

/** What differs between the schema Carnet expects and the one found, in words; empty when they match. */
export function schemaDifferences(expected: SchemaShape, actual: SchemaShape): string[] {
  const differences: string[] = [];
  for (const [name, table] of expected.tables) {
    const found = actual.tables.get(name);
    if (!found) {
      differences.push(`table "${name}" is missing`);
      continue;
    }
    if (found.kind !== table.kind) differences.push(`table "${name}" is stored differently (${found.kind}; Carnet's: ${table.kind})`);
    for (const [column, definition] of table.columns) {
      const other = found.columns.get(column);
      if (other === undefined) differences.push(`table "${name}" has no column "${column}"`);
      else if (other !== definition) differences.push(`column "${name}.${column}" is defined differently (${other}; Carnet's: ${definition})`);
    }
    for (const column of found.columns.keys()) {
      if (!table.columns.has(column)) differences.push(`table "${name}" has a column "${column}" that Carnet does not make`);
    }
    if (table.foreignKeys.join('|') !== found.foreignKeys.join('|')) differences.push(`table "${name}" has other foreign keys than Carnet's`);
    for (const [index, definition] of table.indexes) {
      const other = found.indexes.get(index);
      if (other === undefined) differences.push(`index "${index}" on "${name}" is missing`);
      else if (other !== definition) differences.push(`index "${index}" on "${name}" is defined differently`);
    }
    for (const index of found.indexes.keys()) {
      if (!table.indexes.has(index)) differences.push(`table "${name}" has an index "${index}" that Carnet does not make`);
    }
  }
  for (const name of actual.tables.keys()) {
    if (!expected.tables.has(name)) differences.push(`table "${name}" is not part of Carnet's schema`);
  }
  for (const [object, definition] of expected.objects) {
    const other = actual.objects.get(object);
    if (other === undefined) differences.push(`${object} is missing`);
    else if (other !== definition) differences.push(`${object} is defined differently`);
  }
  for (const object of actual.objects.keys()) {
    if (!expected.objects.has(object)) differences.push(`${object} is not part of Carnet's schema`);
  }
  return differences;
}
