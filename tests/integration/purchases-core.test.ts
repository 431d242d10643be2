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
