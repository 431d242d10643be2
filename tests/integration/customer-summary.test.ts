import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { ensureFreshSummaries, overdueFrom } from '../../electron/core/reports/customer-summary.ts';
import { addDays } from '../../shared/domain/local-date.ts';
import { isOverdue } from '../../shared/domain/purchase-intervals.ts';
import { openTempCore } from '../helpers/temp-core.ts';
import { insertTestPurchases, setShopCurrency } from '../helpers/report-purchases.ts';

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
  setShopCurrency(core.context.database.sqlite, 'EUR');
});
afterEach(async () => cleanup());

const person = async (firstName: string) => (await core.call('contacts.create', { firstName, lastName: 'Test' })).id;
const buy = (contactId: string, purchasedOn: string, unitPrice: number, currency = 'EUR') =>
  core.call('purchases.add', { contactId, purchasedOn, currency, lines: [{ item: 'Coffee', quantity: 1, unitPrice }] });
const all = (query: string) => core.context.database.sqlite.prepare(query).all();
const stale = () => all('SELECT contact_id FROM customer_summary_stale ORDER BY contact_id');
const summary = () => all('SELECT contact_id, first_purchase_on, last_purchase_on, orders, usual_interval_days, overdue_from FROM customer_summary ORDER BY contact_id');
const totals = () => all('SELECT contact_id, currency, total_minor, orders FROM customer_currency_totals ORDER BY contact_id, currency');
const overdue = (today: string) => core.call('reports.overdue', { today, limit: 50 });

describe('overdueFrom', () => {
  it('is the first day isOverdue says yes, for whole and half-day intervals', () => {
    for (let halves = 2; halves <= 200; halves++) {
      const interval = halves / 2;
      const from = overdueFrom('2024-02-20', interval);
      expect(isOverdue('2024-02-20', interval, from), `interval ${interval}`).toBe(true);
      expect(isOverdue('2024-02-20', interval, addDays(from, -1)), `interval ${interval}`).toBe(false);
    }
    // By hand: 1.5 x 10 days = 15: the 15th day after is not yet overdue, the 16th is.
    expect(overdueFrom('2026-01-01', 10)).toBe('2026-01-17');
    // 1.5 x 7.5 = 11.25: the 12th day after.
    expect(overdueFrom('2026-02-25', 7.5)).toBe('2026-03-09');
  });
});

describe('the per-customer summary (migration 0010)', () => {
  it('notes the customer on save and computes the figures only when a report reads', async () => {
    const ana = await person('Ana');
    await buy(ana, '2026-01-01', 1000);
    await buy(ana, '2026-01-11', 500);
    await buy(ana, '2026-01-11', 200, 'USD');
    await buy(ana, '2026-01-31', 300);
    // A save only notes who changed: the figures are not worked out on its path.
    expect(stale()).toEqual([{ contact_id: ana }]);
    expect(summary()).toEqual([]);

    expect(await ensureFreshSummaries(core.context.database)).toBe(1);
    expect(stale()).toEqual([]);
    // Days 01-01, 01-11, 01-31: gaps 10 and 20, median 15; overdue from 01-31 + 22 + 1 day.
    expect(summary()).toEqual([{ contact_id: ana, first_purchase_on: '2026-01-01', last_purchase_on: '2026-01-31', orders: 4, usual_interval_days: 15, overdue_from: '2026-02-23' }]);
    expect(totals()).toEqual([
      { contact_id: ana, currency: 'EUR', total_minor: 1800, orders: 3 },
      { contact_id: ana, currency: 'USD', total_minor: 200, orders: 1 },
    ]);
    expect(await ensureFreshSummaries(core.context.database)).toBe(0);
  });

  it('agrees with the contact\u2019s own value figures', async () => {
    const ana = await person('Ana');
    for (const [day, price] of [['2025-03-01', 100], ['2025-03-04', 250], ['2025-03-04', 50], ['2025-03-20', 75], ['2025-05-01', 10]] as const) await buy(ana, day, price);
    await ensureFreshSummaries(core.context.database);
    const stats = await core.call('purchases.stats', { contactId: ana });
    const [row] = summary() as { first_purchase_on: string; last_purchase_on: string; orders: number; usual_interval_days: number }[];
    expect(row).toMatchObject({ first_purchase_on: stats.firstPurchase, last_purchase_on: stats.lastPurchase, orders: stats.orders, usual_interval_days: stats.usualIntervalDays });
    expect(totals()).toEqual([{ contact_id: ana, currency: 'EUR', total_minor: stats.values[0]!.lifetimeMinor, orders: stats.values[0]!.orders }]);
  });

  it('follows an edit, a delete and a restore of a purchase', async () => {
    const ana = await person('Ana');
    await buy(ana, '2026-01-01', 1000);
    const second = await buy(ana, '2026-01-05', 1000);
    await core.call('purchases.update', { id: second.id, fields: { contactId: ana, purchasedOn: '2026-01-09', currency: 'EUR', lines: [{ item: 'Coffee', quantity: 2, unitPrice: 1000 }] } });
    // Days 01-01 and 01-09: interval 8, overdue once more than 12 days have passed: on 01-22, not 01-21.
    expect((await overdue('2026-01-21')).total).toBe(0);
    expect((await overdue('2026-01-22')).items.map((row) => row.usualIntervalDays)).toEqual([8]);
    await core.call('purchases.delete', { id: second.id });
    // One purchase day left: no usual interval, so never overdue, and the totals drop.
    expect((await overdue('2027-01-01')).total).toBe(0);
    expect(summary()).toMatchObject([{ orders: 1, usual_interval_days: null, overdue_from: null }]);
    expect(totals()).toMatchObject([{ total_minor: 1000 }]);
    await core.call('purchases.restore', { id: second.id });
    expect((await overdue('2026-01-22')).items).toMatchObject([{ contactId: ana, usualIntervalDays: 8, daysSince: 13, lifetime: [{ currency: 'EUR', minor: 3000 }] }]);
  });

  it('drops a customer whose contact goes to the trash, brings them back with Undo, and keeps nothing once deleted for good', async () => {
    const ana = await person('Ana');
    await buy(ana, '2026-01-01', 1000);
    await buy(ana, '2026-01-11', 1000);
    expect((await overdue('2026-02-01')).total).toBe(1);

    await core.call('contacts.delete', { id: ana });
    expect((await overdue('2026-02-01')).total).toBe(0);
    expect(summary()).toEqual([]);

    await core.call('contacts.restore', { id: ana });
    expect((await overdue('2026-02-01')).items.map((row) => row.contactId)).toEqual([ana]);

    await core.call('contacts.delete', { id: ana });
    await core.call('trash.delete', { ids: [ana] });
    expect((await overdue('2026-02-01')).total).toBe(0);
    expect([summary(), totals(), stale()]).toEqual([[], [], []]);
  });

  it('ranks the overdue by lifetime value in the shop\u2019s currency, then by days since, then by name', async () => {
    const [cleo, ben, ana, dan] = [await person('Cleo'), await person('Ben'), await person('Ana'), await person('Dan')];
    const twice = async (who: string, first: string, second: string, price: number, currency = 'EUR') => {
      await buy(who, first, price, currency);
      await buy(who, second, price, currency);
    };
    await twice(cleo, '2026-01-01', '2026-01-11', 500); // 1,000 EUR, last 01-11
    await twice(ben, '2026-01-01', '2026-01-11', 100); // 200 EUR, last 01-11
    await twice(ana, '2026-01-01', '2026-01-11', 100); // 200 EUR, last 01-11: ties Ben, before him by name
    await twice(dan, '2026-01-01', '2026-01-06', 90_000, 'USD'); // no EUR at all: last, whatever the USD
    const report = await overdue('2026-03-01');
    expect(report.items.map((row) => row.displayName)).toEqual(['Cleo Test', 'Ana Test', 'Ben Test', 'Dan Test']);
    expect(report.items[3]!.lifetime).toEqual([{ currency: 'USD', minor: 180_000 }]);
    expect(report.total).toBe(4);
  });

  it('works through many noted customers in chunks until none is left', async () => {
    const sqlite = core.context.database.sqlite;
    const now = new Date().toISOString();
    const insert = sqlite.prepare("INSERT INTO contacts (id, kind, display_name, sort_key, created_at, updated_at) VALUES (?, 'person', ?, ?, ?, ?)");
    const ids = Array.from({ length: 2_345 }, (_, i) => `c${String(i).padStart(4, '0')}`);
    sqlite.transaction(() => ids.forEach((id) => insert.run(id, id, id, now, now)))();
    insertTestPurchases(sqlite, ids.flatMap((contactId, i) => [{ contactId, on: '2026-01-01', minor: i }, { contactId, on: '2026-01-03', minor: 1 }]));
    expect(await ensureFreshSummaries(core.context.database)).toBe(2_345);
    expect(all('SELECT count(*) AS n FROM customer_summary')).toEqual([{ n: 2_345 }]);
    expect(all("SELECT count(*) AS n FROM customer_summary WHERE usual_interval_days = 2 AND overdue_from = '2026-01-07'")).toEqual([{ n: 2_345 }]);
    expect(stale()).toEqual([]);
    expect((await overdue('2026-01-07')).total).toBe(2_345);
    expect((await overdue('2026-01-06')).total).toBe(0);
  });

  it('never makes a report wait for a transaction open on the writer (an import), and catches up after it', async () => {
    const ana = await person('Ana');
    await buy(ana, '2026-01-01', 1000);
    await buy(ana, '2026-01-11', 1000);
    expect((await overdue('2026-02-01')).total).toBe(1);
    const { db } = core.context.database;
    const during = await db.transaction().execute(async (trx) => {
      await trx.updateTable('purchases').set({ deleted_at: new Date().toISOString() }).where('contact_id', '=', ana).execute();
      // Kysely would queue a refresh behind this very transaction: the report must answer without one.
      return overdue('2026-02-01');
    });
    // Answered at once from the summaries as they were: Ana still overdue.
    expect(during.total).toBe(1);
    expect(stale()).toEqual([{ contact_id: ana }]);
    // Once the writer is free, the next report brings the summaries up to date first.
    expect((await overdue('2026-02-01')).total).toBe(0);
    expect(stale()).toEqual([]);
    expect(summary()).toEqual([]);
  });

  it('settles ties at the edge of the page by name, however many tie', async () => {
    const sqlite = core.context.database.sqlite;
    const now = new Date().toISOString();
    const insert = sqlite.prepare("INSERT INTO contacts (id, kind, display_name, sort_key, created_at, updated_at) VALUES (?, 'person', ?, ?, ?, ?)");
    // 80 customers, the same value and days; created (so their ids run) in reverse order of name.
    const names = Array.from({ length: 80 }, (_, i) => `tie ${String(79 - i).padStart(2, '0')}`);
    sqlite.transaction(() => names.forEach((name, i) => insert.run(`id-${String(i).padStart(2, '0')}`, name, name, now, now)))();
    insertTestPurchases(sqlite, names.flatMap((_, i) => [{ contactId: `id-${String(i).padStart(2, '0')}`, on: '2026-01-01', minor: 500 }, { contactId: `id-${String(i).padStart(2, '0')}`, on: '2026-01-11', minor: 500 }]));
    const page = await core.call('reports.overdue', { today: '2026-03-01', limit: 20 });
    expect(page.total).toBe(80);
    expect(page.items.map((row) => row.displayName)).toEqual(Array.from({ length: 20 }, (_, i) => `tie ${String(i).padStart(2, '0')}`));
  });
});

