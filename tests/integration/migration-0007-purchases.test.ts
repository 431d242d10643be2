import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { makeTempDir } from '../helpers/temp-core.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const now = '2026-12-05T09:00:00.000Z';

describe('migration 0007: purchases, their lines, products and RFM scores', () => {
  it('keeps money in integers, one live order per source and reference, and cascades with the contact', async () => {
    const file = path.join(dir, 'carnet.sqlite');
    const older = await openDatabase(file, { migrations: migrations.slice(0, 6) });
    older.sqlite.prepare("INSERT INTO contacts (id, kind, display_name, sort_key, created_at, updated_at) VALUES ('ana', 'person', 'Ana', 'ana', ?, ?)").run(now, now);
    await older.close();

    const current = await openDatabase(file, { migrations: migrations.slice(0, 7) });
    expect(current.schemaVersion).toBe(7);
    const run = (text: string, ...params: unknown[]) => current.sqlite.prepare(text).run(...params);
    run("INSERT INTO products (id, name, name_key, created_at, updated_at) VALUES ('p1', 'Café moulu', 'cafe moulu', ?, ?)", now, now);
    expect(() => run("INSERT INTO products (id, name, name_key, created_at, updated_at) VALUES ('p2', 'cafe MOULU', 'cafe moulu', ?, ?)", now, now)).toThrow(/UNIQUE/);
    run("INSERT INTO purchases (id, contact_id, purchased_on, currency, total_minor, reference, source, created_at, updated_at) VALUES ('o1', 'ana', '2026-12-01', 'EUR', 1350, '#1001', 'shopify', ?, ?)", now, now);
    run("INSERT INTO purchase_lines (id, purchase_id, position, product_id, item, quantity_milli, unit_price_minor, line_total_minor) VALUES ('l1', 'o1', 0, 'p1', 'Café moulu', 1500, 900, 1350)");
    // The same order from the same shop twice is refused; another shop's #1001 is another order.
    expect(() => run("INSERT INTO purchases (id, contact_id, purchased_on, currency, total_minor, reference, source, created_at, updated_at) VALUES ('o2', 'ana', '2026-12-01', 'EUR', 1350, '#1001', 'shopify', ?, ?)", now, now)).toThrow(/UNIQUE/);
    run("INSERT INTO purchases (id, contact_id, purchased_on, currency, total_minor, reference, source, created_at, updated_at) VALUES ('o3', 'ana', '2026-12-01', 'EUR', 500, '#1001', 'square', ?, ?)", now, now);
    expect(() => run("INSERT INTO purchases (id, contact_id, purchased_on, currency, total_minor, created_at, updated_at) VALUES ('o4', 'ana', '2026-12-01', 'EURO', 1, ?, ?)", now, now)).toThrow(/CHECK/);
    expect(() => run("INSERT INTO purchases (id, contact_id, purchased_on, currency, total_minor, payment_status, created_at, updated_at) VALUES ('o5', 'ana', '2026-12-01', 'EUR', 1, 'maybe', ?, ?)", now, now)).toThrow(/CHECK/);
    run("INSERT INTO contact_rfm (contact_id, recency, frequency, monetary, segment, computed_at) VALUES ('ana', 5, 1, 3, 'new', ?)", now);
    expect(() => run("UPDATE contact_rfm SET recency = 6")).toThrow(/CHECK/);

    run("DELETE FROM contacts WHERE id = 'ana'");
    for (const table of ['purchases', 'purchase_lines', 'contact_rfm']) expect(current.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    expect(current.sqlite.prepare('SELECT count(*) AS n FROM products').get()).toEqual({ n: 1 }); // the product list stays
    await current.close();
  });

  it("reads a customer's purchases and a period's sales from indexes", async () => {
    const current = await openDatabase(path.join(dir, 'carnet.sqlite'), { migrations: migrations.slice(0, 7) });
    const plan = (text: string) => (current.sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan("SELECT id FROM purchases WHERE contact_id = 'ana' AND deleted_at IS NULL ORDER BY purchased_on DESC")).toMatch(/purchases_contact/);
    expect(plan("SELECT sum(total_minor) FROM purchases WHERE deleted_at IS NULL AND purchased_on BETWEEN '2026-01-01' AND '2026-12-31'")).toMatch(/purchases_day/);
    await current.close();
  });
});
