// Reports benchmark: purchases generated over the seeded contacts (1,000,000 lines over 5 years
// by default, CARNET_BENCH_PURCHASE_LINES to change), then each report of a year, the customers
// behind a month, Today's overdue customers and the RFM recompute of everyone, on a copy of the
// data folder. Purchases are written straight into the tables with prepared inserts in one
// transaction: the reports only read them, and the purchase writer has its own benchmark.
import type BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core.ts';
import { newId } from '../electron/core/clock.ts';
import { newCustomersPerMonth, periodTotals, salesPerMonth, topCustomers, buyersIn } from '../electron/core/reports/report-queries.ts';
import { overdueCustomers } from '../electron/core/reports/overdue-query.ts';
import { recomputeRfm } from '../electron/core/reports/rfm.ts';
import { shopCurrency } from '../electron/core/reports/shop-currency.ts';
import { ensureFreshSummaries } from '../electron/core/reports/customer-summary.ts';
import { addDays, localDateOf } from '../shared/domain/local-date.ts';
import { percentile, type BenchReport } from './bench-report.ts';
import { seededRandom } from './contact-generator.ts';

const LINES = Number(process.env.CARNET_BENCH_PURCHASE_LINES ?? 1_000_000);
const RUNS = 5;

/** Writes purchases of 1 to 4 lines until LINES lines: 70% of contacts buy, a few of them often; 5% in USD. */
function generate(sqlite: BetterSqlite3.Database, contacts: string[], today: string): { purchases: number; seconds: number } {
  const next = seededRandom(13);
  const started = performance.now();
  const now = new Date().toISOString();
  const purchase = sqlite.prepare('INSERT INTO purchases (id, contact_id, purchased_on, currency, total_minor, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const line = sqlite.prepare('INSERT INTO purchase_lines (id, purchase_id, position, item, quantity_milli, unit_price_minor, line_total_minor) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const buyers = contacts.filter(() => next() < 0.7);
  let lines = 0;
  let purchases = 0;
  sqlite.transaction(() => {
    while (lines < LINES) {
      // Skewed towards the first buyers: regulars buy far more often than most.
      const buyer = buyers[Math.floor(buyers.length * next() ** 2)]!;
      const id = newId();
      const prices = Array.from({ length: 1 + Math.floor(next() * 4) }, () => 100 + Math.floor(next() * 5000));
      const count = prices.length;
      purchase.run(id, buyer, addDays(today, -Math.floor(next() * 5 * 365)), next() < 0.05 ? 'USD' : 'EUR', prices.reduce((sum, price) => sum + price, 0), now, now);
      prices.forEach((price, position) => line.run(newId(), id, position, `Item ${position}`, 1000, price, price));
      lines += count;
      purchases += 1;
    }
  })();
  return { purchases, seconds: (performance.now() - started) / 1000 };
}

async function timed<T>(runs: number, work: () => Promise<T>): Promise<{ times: number[]; last: T }> {
  const times: number[] = [];
  let last!: T;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    last = await work();
    times.push(performance.now() - started);
  }
  return { times, last };
}

export async function runReportsBench(report: BenchReport, dataDir: string): Promise<void> {
  const record = report.section(`Reports: ${LINES.toLocaleString('en')} purchase lines over 5 years on the seeded contacts`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-reports-bench-'));
  try {
    fs.copyFileSync(path.join(dataDir, 'carnet.sqlite'), path.join(work, 'carnet.sqlite'));
    const core = await createCore({ dataDir: work, locale: 'fr-FR', autoBackup: { enabled: false } });
    const { sqlite, db, reader } = core.context.database;
    const contacts = sqlite.prepare('SELECT id FROM contacts WHERE deleted_at IS NULL').pluck().all() as string[];
    const today = localDateOf(new Date());
    const generated = generate(sqlite, contacts, today);
    record({ name: 'generate (prepared inserts, one transaction)', value: generated.seconds, unit: 's', note: `${generated.purchases} purchases` });
    // As the app does with the first purchase (ensureShopCurrency): rankings are in the shop's currency.
    sqlite.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('shopCurrency', '\"EUR\"')").run();
    sqlite.pragma('analysis_limit = 1000');
    sqlite.exec('ANALYZE');
    // The purchases were written straight into the tables: every buyer is noted as changed, as
    // after migration 0010 on an existing database or a very big import. The first read pays it.
    // The core's daily job (due 15 s after start, so right after the generation) may share the work: counted from the table.
    const first = await timed(1, () => ensureFreshSummaries(core.context.database));
    const summarized = sqlite.prepare('SELECT count(*) FROM customer_summary').pluck().get() as number;
    record({ name: 'customer summaries: first computation of every buyer (migration 0010, a huge import)', value: first.times[0]! / 1000, unit: 's', note: `${summarized} customers; done by the daily job 15 s after start` });

    const period = { from: addDays(today, -364), to: today };
    const currency = await shopCurrency(reader);
    const cases: [string, () => Promise<unknown>][] = [
      ['new customers per month (a year)', () => newCustomersPerMonth(reader, period)],
      ['sales per month with the previous year', () => salesPerMonth(reader, period, currency)],
      ['period totals', () => periodTotals(reader, period, currency)],
      ['top 20 customers (Pareto)', () => topCustomers(reader, period, currency)],
      ['overdue customers (median gap, ranked by value)', () => overdueCustomers(reader, today, currency, 200)],
      ['customers behind one month (a bar click)', () => buyersIn(reader, { from: `${today.slice(0, 7)}-01`, to: today })],
      ['whole overview (reports.overview)', () => core.call('reports.overview', { period, today })],
    ];
    for (const [name, work] of cases) {
      const { times } = await timed(RUNS, work);
      record({ name, value: percentile(times, 50), unit: 'ms', target: '< 200 ms', note: `p95 of ${RUNS}: ${percentile(times, 95).toFixed(0)} ms` });
    }
    // A report right after a purchase is saved pays for recomputing that one customer's summary.
    const contact = contacts[Math.floor(contacts.length / 3)]!;
    const afterOne: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await core.call('purchases.add', { contactId: contact, purchasedOn: today, currency: 'EUR', lines: [{ item: 'Coffee', quantity: 1, unitPrice: 450 }] });
      const started = performance.now();
      await core.call('reports.overview', { period, today });
      afterOne.push(performance.now() - started);
    }
    record({ name: 'whole overview right after adding a purchase', value: percentile(afterOne, 50), unit: 'ms', note: 'one customer summary recomputed first; the save is not counted' });
    const rfm = await timed(3, () => db.transaction().execute((trx) => recomputeRfm(trx, today)));
    record({ name: 'RFM recompute for all customers', value: percentile(rfm.times, 50) / 1000, unit: 's', target: '< 2 s', note: `${rfm.last} customers scored` });
    const segment = await timed(RUNS, () => core.call('contacts.list', { segment: 'champions', limit: 100 }));
    record({ name: 'contacts list filtered by a segment (first page)', value: percentile(segment.times, 50), unit: 'ms', note: `${segment.last.total} champions` });
    await core.close();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
