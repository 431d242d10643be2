import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import { DATABASE_FILE_NAME } from '../../electron/core/db/open-database.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { runCarnet } from '../helpers/run-cli.ts';
import { insertTestPurchases, setShopCurrency } from '../helpers/report-purchases.ts';

let dir: string;
let cleanup: () => void;
const carnet = (...argv: string[]) => runCarnet(['--data', dir, ...argv]);
let ana = '';
let ben = '';

beforeEach(async () => {
  ({ dir, cleanup } = makeTempDir());
  const core = await createCore({ dataDir: dir, locale: 'fr-FR', autoBackup: { enabled: false } });
  ana = (await core.call('contacts.create', { firstName: 'Ana', lastName: 'Pérez' })).id;
  ben = (await core.call('contacts.create', { firstName: 'Ben', lastName: 'Gil' })).id;
  await core.close();
});
afterEach(() => cleanup());

function seed(): void {
  const sqlite = new Database(path.join(dir, DATABASE_FILE_NAME));
  try {
    setShopCurrency(sqlite, 'EUR');
    insertTestPurchases(sqlite, [
      { contactId: ana, on: '2025-01-10', minor: 1000 },
      { contactId: ana, on: '2025-02-10', minor: 123_450 },
      { contactId: ana, on: '2025-02-11', minor: 500, currency: 'USD' },
      { contactId: ben, on: '2025-02-20', minor: 2000 },
      { contactId: ben, on: '2025-03-20', minor: 999, currency: 'JPY' },
    ]);
  } finally {
    sqlite.close();
  }
}

describe('carnet report summary', () => {
  it('prints the documented JSON: new customers, orders, revenue per currency, top customers, at risk', async () => {
    seed();
    const result = await carnet('report', 'summary', '--from', '2025-02-01', '--to', '2025-03-31', '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['newCustomers', 'orders', 'revenue', 'topCustomers', 'atRisk']);
    expect(json).toMatchObject({
      newCustomers: 1, // Ben; Ana first bought in January
      orders: 4,
      revenue: { EUR: 1254.5, JPY: 999, USD: 5 },
      topCustomers: [
        { id: ana, name: 'Ana Pérez', total: { EUR: 1234.5, USD: 5 } },
        { id: ben, name: 'Ben Gil', total: { EUR: 20, JPY: 999 } },
      ],
    });
    // Both are long overdue by today: Ana (gaps 31, 1 -> median 16) first, worth more.
    expect(json.atRisk).toEqual([
      { id: ana, name: 'Ana Pérez', lastPurchase: '2025-02-11', usualIntervalDays: 16 },
      { id: ben, name: 'Ben Gil', lastPurchase: '2025-03-20', usualIntervalDays: 28 },
    ]);
  });

  it('says what to do with no purchases, prints text otherwise, and refuses bad dates', async () => {
    expect((await carnet('report', 'summary')).stdout).toContain('No purchases yet');
    seed();
    const text = await carnet('report', 'summary', '--from', '2025-01-01', '--to', '2025-12-31');
    expect(text.stdout).toContain('From 2025-01-01 to 2025-12-31: 5 orders, 2 new customers, revenue 1264.50 EUR + 999 JPY + 5.00 USD');
    expect(text.stdout).toMatch(/1\. Ana Pérez {2}1244\.50 EUR \+ 5\.00 USD {2}98\.4%/);
    const bad = await carnet('report', 'summary', '--from', '2025-02-30');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--from takes a date as YYYY-MM-DD');
    const reversed = await carnet('report', 'summary', '--from', '2025-03-01', '--to', '2025-01-01');
    expect(reversed.stderr).toContain('is after --to');
  });
});
