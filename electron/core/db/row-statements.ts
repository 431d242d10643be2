import type BetterSqlite3 from 'better-sqlite3';
import { tables, type InsertColumn, type InsertRow, type TableName } from './schema.ts';

/** The columns a prepared insert into `table` names: all described ones but those SQLite fills. */
export function insertColumnsOf<T extends TableName>(table: T): InsertColumn<T>[] {
  return Object.entries(tables[table])
    .filter(([, column]) => !('generated' in column))
    .map(([name]) => name as InsertColumn<T>);
}

/**
 * `INSERT INTO table (a, b) VALUES (@a, @b)`: named parameters, so the very row object a Kysely
 * insert takes (`InsertRow<T>`, built by contacts/contact-rows.ts) binds to the prepared
 * statement too, and better-sqlite3 refuses a row that lacks a column.
 */
export function insertSql(table: TableName): string {
  const columns = insertColumnsOf(table);
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((name) => `@${name}`).join(', ')})`;
}

/** A prepared insert of whole rows into one table (prepare it once, run it per row). */
export function prepareInsert<T extends TableName>(sqlite: BetterSqlite3.Database, table: T): BetterSqlite3.Statement<InsertRow<T>> {
  return sqlite.prepare<InsertRow<T>>(insertSql(table));
}
