import path from 'node:path';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { Generated } from 'kysely';
import { openDatabase, type OpenedDatabase } from '../../electron/core/db/open-database.ts';
import { columnsOf, tables, type Database, type InsertRow, type TableName } from '../../electron/core/db/schema.ts';
import { makeTempDir } from '../helpers/temp-core.ts';

let database: OpenedDatabase;
let cleanup: () => void;
beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = makeTempDir());
  database = await openDatabase(path.join(dir, 'carnet.sqlite'));
});
afterAll(async () => {
  await database.close();
  cleanup();
});

interface TableInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

/** Tables and virtual tables of the migrated file; SQLite's own and FTS5's shadow tables are not Carnet's. */
function migratedTables(): string[] {
  const rows = database.sqlite.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as { name: string }[];
  return rows.map((row) => row.name).sort();
}

function migratedColumns(table: string): TableInfo[] {
  return database.sqlite.prepare('SELECT name, type, "notnull", pk FROM pragma_table_info(?)').all(table) as TableInfo[];
}

describe('the schema description (electron/core/db/schema.ts)', () => {
  it('names exactly the tables the migrations create', () => {
    expect(Object.keys(tables).sort()).toEqual(migratedTables());
  });

  it.each(Object.keys(tables) as TableName[])('describes every column of %s as the migrated file has it, and no other', (table) => {
    const described = Object.entries(tables[table])
      .filter(([, column]) => !('hidden' in column))
      .map(([name, column]) => ({ name, type: column.type, notnull: column.notNull ? 1 : 0, pk: column.pk }));
    const sortByName = (list: TableInfo[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));
    expect(sortByName(described)).toEqual(sortByName(migratedColumns(table)));
  });

  it('lists the hidden FTS5 rowid as the rowid of a virtual table', () => {
    const hidden = Object.entries(tables).flatMap(([table, columns]) => Object.entries(columns).filter(([, column]) => 'hidden' in column).map(([name]) => `${table}.${name}`));
    expect(hidden).toEqual(['contacts_fts.rowid', 'interactions_fts.rowid']);
    database.sqlite.prepare("INSERT INTO contacts_fts (rowid, names) VALUES (424242, 'probe')").run();
    expect(database.sqlite.prepare('SELECT names FROM contacts_fts WHERE rowid = 424242').get()).toEqual({ names: 'probe' });
    database.sqlite.prepare('DELETE FROM contacts_fts WHERE rowid = 424242').run();
  });

  it('gives columnsOf in the order described', () => {
    expect(columnsOf('contact_emails')).toEqual(['contact_id', 'position', 'label', 'value', 'value_key']);
  });

  it('derives the Kysely types from the description', () => {
    expectTypeOf<Database['contacts']['kind']>().toEqualTypeOf<'person' | 'company'>();
    expectTypeOf<Database['contacts']['num']>().toEqualTypeOf<Generated<number>>();
    expectTypeOf<Database['contacts']['birthday']>().toEqualTypeOf<string | null>();
    expectTypeOf<Database['contact_photos']['data']>().toEqualTypeOf<Uint8Array | null>();
    expectTypeOf<Database['tags']['id']>().toEqualTypeOf<string>();
    expectTypeOf<keyof InsertRow<'contacts'>>().toEqualTypeOf<Exclude<keyof Database['contacts'], 'num'>>();
    expectTypeOf<InsertRow<'contacts_fts'>>().toEqualTypeOf<{ rowid: number; names: string; company: string; emails: string; phones: string; notes: string }>();
  });
});
