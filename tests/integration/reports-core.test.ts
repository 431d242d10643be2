import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import type { CarnetError } from '../../shared/errors.ts';
import { openTempCore } from '../helpers/temp-core.ts';
import { insertTestPurchases, setShopCurrency, type TestPurchase } from '../helpers/report-purchases.ts';

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => cleanup());

const person = async (firstName: string) => (await core.call('contacts.create', { firstName, lastName: 'Test' })).id;
const buy = (purchases: TestPurchase[]) => insertTestPurchases(core.context.database.sqlite, purchases);
const overview = (from: string, to: string, today = '2026-12-31') => core.call('reports.overview', { period: { from, to }, today });
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as CarnetError);

describe('new customers', () => {
  it('counts a customer once, in the month of their first purchase ever', async () => {
    const [ana, ben, cleo] = [await person('Ana'), await person('Ben'), await person('Cleo')];
    buy([
      { contactId: ana, on: '2025-12-20', minor: 100 }, // first purchase before the period: not new in it
      { contactId: ana, on: '2026-01-05', minor: 100 },
      { contactId: ben, on: '2026-01-31', minor: 100 },
      { contactId: ben, on: '2026-02-01', minor: 100 },
      { contactId: cleo, on: '2026-03-01', minor: 100 },
    ]);
    const report = await overview('2026-01-01', '2026-02-28');
    expect(report.newCustomers).toEqual([
      { month: '2026-01', count: 1, contactIds: [ben] },
      { month: '2026-02', count: 0, contactIds: [] },
    ]);
    // Month buckets are the local dates as written: a ticket of 31 January stays in January.
    expect((await overview('2026-03-01', '2026-03-31')).newCustomers).toEqual([{ month: '2026-03', count: 1, contactIds: [cleo] }]);
  });

  it('leaves out deleted purchases and contacts in the trash', async () => {
    const ana = await person('Ana');
    const ben = await person('Ben');
    const [gone] = buy([{ contactId: ana, on: '2026-01-05', minor: 100 }, { contactId: ben, on: '2026-01-06', minor: 100 }]);
    core.context.database.sqlite.prepare('UPDATE purchases SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), gone);
    await core.call('contacts.delete', { id: ben });
    const report = await overview('2026-01-01', '2026-01-31');
    expect(report.newCustomers[0]!.count).toBe(0);
    expect(report.orders).toBe(0);
  });
});

describe('sales per month', () => {
  it('puts each month beside the same month of the previous year, per currency, never converted', async () => {
    const ana = await person('Ana');
    setShopCurrency(core.context.database.sqlite, 'EUR');
    buy([
      { contactId: ana, on: '2025-01-10', minor: 1000 },
      { contactId: ana, on: '2025-02-28', minor: 500, currency: 'USD' },
      { contactId: ana, on: '2026-01-03', minor: 2000 },
      { contactId: ana, on: '2026-01-04', minor: 250 },
      { contactId: ana, on: '2026-01-04', minor: 700, currency: 'USD' },
      { contactId: ana, on: '2026-02-01', minor: 99, currency: 'CHF' },
    ]);
    const report = await overview('2026-01-01', '2026-02-28');
    expect(report.sales).toEqual([
      {
        month: '2026-01',
        orders: 3,
        amounts: [{ currency: 'EUR', minor: 2250 }, { currency: 'USD', minor: 700 }],
        previousYear: { month: '2025-01', orders: 1, amounts: [{ currency: 'EUR', minor: 1000 }] },
      },
      {
        month: '2026-02',
        orders: 1,
        amounts: [{ currency: 'CHF', minor: 99 }],
        previousYear: { month: '2025-02', orders: 1, amounts: [{ currency: 'USD', minor: 500 }] },
      },
    ]);
    expect(report.revenue).toEqual([{ currency: 'EUR', minor: 2250 }, { currency: 'CHF', minor: 99 }, { currency: 'USD', minor: 700 }]);
    expect(report.orders).toBe(4);
    const buyers = await core.call('reports.buyers', { period: { from: '2026-01-01', to: '2026-01-31' } });
    expect(buyers.contactIds).toEqual([ana]);
  });

  it('refuses a period that ends before it starts or a date that is not one', async () => {
    expect((await failure(overview('2026-02-01', '2026-01-01')))?.code).toBe('invalid_input');
    expect((await failure(overview('2026-02-30', '2026-03-01')))?.code).toBe('invalid_input');
  });
});

describe('top customers (Pareto)', () => {
  it('ranks in the shop currency with shares and cumulative shares; other currencies beside', async () => {
    const [ana, ben, cleo, dan] = [await person('Ana'), await person('Ben'), await person('Cleo'), await person('Dan')];
    setShopCurrency(core.context.database.sqlite, 'EUR');
    buy([
      { contactId: ana, on: '2026-01-01', minor: 5000 },
      { contactId: ana, on: '2026-01-02', minor: 1000, currency: 'USD' },
      { contactId: ben, on: '2026-01-01', minor: 3000 },
      { contactId: cleo, on: '2026-01-01', minor: 2000 },
      { contactId: dan, on: '2026-01-01', minor: 90_000, currency: 'USD' }, // only another currency: not ranked
      { contactId: ben, on: '2025-06-01', minor: 99_999 }, // outside the period
    ]);
    const top = (await overview('2026-01-01', '2026-01-31')).topCustomers;
    expect(top.map((row) => [row.contactId, row.totalMinor])).toEqual([[ana, 5000], [ben, 3000], [cleo, 2000]]);
    expect(top.map((row) => row.share)).toEqual([0.5, 0.3, 0.2]);
    expect(top.map((row) => row.cumulativeShare)).toEqual([0.5, 0.8, 1]);
    expect(top[0]!.otherAmounts).toEqual([{ currency: 'USD', minor: 1000 }]);
  });

  it('takes the most used currency when the shop has none set, and keeps 20', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 22; i++) ids.push(await person(`P${String(i).padStart(2, '0')}`));
    buy(ids.map((contactId, i) => ({ contactId, on: '2026-01-01', minor: 100 * (i + 1), currency: 'GBP' })));
    buy([{ contactId: ids[0]!, on: '2026-01-01', minor: 1, currency: 'EUR' }]);
    const report = await overview('2026-01-01', '2026-01-31');
    expect(report.currency).toBe('GBP');
    expect(report.topCustomers).toHaveLength(20);
    expect(report.topCustomers[0]!.contactId).toBe(ids[21]);
  });
});

describe('overdue customers', () => {
  it('is overdue past 1.5x the median gap, from two purchase days on, most valuable first', async () => {
    const [ana, ben, cleo, dan, eve] = [await person('Ana'), await person('Ben'), await person('Cleo'), await person('Dan'), await person('Eve')];
    setShopCurrency(core.context.database.sqlite, 'EUR');
    buy([
      // Ana: gaps 10, 10, 40 -> median 10; last 2026-03-01; overdue after 15 days.
      { contactId: ana, on: '2026-01-10', minor: 100 },
      { contactId: ana, on: '2026-01-20', minor: 100 },
      { contactId: ana, on: '2026-01-30', minor: 100 },
      { contactId: ana, on: '2026-03-11', minor: 100 },
      // Ben: gaps 10, 30 -> median 20; last 2026-03-01; overdue after 30 days. Worth more.
      { contactId: ben, on: '2026-01-20', minor: 5000 },
      { contactId: ben, on: '2026-01-30', minor: 5000 },
      { contactId: ben, on: '2026-03-01', minor: 5000 },
      // Cleo: one purchase day (two tickets that day): no usual interval, never overdue.
      { contactId: cleo, on: '2025-01-01', minor: 100 },
      { contactId: cleo, on: '2025-01-01', minor: 100 },
      // Dan: gap 100, last 2026-03-01: 30 days later is not overdue.
      { contactId: dan, on: '2025-11-21', minor: 100 },
      { contactId: dan, on: '2026-03-01', minor: 100 },
      // Eve: paid in another currency only: overdue, ranked after those of value in the shop's.
      { contactId: eve, on: '2026-01-01', minor: 100, currency: 'USD' },
      { contactId: eve, on: '2026-01-02', minor: 100, currency: 'USD' },
    ]);
    const at = async (today: string) => (await core.call('reports.overdue', { today })).items.map((row) => row.contactId);
    // 2026-03-26: Ana 15 days since her last (not > 1.5 x 10), Ben 25 (not > 1.5 x 20).
    expect(await at('2026-03-26')).toEqual([eve]);
    expect(await at('2026-03-27')).toEqual([ana, eve]);
    // Exactly 1.5x is not yet overdue: Ben on day 30.
    expect(await at('2026-03-31')).toEqual([ana, eve]);
    const later = await core.call('reports.overdue', { today: '2026-04-01' });
    expect(later.items.map((row) => row.contactId)).toEqual([ben, ana, eve]);
    expect(later.total).toBe(3);
    expect(later.items[0]).toMatchObject({ lastPurchase: '2026-03-01', usualIntervalDays: 20, daysSince: 31, lifetime: [{ currency: 'EUR', minor: 15_000 }] });
    expect(later.items[2]!.lifetime).toEqual([{ currency: 'USD', minor: 200 }]);
    expect((await core.call('reports.overdue', { today: '2026-04-01', limit: 1 })).total).toBe(3);
    expect(later.items[1]!.usualIntervalDays).toBe(10);
  });
});

describe('RFM', () => {
  it('scores quintiles by cumulative distribution: equal values get equal scores', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await person(`C${i}`));
    setShopCurrency(core.context.database.sqlite, 'EUR');
    // Orders per customer: 1,1,1,1,1,1,2,2,3,4 ; spent: 6 customers tie at 100.
    const orders = [1, 1, 1, 1, 1, 1, 2, 2, 3, 4];
    const purchases: TestPurchase[] = [];
    ids.forEach((contactId, i) => {
      for (let n = 0; n < orders[i]!; n++) purchases.push({ contactId, on: `2026-0${1 + (i % 9)}-1${n}`, minor: orders[i] === 1 ? 100 : 1000 * (i + 1) });
    });
    buy(purchases);
    expect(await core.call('reports.recomputeRfm', { today: '2026-12-31' })).toEqual({ customers: 10 });
    const rfm = await Promise.all(ids.map((id) => core.call('reports.rfmOf', { id })));
    // Frequency: six at 1 order -> cume_dist 0.6 -> 3; two at 2 -> 0.8 -> 4; 3 -> 0.9 -> 5; 4 -> 1 -> 5.
    expect(rfm.map((row) => row!.frequency)).toEqual([3, 3, 3, 3, 3, 3, 4, 4, 5, 5]);
    // Monetary: six tie at 100 (3); then 14000, 16000, 27000, 40000 -> 0.7 -> 4, 0.8 -> 4, 0.9 -> 5, 1 -> 5.
    expect(rfm.map((row) => row!.monetary)).toEqual([3, 3, 3, 3, 3, 3, 4, 4, 5, 5]);
    // Recency: last purchase months 01..09, C9 in month 01 again (i % 9): C0 and C9 tie as the oldest.
    expect(rfm[0]!.recency).toBe(rfm[9]!.recency);
    expect(rfm[0]!.recency).toBe(1); // 2 of 10 -> 0.2 -> 1
    expect(rfm[8]!.recency).toBe(5);
    expect(rfm[8]!.segment).toBe('champions'); // R5 F5 M5
    expect(rfm[9]!.segment).toBe('cantLose'); // R1 F5 M5
    expect(rfm[7]!.segment).toBe('champions'); // month 08 -> 0.9 -> R5, F4, M4
    expect(rfm[0]!.segment).toBe('lost'); // R1, F3 (one order among six ties)
  });

  it('names the segments by the documented rules', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await person(`S${i}`));
    buy([
      { contactId: ids[0]!, on: '2026-06-01', minor: 100 }, // newest, one order -> new
      { contactId: ids[1]!, on: '2026-01-01', minor: 100 }, // oldest, one order -> lost
    ]);
    await core.call('reports.recomputeRfm', { today: '2026-12-31' });
    expect((await core.call('reports.rfmOf', { id: ids[0]! }))?.segment).toBe('new');
    expect((await core.call('reports.rfmOf', { id: ids[1]! }))?.segment).toBe('potentialLoyalist');
    expect(await core.call('reports.rfmOf', { id: ids[2]! })).toBeNull();
    expect((await core.call('reports.segmentCounts', {})).sort((a, b) => a.segment.localeCompare(b.segment))).toEqual([{ segment: 'new', count: 1 }, { segment: 'potentialLoyalist', count: 1 }]);
    const listed = await core.call('contacts.list', { segment: 'new' });
    expect(listed.items.map((item) => item.id)).toEqual([ids[0]]);
    const byIds = await core.call('contacts.list', { ids: [ids[3]!, ids[4]!, 'no-such-id'] });
    expect(byIds.items.map((item) => item.id).sort()).toEqual([ids[3], ids[4]].sort());
    expect(byIds.total).toBe(2);
  });

  it('does not count purchases dated after today, and empties with no purchases', async () => {
    const ana = await person('Ana');
    buy([{ contactId: ana, on: '2027-01-01', minor: 100 }]);
    expect(await core.call('reports.recomputeRfm', { today: '2026-12-31' })).toEqual({ customers: 0 });
  });
});

describe('empty database', () => {
  it('answers with empty reports and no currency', async () => {
    const report = await overview('2026-01-01', '2026-03-31');
    expect(report).toMatchObject({ currency: null, purchaseCount: 0, orders: 0, revenue: [], topCustomers: [], overdue: [], overdueTotal: 0 });
    expect(report.sales.map((row) => row.month)).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});

describe('CSV export', () => {
  it('writes a report with one column per currency, names quoted, never over an earlier file', async () => {
    const { makeTempDir } = await import('../helpers/temp-core.ts');
    const fs = await import('node:fs');
    const folder = makeTempDir('carnet-report-csv-');
    try {
      const ana = (await core.call('contacts.create', { firstName: 'Ana, "la"', lastName: 'Test' })).id;
      setShopCurrency(core.context.database.sqlite, 'EUR');
      buy([{ contactId: ana, on: '2026-01-05', minor: 123_45 }, { contactId: ana, on: '2026-01-06', minor: 500, currency: 'JPY' }]);
      const input = { report: 'topCustomers' as const, period: { from: '2026-01-01', to: '2026-01-31' }, today: '2026-02-01', folder: folder.dir };
      const written = await core.call('reports.exportCsv', input);
      expect(written.rows).toBe(1);
      expect(fs.readFileSync(written.path, 'utf8')).toBe(`rank,contactId,name,EUR,sharePercent,cumulativeSharePercent,JPY\r\n1,${ana},"Ana, ""la"" Test",123.45,100.00,100.00,500\r\n`);
      const again = await core.call('reports.exportCsv', input);
      expect(again.path).not.toBe(written.path);
      const sales = await core.call('reports.exportCsv', { ...input, report: 'sales' });
      expect(fs.readFileSync(sales.path, 'utf8').split('\r\n')[0]).toBe('month,orders,EUR,JPY,previousYearMonth,previousYearOrders,previousYearEUR,previousYearJPY');
      expect((await failure(core.call('reports.exportCsv', { ...input, folder: `${folder.dir}/missing` })))?.code).toBeTruthy();
    } finally {
      folder.cleanup();
    }
  });
});

describe('top customers: ties at the last place', () => {
  it('settles ties by name even when more customers tie than the ranking reads at once', async () => {
    setShopCurrency(core.context.database.sqlite, 'EUR');
    // 80 customers who all spent 10.00: more than the 20 shown plus the 50 read beyond them.
    const names = Array.from({ length: 80 }, (_, i) => `Tie${String(79 - i).padStart(2, '0')}`);
    const ids = new Map<string, string>();
    for (const name of names) ids.set(name, await person(name));
    const best = await person('Zoe');
    buy([...names.map((name) => ({ contactId: ids.get(name)!, on: '2026-05-01', minor: 1000 })), { contactId: best, on: '2026-05-02', minor: 5000 }]);
    const top = (await overview('2026-01-01', '2026-12-31')).topCustomers;
    expect(top).toHaveLength(20);
    expect(top[0]).toMatchObject({ displayName: 'Zoe Test', totalMinor: 5000, share: 5000 / 85_000 });
    // By hand: the ties go by name, Tie00 to Tie18.
    expect(top.slice(1).map((row) => row.displayName)).toEqual(Array.from({ length: 19 }, (_, i) => `Tie${String(i).padStart(2, '0')} Test`));
    expect(top[19]!.cumulativeShare).toBeCloseTo((5000 + 19 * 1000) / 85_000, 10);
  });
});
