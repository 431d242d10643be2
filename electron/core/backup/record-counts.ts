import type BetterSqlite3 from 'better-sqlite3';
import type { RecordCounts } from './backup-format.ts';

/**
 * What a backup holds, in numbers a person recognises (contacts, companies, tags, notes,
 * interactions, tasks, purchases). One pass over `contacts` (this runs inside every backup, so it must stay
 * cheap at 100k rows) plus counts of tags, interactions and tasks (from their trash indexes and
 * primary keys, and purchases theirs). Works on any schema version: a table that does not exist yet counts as zero.
 */
export function countRecords(sqlite: BetterSqlite3.Database): RecordCounts {
  const tableNames = new Set(
    (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('contacts', 'tags', 'interactions', 'tasks', 'purchases', 'purchase_lines', 'products')").all() as { name: string }[]).map((row) => row.name),
  );
  const contacts = tableNames.has('contacts')
    ? (sqlite
        .prepare(
          `SELECT count(*) AS total,
             coalesce(sum(deleted_at IS NULL AND kind = 'person'), 0) AS people,
             coalesce(sum(deleted_at IS NULL AND kind = 'company'), 0) AS companies,
             coalesce(sum(deleted_at IS NULL AND notes <> ''), 0) AS notes,
             coalesce(sum(deleted_at IS NOT NULL), 0) AS trashed
           FROM contacts`,
        )
        .get() as { total: number; people: number; companies: number; notes: number; trashed: number })
    : { total: 0, people: 0, companies: 0, notes: 0, trashed: 0 };
  const tags = tableNames.has('tags') ? (sqlite.prepare('SELECT count(*) AS n FROM tags').get() as { n: number }).n : 0;
  const liveAndAll = (table: 'interactions' | 'tasks' | 'purchases' | 'products') =>
    tableNames.has(table)
      ? (sqlite.prepare(`SELECT count(*) AS total, coalesce(sum(deleted_at IS NULL), 0) AS live FROM ${table}`).get() as { total: number; live: number })
      : { total: 0, live: 0 };
  const interactions = liveAndAll('interactions');
  const tasks = liveAndAll('tasks');
  const purchases = liveAndAll('purchases');
  const products = liveAndAll('products');
  const lines = tableNames.has('purchase_lines') ? (sqlite.prepare('SELECT count(*) AS n FROM purchase_lines').get() as { n: number }).n : 0;
  return {
    contacts: contacts.people,
    companies: contacts.companies,
    tags,
    notes: contacts.notes,
    trashed: contacts.trashed,
    interactions: interactions.live,
    tasks: tasks.live,
    purchases: purchases.live,
    tables: { contacts: contacts.total, tags, interactions: interactions.total, tasks: tasks.total, purchases: purchases.total, purchase_lines: lines, products: products.total },
  };
}
