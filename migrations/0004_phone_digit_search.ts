import { sql, type Kysely } from 'kysely';
import { phoneSearchText } from '../electron/core/contacts/phone.ts';
import type { Migration } from './migration.ts';

/** Search rows written per INSERT: 6 values each, well under SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = 500;

interface SearchRow {
  num: number;
  names: string;
  company: string;
  emails: string;
  phones: string;
  notes: string;
}

/**
 * Phones are found by any run of 4 or more digits ("7911" finds "+44 7911 123456"): the search
 * row's phones column now holds every tail of each number's digit forms (contacts/phone.ts).
 * This gives every existing search row that column, from the phones as stored (typed value and
 * E.164 form, which are not re-read); the other columns are kept as they are.
 *
 * The index is rebuilt rather than updated row by row: an FTS5 UPDATE is a delete plus an
 * insert, which on 100k contacts took 16 s and left the index 40% bigger (deleted entries wait
 * for merges). Dropping the table and inserting every row again in rowid order takes a few
 * seconds and leaves the index as compact as a fresh one. The table is made again from its own
 * stored definition, so nothing here repeats it.
 *
 * It calls the live `phoneSearchText` rather than a frozen copy: the column must hold what new
 * saves write. A later change to those terms needs its own migration that rewrites it again.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'phone_digit_search',
  async up(db: Kysely<unknown>) {
    const definition = await sql<{ sql: string }>`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'contacts_fts'`.execute(db);
    const createFts = definition.rows[0]?.sql;
    if (!createFts) throw new Error('The search index (contacts_fts) is missing: this database cannot be upgraded.');

    const rows = (await sql<SearchRow>`SELECT rowid AS num, names, company, emails, phones, notes FROM contacts_fts ORDER BY rowid`.execute(db)).rows;
    const phones = await sql<{ num: number; value: string; e164: string | null }>`
      SELECT c.num, p.value, p.e164
      FROM contacts AS c
      JOIN contact_phones AS p ON p.contact_id = c.id
      WHERE c.num IN (SELECT rowid FROM contacts_fts)
      ORDER BY c.num, p.position`.execute(db);
    const phonesByNum = new Map<number, { value: string; e164: string | null }[]>();
    for (const phone of phones.rows) {
      const list = phonesByNum.get(phone.num) ?? [];
      list.push(phone);
      phonesByNum.set(phone.num, list);
    }

    await sql`DROP TABLE contacts_fts`.execute(db);
    await sql.raw(createFts).execute(db);
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const values = rows.slice(start, start + ROWS_PER_INSERT).map((row) => {
        const stored = phonesByNum.get(row.num);
        const phoneText = stored ? phoneSearchText(stored) : row.phones;
        return sql`(${row.num}, ${row.names}, ${row.company}, ${row.emails}, ${phoneText}, ${row.notes})`;
      });
      await sql`INSERT INTO contacts_fts (rowid, names, company, emails, phones, notes) VALUES ${sql.join(values)}`.execute(db);
    }
  },
};
