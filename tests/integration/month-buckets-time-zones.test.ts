import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { newPurchaseDraft } from '../../renderer/features/purchases/form-model.ts';
import { presetPeriod } from '../../renderer/features/reports/report-period-store.ts';
import { localToday } from '../../renderer/stores/today-store.ts';
import { importSales, purchaseRows } from '../helpers/sales-helpers.ts';
import { openTempCore } from '../helpers/temp-core.ts';

/**
 * Month buckets across time zones, every expected value worked out by hand (offsets of January,
 * February and December 2024: Kiritimati UTC+14, Los Angeles UTC-8 (no daylight saving before
 * 10 March), UTC, Kolkata UTC+5:30).
 *
 * The rule under test: a purchase is a local date (`purchased_on`). The counter form's default is
 * the computer's own day; an imported timestamp gives the day written in the file, its time and
 * offset ignored (the shop's own day: Shopify writes the shop's local time with its offset), so
 * the same file gives the same days on any computer; reports bucket by that date alone, whatever
 * the zone the app runs in.
 *
 * Node reads `process.env.TZ` again when it changes at run time, so each zone runs in this process.
 */
const ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata'] as const;
type Zone = (typeof ZONES)[number];

const originalTz = process.env.TZ;
function setZone(zone: string | undefined): void {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
}
afterAll(() => setZone(originalTz));

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  setZone(originalTz);
});

async function tempCore(): Promise<Core> {
  const opened = await openTempCore();
  cleanups.push(opened.cleanup);
  return opened.core;
}

describe('the counter form starts on the computer’s own day', () => {
  // Instant -> the wall-clock day in each zone, by hand.
  const cases: { instant: string; days: Record<Zone, string> }[] = [
    // 23:30 UTC on 31 January: 13:30 on 1 Feb in Kiritimati, 15:30 on 31 Jan in LA, 05:00 on 1 Feb in Kolkata.
    { instant: '2024-01-31T23:30:00Z', days: { 'Pacific/Kiritimati': '2024-02-01', 'America/Los_Angeles': '2024-01-31', UTC: '2024-01-31', 'Asia/Kolkata': '2024-02-01' } },
    // 07:30 UTC on 1 March (leap year): 23:30 on 29 Feb in LA, 21:30 on 1 March in Kiritimati, 13:00 in Kolkata.
    { instant: '2024-03-01T07:30:00Z', days: { 'Pacific/Kiritimati': '2024-03-01', 'America/Los_Angeles': '2024-02-29', UTC: '2024-03-01', 'Asia/Kolkata': '2024-03-01' } },
    // 10:30 UTC on 31 December: 00:30 on 1 January 2025 in Kiritimati, 02:30 in LA, 16:00 in Kolkata.
    { instant: '2024-12-31T10:30:00Z', days: { 'Pacific/Kiritimati': '2025-01-01', 'America/Los_Angeles': '2024-12-31', UTC: '2024-12-31', 'Asia/Kolkata': '2024-12-31' } },
    // 19:00 UTC on 31 December: 09:00 on 1 Jan in Kiritimati, 11:00 on 31 Dec in LA, 00:30 on 1 Jan in Kolkata.
    { instant: '2024-12-31T19:00:00Z', days: { 'Pacific/Kiritimati': '2025-01-01', 'America/Los_Angeles': '2024-12-31', UTC: '2024-12-31', 'Asia/Kolkata': '2025-01-01' } },
  ];

  for (const zone of ZONES) {
    it(`in ${zone}`, () => {
      setZone(zone);
      for (const { instant, days } of cases) {
        const today = localToday(new Date(instant));
        expect(today, instant).toBe(days[zone]);
        expect(newPurchaseDraft('EUR', today).purchasedOn, instant).toBe(days[zone]);
      }
    });
  }

  it('the reports’ default period ends on that day too', () => {
    // 20:00 UTC on 29 Feb 2024 is 10:00 on 1 March in Kiritimati, 12:00 on 29 Feb in LA.
    setZone('Pacific/Kiritimati');
    expect(presetPeriod('last12', localToday(new Date('2024-02-29T20:00:00Z')))).toEqual({ from: '2023-04-01', to: '2024-03-01' });
    setZone('America/Los_Angeles');
    expect(presetPeriod('last12', localToday(new Date('2024-02-29T20:00:00Z')))).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(presetPeriod('thisYear', localToday(new Date('2025-01-01T07:59:00Z')))).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(presetPeriod('lastYear', localToday(new Date('2025-01-01T07:59:00Z')))).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });
});

/**
 * A Shopify export (timestamps in the shop's zone with its offset, the order's fields on its first
 * row) and a generic file with UTC timestamps. Ana's two orders straddle New Year in zones at
 * both ends of the world; Ben's is late on 31 January in Paris; Cleo's a minute into 1 February in
 * UTC (still 31 January in Los Angeles); Dan's the last minute of 29 February in Los Angeles
 * (already 1 March in UTC).
 */
const SHOPIFY = [
  'Name,Email,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing Name',
  '#2001,ana@example.com,EUR,2023-12-31 23:45:00 +1400,1,Gift box,10.00,Ana Lima',
  '#2002,ana@example.com,EUR,2024-01-01 00:15:00 -1000,1,Candle,5.00,Ana Lima',
  '#2003,ben@example.com,EUR,2024-01-31 23:30:00 +0100,2,Coffee,10.00,Ben Cohen',
  '#2004,dan@example.com,EUR,2024-02-29 23:59:00 -0800,1,Teapot,40.00,Dan Roy',
].join('\n');
const GENERIC_UTC = ['Invoice,Date,Customer,Email,Item,Qty,Price,Currency', 'F-1,2024-02-01T00:30:00Z,Cleo Diaz,cleo@example.com,Tea,3,10.00,EUR'].join('\n');
/** The previous year, for the comparison months: Eve's purchases, in UTC, written in the file. */
const PREVIOUS_YEAR = [
  'Invoice,Date,Customer,Email,Item,Qty,Price,Currency',
  'E-1,2022-12-31T23:59:59Z,Eve Park,eve@example.com,Tea,1,2.50,EUR',
  'E-2,2023-01-01T00:00:00Z,Eve Park,eve@example.com,Tea,1,1.50,EUR',
  'E-3,2023-02-01 08:00:00 +0530,Eve Park,eve@example.com,Tea,1,3.00,EUR',
  'E-4,2023-02-28 23:00:00 -0800,Eve Park,eve@example.com,Tea,1,7.00,EUR',
  'E-5,2023-03-01T00:00:00Z,Eve Park,eve@example.com,Tea,1,9.00,EUR',
].join('\n');

async function importAll(core: Core): Promise<void> {
  for (const [name, text] of [['orders_export.csv', SHOPIFY], ['invoices.csv', GENERIC_UTC], ['invoices-2023.csv', PREVIOUS_YEAR]] as const) {
    const summary = await importSales(core, name, { createCustomers: true }, text);
    expect(summary.errors, name).toEqual([]);
  }
}

describe('imported timestamps and report months, in every zone the app may run in', () => {
  for (const zone of ZONES) {
    it(`in ${zone}`, async () => {
      setZone(zone);
      const core = await tempCore();
      await importAll(core);

      // (a) The day written in the file, whatever the offset or this computer's zone.
      const days = purchaseRows(core).map((row) => [row.reference, row.customer, row.date, row.total]);
      expect(days).toEqual([
        ['E-1', 'Eve Park', '2022-12-31', 250],
        ['E-2', 'Eve Park', '2023-01-01', 150],
        ['E-3', 'Eve Park', '2023-02-01', 300],
        ['E-4', 'Eve Park', '2023-02-28', 700],
        ['E-5', 'Eve Park', '2023-03-01', 900],
        ['#2001', 'Ana Lima', '2023-12-31', 1000],
        ['#2002', 'Ana Lima', '2024-01-01', 500],
        ['#2003', 'Ben Cohen', '2024-01-31', 2000],
        ['F-1', 'Cleo Diaz', '2024-02-01', 3000],
        ['#2004', 'Dan Roy', '2024-02-29', 4000],
      ]);
      const id = Object.fromEntries(purchaseRows(core).map((row) => [row.customer, row.contactId]));

      // (b) Months: December 2023 to February 2024 (29 days), each beside the same month of 2023/2022.
      const report = await core.call('reports.overview', { period: { from: '2023-12-01', to: '2024-02-29' }, today: '2024-03-01' });
      expect(report.currency).toBe('EUR');
      expect(report.newCustomers.map((month) => [month.month, month.count, [...month.contactIds].sort()])).toEqual([
        ['2023-12', 1, [id['Ana Lima']]], // Eve first bought in 2022: not new in the period
        ['2024-01', 1, [id['Ben Cohen']]],
        ['2024-02', 2, [id['Cleo Diaz'], id['Dan Roy']].sort()],
      ]);
      expect(report.sales).toEqual([
        { month: '2023-12', orders: 1, amounts: [{ currency: 'EUR', minor: 1000 }], previousYear: { month: '2022-12', orders: 1, amounts: [{ currency: 'EUR', minor: 250 }] } },
        { month: '2024-01', orders: 2, amounts: [{ currency: 'EUR', minor: 2500 }], previousYear: { month: '2023-01', orders: 1, amounts: [{ currency: 'EUR', minor: 150 }] } },
        // 29 February 2024 is in February; February 2023 (28 days) holds E-3 and E-4, not E-5 of 1 March.
        { month: '2024-02', orders: 2, amounts: [{ currency: 'EUR', minor: 7000 }], previousYear: { month: '2023-02', orders: 2, amounts: [{ currency: 'EUR', minor: 1000 }] } },
      ]);
      expect(report.orders).toBe(5);
      expect(report.revenue).toEqual([{ currency: 'EUR', minor: 10_500 }]);
      expect(report.topCustomers.map((customer) => [customer.displayName, customer.totalMinor])).toEqual([
        ['Dan Roy', 4000],
        ['Cleo Diaz', 3000],
        ['Ben Cohen', 2000],
        ['Ana Lima', 1500],
      ]);

      // The leap day alone: compared with 28 February 2023 (there is no 29th), E-4 only.
      const leapDay = await core.call('reports.overview', { period: { from: '2024-02-29', to: '2024-02-29' }, today: '2024-03-01' });
      expect(leapDay.sales).toEqual([
        { month: '2024-02', orders: 1, amounts: [{ currency: 'EUR', minor: 4000 }], previousYear: { month: '2023-02', orders: 1, amounts: [{ currency: 'EUR', minor: 700 }] } },
      ]);
      expect(leapDay.newCustomers).toEqual([{ month: '2024-02', count: 1, contactIds: [id['Dan Roy']] }]);

      // New Year: 31 December and 1 January fall in their own years.
      const newYear = await core.call('reports.overview', { period: { from: '2024-01-01', to: '2024-01-01' }, today: '2024-03-01' });
      expect(newYear.newCustomers).toEqual([{ month: '2024-01', count: 0, contactIds: [] }]); // Ana was new on 31 December
      expect(newYear.sales[0]).toMatchObject({ month: '2024-01', orders: 1, amounts: [{ currency: 'EUR', minor: 500 }], previousYear: { month: '2023-01', orders: 1 } });
    });
  }

  it('takes a sale written in UTC that is already tomorrow there (an evening export in Los Angeles)', async () => {
    setZone('America/Los_Angeles');
    // 20:00 on 31 January 2024 in Los Angeles is 04:00 on 1 February in UTC: a sale rung up half
    // an hour ago is written "2024-02-01T03:30:00Z", a day after this computer's own date.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-02-01T04:00:00Z'));
    try {
      expect(localToday()).toBe('2024-01-31');
      const core = await tempCore();
      const text = ['Invoice,Date,Customer,Email,Item,Qty,Price,Currency', 'F-9,2024-02-01T03:30:00Z,Cleo Diaz,cleo@example.com,Tea,1,4.00,EUR'].join('\n');
      const summary = await importSales(core, 'evening.csv', { createCustomers: true }, text);
      expect(summary.errors).toEqual([]);
      expect(purchaseRows(core).map((row) => [row.reference, row.date])).toEqual([['F-9', '2024-02-01']]);
      // A date years ahead is still refused: a typo, not a time zone.
      const typo = ['Invoice,Date,Customer,Email,Item,Qty,Price,Currency', 'F-10,2042-02-01,Cleo Diaz,cleo@example.com,Tea,1,4.00,EUR'].join('\n');
      const refused = await importSales(core, 'typo.csv', { createCustomers: true }, typo);
      expect(refused.errors).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a purchase added on the counter keeps its day in every zone', async () => {
    const core = await tempCore();
    const ana = await core.call('contacts.create', { firstName: 'Ana', lastName: 'Lima' });
    for (const purchasedOn of ['2023-12-31', '2024-01-01', '2024-01-31', '2024-02-01', '2024-02-29']) {
      await core.call('purchases.add', { contactId: ana.id, purchasedOn, currency: 'EUR', lines: [{ item: 'Bread', quantity: 1, unitPrice: 100 }] });
    }
    for (const zone of ZONES) {
      setZone(zone);
      const report = await core.call('reports.overview', { period: { from: '2023-12-01', to: '2024-02-29' }, today: '2024-03-01' });
      expect(report.sales.map((month) => [month.month, month.orders]), zone).toEqual([
        ['2023-12', 1],
        ['2024-01', 2],
        ['2024-02', 2],
      ]);
      expect(report.newCustomers.map((month) => month.count), zone).toEqual([1, 0, 0]);
      const stats = await core.call('purchases.stats', { contactId: ana.id });
      expect([stats.firstPurchase, stats.lastPurchase], zone).toEqual(['2023-12-31', '2024-02-29']);
    }
  });
});
