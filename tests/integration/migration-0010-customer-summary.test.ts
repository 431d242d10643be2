import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { makeTempDir } from '../helpers/temp-core.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('migration 0010: the per-customer summary', () => {
  it('notes every existing customer for a first computation, and notes each later change by trigger', async () => {
    const file = path.join(dir, 'carnet.sqlite');
    const older = await openDatabase(file, { migrations: migrations.slice(0, 9) });
    const now = '2026-12-05T09:00:00.000Z';
    const contact = older.sqlite.prepare("INSERT INTO contacts (id, kind, display_name, sort_key, created_at, updated_at) VALUES (?, 'person', ?, ?, ?, ?)");
    for (const id of ['ana', 'ben', 'cleo']) contact.run(id, id, id, now, now);
    const purchase = older.sqlite.prepare("INSERT INTO purchases (id, contact_id, purchased_on, currency, total_minor, created_at, updated_at) VALUES (?, ?, '2026-12-01', 'EUR', 100, ?, ?)");
    purchase.run('o1', 'ana', now, now);
    purchase.run('o2', 'ana', now, now);
    purchase.run('o3', 'ben', now, now);
    await older.close();

    const current = await openDatabase(file, { migrations: migrations.slice(0, 10) });
    expect(current.schemaVersion).toBe(10);
    const stale = () => current.sqlite.prepare('SELECT contact_id FROM customer_summary_stale ORDER BY contact_id').pluck().all();
    const clear = () => current.sqlite.prepare('DELETE FROM customer_summary_stale').run();
    expect(stale()).toEqual(['ana', 'ben']);
    expect(current.sqlite.prepare('SELECT count(*) FROM customer_summary').pluck().get()).toBe(0);

    clear();
    current.sqlite.prepare("INSERT INTO purchases (id, contact_id, purchased_on, currency, total_minor, created_at, updated_at) VALUES ('o4', 'cleo', '2026-12-02', 'EUR', 5, ?, ?)").run(now, now);
    expect(stale()).toEqual(['cleo']);
    clear();
    // A purchase moved to another customer changes both.
    current.sqlite.prepare("UPDATE purchases SET contact_id = 'cleo' WHERE id = 'o3'").run();
    expect(stale()).toEqual(['ben', 'cleo']);
    clear();
    // What the summary does not hold (a note, the payment status) notes no one.
    current.sqlite.prepare("UPDATE purchases SET note = 'x', payment_status = 'unpaid' WHERE id = 'o1'").run();
    expect(stale()).toEqual([]);
    current.sqlite.prepare("UPDATE purchases SET deleted_at = ? WHERE id = 'o1'").run(now);
    expect(stale()).toEqual(['ana']);
    clear();
    current.sqlite.prepare("DELETE FROM purchases WHERE id = 'o2'").run();
    expect(stale()).toEqual(['ana']);
    const plan = (current.sqlite.prepare("EXPLAIN QUERY PLAN SELECT contact_id, last_purchase_on, usual_interval_days FROM customer_summary WHERE overdue_from <= '2026-12-05'").all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan).toMatch(/COVERING INDEX customer_summary_overdue/);
    await current.close();
  });
});
