import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import type { CarnetError } from '../../shared/errors.ts';
import { openTempCore } from '../helpers/temp-core.ts';

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => cleanup());

const person = (firstName: string, company = '') => core.call('contacts.create', { firstName, lastName: 'Test', company });
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as CarnetError);
const coffee = (quantity: string | number = '1,5', unitPrice = 1250) => ({ item: 'Café moulu', quantity, unitPrice });

describe('adding purchases', () => {
  it('adds, reads, edits, deletes and restores one, with totals worked out in minor units', async () => {
    const ana = await person('Ana');
    const added = await core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-03-05', currency: 'eur', lines: [coffee(), { item: 'Filtre', quantity: 2, unitPrice: 333 }], reference: 'T-1' });
    expect(added).toMatchObject({ contactId: ana.id, purchasedOn: '2026-03-05', currency: 'EUR', totalMinor: 1875 + 666, reference: 'T-1', source: 'manual', paymentStatus: 'paid', note: '' });
    expect(added.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(added.lines.map((line) => [line.position, line.item, line.quantity, line.quantityMilli, line.unitPriceMinor, line.lineTotalMinor])).toEqual([
      [0, 'Café moulu', '1.5', 1500, 1250, 1875],
      [1, 'Filtre', '2', 2000, 333, 666],
    ]);
    expect(await core.call('purchases.get', { id: added.id })).toEqual(added);

    const updated = await core.call('purchases.update', { id: added.id, fields: { contactId: ana.id, purchasedOn: '2026-03-06', currency: 'EUR', lines: [coffee('1', 1000)], paymentStatus: 'unpaid' } });
    expect(updated).toMatchObject({ id: added.id, purchasedOn: '2026-03-06', totalMinor: 1000, paymentStatus: 'unpaid', reference: '', createdAt: added.createdAt });
    expect(updated.lines).toHaveLength(1);

    expect(await core.call('purchases.delete', { id: added.id })).toEqual({ id: added.id, contactId: ana.id });
    expect((await failure(core.call('purchases.get', { id: added.id })))?.code).toBe('not_found');
    expect((await core.call('purchases.list', { contactId: ana.id })).purchases).toEqual([]);
    const restored = await core.call('purchases.restore', { id: added.id });
    expect(restored.totalMinor).toBe(1000);
  });

  it('sets the shop currency with the first purchase and keeps it after', async () => {
    const ana = await person('Ana');
    expect((await core.call('settings.get', {})).shopCurrency ?? null).toBeNull();
    await core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-03-05', currency: 'JPY', lines: [coffee('1', 500)] });
    expect((await core.call('settings.get', {})).shopCurrency).toBe('JPY');
    await core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-03-05', currency: 'EUR', lines: [coffee('1', 500)] });
    expect((await core.call('settings.get', {})).shopCurrency).toBe('JPY');
  });
});

const on = (contactId: string, purchasedOn: string, unitPrice: number, currency = 'EUR', quantity: string | number = 1) =>
  core.call('purchases.add', { contactId, purchasedOn, currency, lines: [{ item: 'Bread', quantity, unitPrice }] });

describe('customer value', () => {
  it('has nothing to say before the first purchase', async () => {
    const ana = await person('Ana');
    expect(await core.call('purchases.stats', { contactId: ana.id })).toEqual({ contactId: ana.id, orders: 0, values: [], firstPurchase: null, lastPurchase: null, usualIntervalDays: null });
  });

  it('with one purchase: value and basket, no usual interval yet', async () => {
    const ana = await person('Ana');
    await on(ana.id, '2026-02-01', 333, 'EUR', '1,5'); // 4.995 -> 5.00
    expect(await core.call('purchases.stats', { contactId: ana.id })).toEqual({
      contactId: ana.id, orders: 1, values: [{ currency: 'EUR', lifetimeMinor: 500, orders: 1, averageBasketMinor: 500 }], firstPurchase: '2026-02-01', lastPurchase: '2026-02-01', usualIntervalDays: null,
    });
  });

  it('with two purchases on one day: still one visit, no interval', async () => {
    const ana = await person('Ana');
    await on(ana.id, '2026-02-01', 100);
    await on(ana.id, '2026-02-01', 200);
    expect(await core.call('purchases.stats', { contactId: ana.id })).toMatchObject({ orders: 2, usualIntervalDays: null, values: [{ lifetimeMinor: 300, averageBasketMinor: 150 }] });
  });

  it('with many purchases: the median gap, hand-computed, and the average rounded half away from zero', async () => {
    const ana = await person('Ana');
    // Days: 1 Jan, 8 Jan (+7), 10 Jan (+2), 10 Feb (+31), 20 Feb (+10): gaps 2, 7, 10, 31 -> median (7 + 10) / 2 = 8.5
    for (const [day, price] of [['2026-01-01', 100], ['2026-01-08', 100], ['2026-01-10', 101], ['2026-02-10', 100], ['2026-02-20', 100], ['2026-01-08', 100]] as const) await on(ana.id, day, price);
    const stats = await core.call('purchases.stats', { contactId: ana.id });
    expect(stats).toMatchObject({ orders: 6, firstPurchase: '2026-01-01', lastPurchase: '2026-02-20', usualIntervalDays: 8.5 });
    expect(stats.values).toEqual([{ currency: 'EUR', lifetimeMinor: 601, orders: 6, averageBasketMinor: 100 }]); // 100.1666 -> 100
  });

  it('never adds amounts of different currencies: one figure per currency, most orders first', async () => {
    const ana = await person('Ana');
    await on(ana.id, '2026-01-01', 1000, 'EUR');
    await on(ana.id, '2026-01-02', 1500, 'JPY');
    await on(ana.id, '2026-01-03', 2000, 'JPY');
    await on(ana.id, '2026-01-04', 1250, 'BHD');
    const stats = await core.call('purchases.stats', { contactId: ana.id });
    expect(stats.orders).toBe(4);
    expect(stats.values).toEqual([
      { currency: 'JPY', lifetimeMinor: 3500, orders: 2, averageBasketMinor: 1750 },
      { currency: 'BHD', lifetimeMinor: 1250, orders: 1, averageBasketMinor: 1250 },
      { currency: 'EUR', lifetimeMinor: 1000, orders: 1, averageBasketMinor: 1000 },
    ]);
  });

  it('a company’s figures hold its own purchases and its people’s; deleted purchases count for nobody', async () => {
    const ana = await person('Ana', 'Boulangerie Martin');
    const company = (await core.call('contacts.list', { kind: 'company' })).items[0]!;
    await on(company.id, '2026-01-01', 1000);
    const gone = await on(ana.id, '2026-01-11', 500);
    await on(ana.id, '2026-01-21', 700);
    expect(await core.call('purchases.stats', { contactId: company.id })).toMatchObject({ orders: 3, usualIntervalDays: 10, values: [{ lifetimeMinor: 2200 }] });
    expect((await core.call('purchases.list', { contactId: company.id })).purchases.map((purchase) => purchase.purchasedOn)).toEqual(['2026-01-21', '2026-01-11', '2026-01-01']);
    await core.call('purchases.delete', { id: gone.id });
    expect(await core.call('purchases.stats', { contactId: ana.id })).toMatchObject({ orders: 1, values: [{ lifetimeMinor: 700 }] });
  });
});

describe('lists, timeline and events', () => {
  it('pages a contact’s purchases newest first with a cursor, and refuses a made-up cursor', async () => {
    const ana = await person('Ana');
    for (let day = 1; day <= 5; day++) await on(ana.id, `2026-01-0${day}`, day * 100);
    const first = await core.call('purchases.list', { contactId: ana.id, limit: 2 });
    const second = await core.call('purchases.list', { contactId: ana.id, limit: 2, cursor: first.next });
    const third = await core.call('purchases.list', { contactId: ana.id, limit: 2, cursor: second.next });
    expect([...first.purchases, ...second.purchases, ...third.purchases].map((purchase) => purchase.purchasedOn)).toEqual(['2026-01-05', '2026-01-04', '2026-01-03', '2026-01-02', '2026-01-01']);
    expect(third.next).toBeNull();
    expect((await failure(core.call('purchases.list', { contactId: ana.id, cursor: 'made-up' })))?.issues?.[0]?.path).toBe('cursor');
    expect((await failure(core.call('purchases.list', { contactId: 'nobody' })))?.code).toBe('not_found');
  });

  it('places purchases on the timeline at midday of their day among interactions, and pages through them', async () => {
    const ana = await person('Ana');
    const call = await core.call('interactions.log', { type: 'call', occurredAt: '2026-01-02T15:00:00Z', contactIds: [ana.id] });
    await core.call('interactions.log', { type: 'note', occurredAt: '2026-01-02T09:00:00Z', contactIds: [ana.id] });
    const bought = await core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-01-02', currency: 'EUR', lines: [1, 2, 3, 4].map((n) => ({ item: `Item ${n}`, quantity: 1, unitPrice: n })), reference: 'F-9', paymentStatus: 'unpaid' });
    const page = await core.call('timeline.page', { contactId: ana.id });
    expect(page.entries.map((entry) => entry.source)).toEqual(['interaction', 'purchase', 'interaction']);
    expect(page.entries[1]).toEqual({
      source: 'purchase', at: '2026-01-02T12:00:00.000Z',
      purchase: { id: bought.id, contactId: ana.id, purchasedOn: '2026-01-02', currency: 'EUR', totalMinor: 10, reference: 'F-9', paymentStatus: 'unpaid', items: ['Item 1', 'Item 2', 'Item 3'], lineCount: 4 },
    });
    const one = await core.call('timeline.page', { contactId: ana.id, limit: 1 });
    const two = await core.call('timeline.page', { contactId: ana.id, limit: 1, cursor: one.next });
    expect([one.entries[0]?.source === 'interaction' && one.entries[0].interaction.id, two.entries[0]?.source]).toEqual([call.id, 'purchase']);
    expect((await core.call('timeline.page', { contactId: ana.id, kinds: ['call'] })).entries).toHaveLength(1);
  });

  it('tells the screens which contacts changed: the buyer and its company', async () => {
    const ana = await person('Ana', 'Boulangerie Martin');
    const events: unknown[] = [];
    core.onEvent((event) => events.push(event));
    const bought = await on(ana.id, '2026-01-01', 100);
    await core.call('purchases.delete', { id: bought.id });
    expect(events).toEqual([
      { type: 'contacts.changed', ids: [ana.id, ana.companyId] },
      { type: 'contacts.changed', ids: [ana.id, ana.companyId] },
    ]);
  });
});

describe('bad input changes nothing', () => {
  it('refuses a purchase on a contact in the trash, an unknown purchase, and a second purchase with the same reference', async () => {
    const ana = await person('Ana');
    const bob = await person('Bob');
    const first = await core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-01-01', currency: 'EUR', lines: [coffee()], reference: 'INV-1' });
    await core.call('contacts.delete', { id: bob.id });
    expect(await failure(on(bob.id, '2026-01-01', 100))).toMatchObject({ code: 'not_found', issues: [{ path: 'contactId' }] });
    expect((await failure(core.call('purchases.update', { id: first.id, fields: { contactId: bob.id, purchasedOn: '2026-01-01', currency: 'EUR', lines: [coffee()] } })))?.code).toBe('not_found');
    expect((await failure(core.call('purchases.get', { id: 'nope' })))?.code).toBe('not_found');
    expect((await failure(core.call('purchases.delete', { id: 'nope' })))?.code).toBe('not_found');
    expect((await failure(core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-01-02', currency: 'EUR', lines: [coffee()], reference: 'INV-1' })))?.code).toBe('conflict');
    // Its own reference is no conflict on an edit.
    await core.call('purchases.update', { id: first.id, fields: { contactId: ana.id, purchasedOn: '2026-01-03', currency: 'EUR', lines: [coffee()], reference: 'INV-1' } });
    // Undo of a delete whose reference was taken meanwhile.
    await core.call('purchases.delete', { id: first.id });
    await core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-01-02', currency: 'EUR', lines: [coffee()], reference: 'INV-1' });
    expect((await failure(core.call('purchases.restore', { id: first.id })))?.code).toBe('conflict');
    const rows = core.context.database.sqlite.prepare('SELECT count(*) AS n FROM purchases').get();
    expect(rows).toEqual({ n: 2 });
  });

  it('refuses amounts too large to add up exactly, and quantities with more than three decimals', async () => {
    const ana = await person('Ana');
    const huge = { item: 'Ship', quantity: 1_000_000, unitPrice: 1_000_000_000_000 };
    expect(await failure(core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-01-01', currency: 'EUR', lines: [huge] }))).toMatchObject({ code: 'invalid_input' });
    expect(await failure(core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-01-01', currency: 'EUR', lines: [coffee('1,0005')] }))).toMatchObject({ code: 'invalid_input', issues: [{ path: 'lines.0.quantity' }] });
    expect(await failure(core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-01-01', currency: 'EUR', lines: [coffee(-1)] }))).toMatchObject({ code: 'invalid_input' });
    expect(core.context.database.sqlite.prepare('SELECT count(*) AS n FROM purchases').get()).toEqual({ n: 0 });
  });
});

describe('the product list', () => {
  it('grows from what is typed, one product whatever the case and accents, suggested by prefix', async () => {
    const ana = await person('Ana');
    await core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-01-01', currency: 'EUR', lines: [coffee(), { item: 'CAFE MOULU', quantity: 1, unitPrice: 1300 }, { item: 'Croissant', quantity: 2, unitPrice: 110 }] });
    expect(await core.call('products.suggest', { prefix: 'caf' })).toEqual([{ id: expect.any(String), name: 'Café moulu', unitPriceMinor: 1250, currency: 'EUR' }]);
    expect(await core.call('products.suggest', { prefix: '' })).toEqual([]);
    const list = await core.call('products.list', {});
    expect(list.products.map((product) => [product.name, product.lines])).toEqual([['Café moulu', 2], ['Croissant', 1]]);
    expect((await core.call('products.list', { query: 'oiss' })).products.map((product) => product.name)).toEqual(['Croissant']);
    expect((await core.call('products.list', { query: '%' })).total).toBe(0);
  });

  it('renames (a name another product has is a conflict) and merges (lines move, the old name finds the merged product)', async () => {
    const ana = await person('Ana');
    await core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-01-01', currency: 'EUR', lines: [coffee(), { item: 'Coffee', quantity: 1, unitPrice: 1300 }] });
    const products = (await core.call('products.list', {})).products;
    const cafe = products.find((product) => product.name === 'Café moulu')!;
    const coffeeProduct = products.find((product) => product.name === 'Coffee')!;
    expect((await failure(core.call('products.rename', { id: cafe.id, name: 'COFFEE' })))?.code).toBe('conflict');
    expect(await core.call('products.rename', { id: cafe.id, name: 'Ground coffee' })).toMatchObject({ name: 'Ground coffee' });
    expect((await failure(core.call('products.merge', { ids: [cafe.id], intoId: cafe.id })))?.code).toBe('invalid_input');
    expect((await failure(core.call('products.merge', { ids: ['nope'], intoId: cafe.id })))?.issues?.[0]?.path).toBe('ids.0');
    expect(await core.call('products.merge', { ids: [coffeeProduct.id], intoId: cafe.id })).toMatchObject({ product: { id: cafe.id, name: 'Ground coffee' }, merged: 1, linesMoved: 1 });
    expect((await core.call('products.list', {})).products).toEqual([expect.objectContaining({ id: cafe.id, lines: 2 })]);
    // Typing the merged name again files the line under the product it was merged into.
    const again = await core.call('purchases.add', { contactId: ana.id, purchasedOn: '2026-01-02', currency: 'EUR', lines: [{ item: 'coffee', quantity: 1, unitPrice: 1300 }] });
    expect(again.lines[0]?.productId).toBe(cafe.id);
    expect((await failure(core.call('products.rename', { id: coffeeProduct.id, name: 'X' })))?.code).toBe('not_found');
  });
});
