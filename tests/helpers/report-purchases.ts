import type BetterSqlite3 from 'better-sqlite3';
import { newId } from '../../electron/core/clock.ts';

export interface TestPurchase {
  contactId: string;
  on: string;
  minor: number;
  currency?: string;
}

/**
 * Writes purchases (one line each) straight into the tables of migration 0007: the reports only
 * read them, and their tests need exact dates and amounts without the purchase screens.
 */
export function insertTestPurchases(sqlite: BetterSqlite3.Database, purchases: readonly TestPurchase[]): string[] {
  const now = new Date().toISOString();
  const purchase = sqlite.prepare(`INSERT INTO purchases (id, contact_id, purchased_on, currency, total_minor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const line = sqlite.prepare(`INSERT INTO purchase_lines (id, purchase_id, position, item, quantity_milli, unit_price_minor, line_total_minor) VALUES (?, ?, 0, 'Item', 1000, ?, ?)`);
  const ids: string[] = [];
  sqlite.transaction(() => {
    for (const p of purchases) {
      const id = newId();
      purchase.run(id, p.contactId, p.on, p.currency ?? 'EUR', p.minor, now, now);
      line.run(newId(), id, p.minor, p.minor);
      ids.push(id);
    }
  })();
  return ids;
}

export function setShopCurrency(sqlite: BetterSqlite3.Database, currency: string): void {
  sqlite.prepare(`INSERT INTO settings (key, value) VALUES ('shopCurrency', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(JSON.stringify(currency));
}
