import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { makeTempDir } from '../helpers/temp-core.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('migration 0009: purchase amounts in the indexes', () => {
  it('answers period sums and a customer\u2019s figures from an index alone, and keeps the purchases', async () => {
    const file = path.join(dir, 'carnet.sqlite');
    const older = await openDatabase(file, { migrations: migrations.slice(0, 8) });
    const now = '2026-12-05T09:00:00.000Z';
    older.sqlite.prepare("INSERT INTO contacts (id, kind, display_name, sort_key, created_at, updated_at) VALUES ('ana', 'person', 'Ana', 'ana', ?, ?)").run(now, now);
    older.sqlite.prepare("INSERT INTO purchases (id, contact_id, purchased_on, currency, total_minor, created_at, updated_at) VALUES ('o1', 'ana', '2026-12-01', 'EUR', 1350, ?, ?)").run(now, now);
    await older.close();

    const current = await openDatabase(file, { migrations: migrations.slice(0, 9) });
    expect(current.schemaVersion).toBe(9);
    const plan = (text: string) => (current.sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan("SELECT substr(purchased_on, 1, 7), currency, sum(total_minor) FROM purchases WHERE deleted_at IS NULL AND purchased_on BETWEEN '2026-01-01' AND '2026-12-31' GROUP BY 1, 2")).toMatch(/COVERING INDEX purchases_day_amounts/);
    expect(plan("SELECT purchased_on, currency, total_minor FROM purchases WHERE deleted_at IS NULL AND contact_id = 'ana' ORDER BY purchased_on")).toMatch(/COVERING INDEX purchases_contact_amounts/);
    const indexes = (current.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'purchases' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
    expect(indexes).not.toContain('purchases_day');
    expect(indexes).not.toContain('purchases_contact');
    expect(current.sqlite.prepare('SELECT id, total_minor FROM purchases').all()).toEqual([{ id: 'o1', total_minor: 1350 }]);
    await current.close();
  });
});
