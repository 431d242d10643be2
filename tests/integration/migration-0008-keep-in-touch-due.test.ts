import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { keepInTouchDueBy } from '../../electron/core/tasks/keep-in-touch-query.ts';
import { makeTempDir } from '../helpers/temp-core.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('migration 0008: the keep-in-touch index', () => {
  it('indexes the frequencies already set, replaces the 0006 index, and Today reads who is due from it alone', async () => {
    const file = path.join(dir, 'carnet.sqlite');
    const older = await openDatabase(file, { migrations: migrations.slice(0, 7) });
    const insert = (id: string, keep: string | null, since: string | null, last: string | null, deletedAt: string | null = null) =>
      sql`INSERT INTO contacts (id, kind, display_name, sort_key, created_at, updated_at, deleted_at, keep_in_touch, keep_in_touch_since, last_contacted_at)
          VALUES (${id}, 'person', ${id}, ${id}, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', ${deletedAt}, ${keep}, ${since}, ${last})`.execute(older.db);
    await insert('never', '1m', '2026-01-31', null);
    await insert('called', '2w', '2025-01-01', '2026-02-10T23:30:00.000Z'); // 11 February in Paris
    await insert('recent', '1y', '2025-01-01', '2026-02-20T10:00:00.000Z');
    await insert('none', null, null, null);
    await insert('trashed', '2w', '2025-01-01', null, '2026-01-01T00:00:00.000Z');
    await older.close();

    const current = await openDatabase(file, { migrations: migrations.slice(0, 8) });
    expect(current.schemaVersion).toBe(8);
    const indexes = (current.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contacts' AND name LIKE 'contacts_keep%'").all() as { name: string }[]).map((row) => row.name);
    expect(indexes).toEqual(['contacts_keep_in_touch_due']);
    expect(current.sqlite.prepare('SELECT count(*) AS n FROM contacts INDEXED BY contacts_keep_in_touch_due WHERE keep_in_touch IS NOT NULL AND deleted_at IS NULL').get()).toEqual({ n: 3 });

    const due = await keepInTouchDueBy(current.reader, '2026-02-28', 'Europe/Paris');
    expect(due.map((person) => [person.contactId, person.due])).toEqual([
      ['called', '2026-02-25'],
      ['never', '2026-02-28'],
    ]);
    // Read from the index alone: no lookup in the contacts table.
    const plan = (current.sqlite.prepare("EXPLAIN QUERY PLAN SELECT id, display_name, keep_in_touch_since, last_contacted_at FROM contacts WHERE keep_in_touch = '2w' AND deleted_at IS NULL AND (last_contacted_at IS NULL OR last_contacted_at < '2026-02-20')").all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan).toMatch(/USING COVERING INDEX contacts_keep_in_touch_due/);
    await current.close();
  });
});
