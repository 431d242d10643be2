import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { listTrash } from '../../electron/core/trash/trash-query.ts';
import { makeTempDir } from '../helpers/temp-core.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('migration 0005: the trash indexes', () => {
  it('indexes the contacts already in the trash, and the trash is listed and purged through it', async () => {
    const file = path.join(dir, 'carnet.sqlite');
    const older = await openDatabase(file, { migrations: migrations.slice(0, 4) });
    expect(older.schemaVersion).toBe(4);
    const insert = (id: string, kind: string, deletedAt: string | null) =>
      sql`INSERT INTO contacts (id, kind, display_name, sort_key, created_at, updated_at, deleted_at) VALUES (${id}, ${kind}, ${id}, ${id}, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', ${deletedAt})`.execute(older.db);
    await insert('live', 'person', null);
    await insert('old', 'person', '2024-02-01T00:00:00.000Z');
    await insert('card', 'company', '2024-03-01T00:00:00.000Z');
    await older.close();

    const current = await openDatabase(file, { migrations: migrations.slice(0, 5) });
    expect(current.schemaVersion).toBe(5);
    expect(current.sqlite.prepare('SELECT count(*) AS n FROM contacts INDEXED BY contacts_trash WHERE deleted_at IS NOT NULL').get()).toEqual({ n: 2 });
    const trash = await listTrash(current.db, { batchId: null, offset: 0, limit: 10 });
    expect(trash).toMatchObject({ total: 2, people: 1, companies: 1 });
    expect(trash.items.map((item) => item.id)).toEqual(['card', 'old']);
    // The planner picks it by itself: newest first straight from the index, no sort over the whole trash.
    const plan = (sql: string) => (current.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    const page = plan('SELECT id FROM contacts WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, num DESC LIMIT 10');
    expect(page).toMatch(/contacts_trash/);
    expect(page).not.toMatch(/TEMP B-TREE/);
    expect(plan("SELECT id FROM contacts WHERE deleted_at IS NOT NULL AND deleted_at < '2024-03-01'")).toMatch(/contacts_trash/);
    // What deleting a contact for good cascades to in import_changes is found by index, not by a scan.
    expect(plan("DELETE FROM import_changes WHERE contact_id = 'old'")).toMatch(/USING INDEX import_changes_contact/);
    await current.close();
  });
});
