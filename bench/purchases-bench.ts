// Purchases benchmark: CARNET_BENCH_PURCHASES purchases (500,000 by default, about 1.5 million
// lines) generated over the seeded contacts across five years, then adding a purchase through
// dispatch, a contact's customer value (`purchases.stats`), its purchase list, its timeline with
// purchases in it, and product suggestions, on a copy of the data folder.
//
// The purchases are written straight into the database with prepared inserts in one transaction
// (as the interactions benchmark does): half a million `purchases.add` calls would take most of
// an hour and measure nothing the "add a purchase" line below does not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../electron/core/core.ts';
import { newId } from '../electron/core/clock.ts';
import { prepareInsert } from '../electron/core/db/row-statements.ts';
import { productKey } from '../electron/core/purchases/purchase-rows.ts';
import { lineTotalMinor } from '../shared/domain/money.ts';
import { percentile, type BenchReport } from './bench-report.ts';
import { seededRandom } from './contact-generator.ts';

const PURCHASES = Number(process.env.CARNET_BENCH_PURCHASES ?? 500_000);
const PRODUCTS = 2000;
const WORDS = ['Pain', 'Café', 'Thé', 'Croissant', 'Baguette', 'Farine', 'Confiture', 'Miel', 'Vase', 'Bouquet', 'Savon', 'Bougie', 'Carnet', 'Stylo', 'Tasse', 'Matcha', 'Сыр', 'Brot', 'Kaffee', 'Harina'];

export async function runPurchasesBench(report: BenchReport, dataDir: string): Promise<void> {
  const record = report.section(`Purchases: ${PURCHASES.toLocaleString('en')} generated over the seeded contacts, five years`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-purchases-bench-'));
  try {
    fs.copyFileSync(path.join(dataDir, 'carnet.sqlite'), path.join(work, 'carnet.sqlite'));
    const core = await createCore({ dataDir: work, locale: 'fr-FR', autoBackup: { enabled: false } });
    const { sqlite } = core.context.database;
    const contacts = sqlite.prepare('SELECT id FROM contacts WHERE deleted_at IS NULL').pluck().all() as string[];

    const generated = generate(core, contacts);
    record({ name: 'generate (prepared inserts, one transaction)', value: generated.seconds, unit: 's', note: `${Math.round(PURCHASES / generated.seconds)} purchases/s, ${generated.lines.toLocaleString('en')} lines, ${generated.customers.toLocaleString('en')} customers` });
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.exec('ANALYZE');
    record({ name: 'database file size', value: fs.statSync(path.join(work, 'carnet.sqlite')).size / 1024 / 1024, unit: 'MB' });

    const rand = seededRandom(11);
    const customers = sqlite.prepare('SELECT DISTINCT contact_id FROM purchases').pluck().all() as string[];
    const sample = Array.from({ length: 100 }, () => customers[Math.floor(rand() * customers.length)]!);
    const statsTimes = await timeEach(sample, (contactId) => core.call('purchases.stats', { contactId }));
    record({ name: 'customer value (purchases.stats), p50', value: percentile(statsTimes, 50), unit: 'ms' });
    record({ name: 'customer value (purchases.stats), p95', value: percentile(statsTimes, 95), unit: 'ms', target: '< 10 ms', note: `${sample.length} random customers, through dispatch` });
    const busiest = sqlite.prepare('SELECT contact_id, count(*) AS n FROM purchases GROUP BY contact_id ORDER BY n DESC LIMIT 1').get() as { contact_id: string; n: number };
    const busyStats = await timeEach([0, 1, 2], () => core.call('purchases.stats', { contactId: busiest.contact_id }));
    record({ name: 'customer value of the best customer', value: percentile(busyStats, 50), unit: 'ms', target: '< 10 ms', note: `${busiest.n} purchases` });
    const company = sqlite.prepare('SELECT company_id AS id, count(*) AS n FROM contacts WHERE company_id IS NOT NULL AND deleted_at IS NULL GROUP BY company_id ORDER BY n DESC LIMIT 1').get() as { id: string; n: number } | undefined;
    if (company) {
      const companyStats = await timeEach([0, 1, 2], () => core.call('purchases.stats', { contactId: company.id }));
      record({ name: 'customer value of the biggest company (with its people)', value: percentile(companyStats, 50), unit: 'ms', note: `${company.n} people` });
    }

    const listTimes = await timeEach(sample.slice(0, 50), (contactId) => core.call('purchases.list', { contactId, limit: 50 }));
    record({ name: 'purchase list first page (50), p95', value: percentile(listTimes, 95), unit: 'ms' });
    const timelineTimes = await timeEach(sample.slice(0, 50), (contactId) => core.call('timeline.page', { contactId, limit: 30 }));
    record({ name: 'timeline first page (30) with purchases, p95', value: percentile(timelineTimes, 95), unit: 'ms', target: '< 20 ms' });
    const suggestTimes = await timeEach(['c', 'ca', 'caf', 'pain', 'z', 'sy', 'kaf', 'b', 'mi', 'th'], (prefix) => core.call('products.suggest', { prefix }));
    record({ name: 'product suggestions, p95', value: percentile(suggestTimes, 95), unit: 'ms', note: `${PRODUCTS} products` });

    const addTimes = await timeEach(Array.from({ length: 300 }, (_, i) => sample[i % sample.length]!), (contactId) =>
      core.call('purchases.add', {
        contactId,
        purchasedOn: '2026-11-20',
        currency: 'EUR',
        lines: [{ item: 'Café moulu 250 g', quantity: '1,5', unitPrice: 1250 }, { item: 'Croissant', quantity: 6, unitPrice: 110 }, { item: 'Bench item', quantity: 1, unitPrice: 99 }],
        reference: '',
      }),
    );
    record({ name: 'add a purchase (3 lines), p50', value: percentile(addTimes, 50), unit: 'ms' });
    record({ name: 'add a purchase (3 lines), p95', value: percentile(addTimes, 95), unit: 'ms', target: '< 10 ms', note: 'purchases.add through dispatch: validation, products, 2 tables, reload' });
    await core.close();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function timeEach<T>(items: readonly T[], run: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const t = performance.now();
    await run(item);
    times.push(performance.now() - t);
  }
  return times;
}

/**
 * Writes PURCHASES purchases over the last five years on 60% of the contacts, the best customers
 * buying far more often than the rest (a square law), 1 to 5 lines each (3 on average) from
 * PRODUCTS products; 5% in another currency than EUR, 3% with an order number.
 */
function generate(core: Core, contacts: readonly string[]): { seconds: number; lines: number; customers: number } {
  const { sqlite } = core.context.database;
  const insertProduct = prepareInsert(sqlite, 'products');
  const insertPurchase = prepareInsert(sqlite, 'purchases');
  const insertLine = prepareInsert(sqlite, 'purchase_lines');
  const rand = seededRandom(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const customers = contacts.slice(0, Math.floor(contacts.length * 0.6));
  const now = Date.now();
  const fiveYears = 5 * 365 * 86_400_000;
  const started = performance.now();
  let lines = 0;
  sqlite.transaction(() => {
    const stamp = new Date(now - fiveYears).toISOString();
    const products: { id: string; name: string; price: number }[] = [];
    const keys = new Set<string>();
    while (products.length < PRODUCTS) {
      const name = `${pick(WORDS)} ${pick(WORDS).toLowerCase()} ${Math.floor(rand() * 1000)}`;
      if (keys.has(productKey(name))) continue;
      keys.add(productKey(name));
      const product = { id: newId(), name, price: 50 + Math.floor(rand() * 5000) };
      products.push(product);
      insertProduct.run({ id: product.id, name, name_key: productKey(name), unit_price_minor: product.price, currency: 'EUR', merged_into: null, created_at: stamp, updated_at: stamp, deleted_at: null });
    }
    for (let i = 0; i < PURCHASES; i++) {
      const contactId = customers[Math.floor(rand() ** 2 * customers.length)]!;
      const at = new Date(now - rand() * fiveYears).toISOString();
      const currency = rand() < 0.05 ? pick(['USD', 'GBP', 'JPY']) : 'EUR';
      const id = newId();
      const count = 1 + Math.floor(rand() * 5);
      const rows = Array.from({ length: count }, (_, position) => {
        const product = pick(products);
        const quantity = rand() < 0.2 ? 250 + Math.floor(rand() * 3000) : 1000 * (1 + Math.floor(rand() * 3));
        return { id: newId(), purchase_id: id, position, product_id: product.id, item: product.name, quantity_milli: quantity, unit_price_minor: product.price, line_total_minor: lineTotalMinor(quantity, product.price) };
      });
      insertPurchase.run({
        id, contact_id: contactId, purchased_on: at.slice(0, 10), currency, total_minor: rows.reduce((sum, row) => sum + row.line_total_minor, 0),
        reference: rand() < 0.03 ? `#${100000 + i}` : '', source: rand() < 0.03 ? 'shopify' : 'manual', payment_status: rand() < 0.05 ? 'unpaid' : 'paid', note: '',
        import_batch_id: null, created_at: at, updated_at: at, deleted_at: null,
      });
      for (const row of rows) insertLine.run(row);
      lines += count;
    }
  })();
  const buyers = (sqlite.prepare('SELECT count(DISTINCT contact_id) AS n FROM purchases').get() as { n: number }).n;
  return { seconds: (performance.now() - started) / 1000, lines, customers: buyers };
}
