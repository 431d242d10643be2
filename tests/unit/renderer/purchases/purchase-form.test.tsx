// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ClientContext } from '../../../../renderer/app/client-context.ts';
import { CustomerValuePanel } from '../../../../renderer/features/purchases/CustomerValuePanel.tsx';
import { Toasts } from '../../../../renderer/components/Toasts.tsx';
import { useSettings } from '../../../../renderer/stores/settings-store.ts';
import { useToasts } from '../../../../renderer/stores/toast-store.ts';
import type { Settings } from '../../../../shared/contract/app.ts';
import type { Purchase, PurchaseStats } from '../../../../shared/contract/purchases.ts';
import { CarnetError } from '../../../../shared/errors.ts';
import { contact, fakeClient, type FakeClient } from '../fake-client.ts';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 150)));
const ada = contact({ id: 'ada', displayName: 'Ada Lovelace' });
const baseSettings: Settings = { defaultCountry: 'FR', countryConfirmed: true, language: 'en', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: 'EUR' };

beforeEach(() => {
  useSettings.setState({ settings: { ...baseSettings }, status: 'ready', error: null });
  useToasts.setState({ toasts: [] });
});
afterEach(cleanup);

function purchase(id: string, overrides: Partial<Purchase> = {}): Purchase {
  return {
    id, contactId: 'ada', purchasedOn: '2026-11-20', currency: 'EUR', totalMinor: 1049, reference: 'T-17', source: 'manual', paymentStatus: 'paid', note: 'Gift wrap', importBatchId: null,
    lines: [
      { id: `${id}-1`, position: 0, productId: 'p1', item: 'Coffee beans', quantityMilli: 1500, quantity: '1.5', unitPriceMinor: 499, lineTotalMinor: 749 },
      { id: `${id}-2`, position: 1, productId: 'p2', item: 'Croissant', quantityMilli: 1000, quantity: '1', unitPriceMinor: 300, lineTotalMinor: 300 },
    ],
    createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z', ...overrides,
  };
}

function stats(purchases: Purchase[]): PurchaseStats {
  const total = purchases.reduce((sum, p) => sum + p.totalMinor, 0);
  return {
    contactId: 'ada', orders: purchases.length,
    values: purchases.length ? [{ currency: 'EUR', lifetimeMinor: total, orders: purchases.length, averageBasketMinor: Math.round(total / purchases.length) }] : [],
    firstPurchase: purchases.at(-1)?.purchasedOn ?? null, lastPurchase: purchases[0]?.purchasedOn ?? null, usualIntervalDays: purchases.length >= 2 ? 14 : null,
  };
}

function core(saved: Purchase[] = []): FakeClient {
  const store = [...saved];
  return fakeClient({
    'purchases.stats': () => stats(store),
    'purchases.list': () => ({ purchases: store, next: null }),
    'purchases.add': (input) => {
      const added = purchase('new', { purchasedOn: input.purchasedOn, currency: input.currency, totalMinor: 1234 });
      store.unshift(added);
      return added;
    },
    'purchases.delete': ({ id }) => ({ id, contactId: 'ada' }),
    'purchases.restore': ({ id }) => purchase(id),
    'products.suggest': ({ prefix }) => ('coffee beans'.startsWith(prefix.toLowerCase()) ? [{ id: 'p1', name: 'Coffee beans', unitPriceMinor: 499, currency: 'EUR' }] : []),
    'settings.get': () => ({ ...baseSettings }),
  });
}

function renderPanel(client: FakeClient) {
  render(
    <ClientContext.Provider value={client}>
      <CustomerValuePanel contact={ada} />
      <Toasts />
    </ClientContext.Provider>,
  );
}

async function openForm() {
  fireEvent.keyDown(window, { key: 'p', code: 'KeyP' });
  await settle();
  return screen.getByRole('dialog', { name: 'Purchase by Ada Lovelace' });
}

describe('the purchase form', () => {
  it('opens with P, keeps its last line empty, and totals the lines live in exact cents', async () => {
    const client = core();
    renderPanel(client);
    await settle();
    expect(screen.getByText('No purchase yet')).toBeTruthy();
    const dialog = await openForm();
    expect(within(dialog).getByLabelText('Item, line 1')).toBe(document.activeElement);
    expect(within(dialog).queryByLabelText('Item, line 2')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('Item, line 1'), { target: { value: 'Candy' } });
    expect(within(dialog).getByLabelText('Item, line 2')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Quantity, line 1'), { target: { value: '3' } });
    fireEvent.change(within(dialog).getByLabelText('Unit price, line 1'), { target: { value: '0.10' } });
    fireEvent.change(within(dialog).getByLabelText('Item, line 2'), { target: { value: 'Flour' } });
    fireEvent.change(within(dialog).getByLabelText('Quantity, line 2'), { target: { value: '1.5' } });
    fireEvent.change(within(dialog).getByLabelText('Unit price, line 2'), { target: { value: '2.99' } });
    expect(within(dialog).getByLabelText('Line 1 total').textContent).toBe('€0.30');
    expect(within(dialog).getByLabelText('Line 2 total').textContent).toBe('€4.49');
    expect(within(dialog).getByRole('status', { name: 'Total' }).textContent).toBe('€4.79');
    expect(within(dialog).getByLabelText('Item, line 3')).toHaveProperty('value', '');
  });

  it('saves on Enter with the lines as the contract carries them, and offers Undo', async () => {
    const client = core();
    renderPanel(client);
    await settle();
    const dialog = await openForm();
    fireEvent.change(within(dialog).getByLabelText('Item, line 1'), { target: { value: 'Tea' } });
    fireEvent.change(within(dialog).getByLabelText('Quantity, line 1'), { target: { value: '0.25' } });
    fireEvent.change(within(dialog).getByLabelText('Unit price, line 1'), { target: { value: '12' } });
    fireEvent.keyDown(within(dialog).getByLabelText('Unit price, line 1'), { key: 'Enter' });
    await settle();
    expect(client.callsTo('purchases.add')).toEqual([
      expect.objectContaining({ contactId: 'ada', currency: 'EUR', paymentStatus: 'paid', lines: [{ item: 'Tea', quantity: '0.25', unitPrice: 1200 }] }),
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await settle();
    expect(client.callsTo('purchases.delete')).toEqual([{ id: 'new' }]);
  });

  it('refuses a line without an item, says so by the line, and saves nothing', async () => {
    const client = core();
    renderPanel(client);
    await settle();
    const dialog = await openForm();
    fireEvent.change(within(dialog).getByLabelText('Unit price, line 1'), { target: { value: '3' } });
    fireEvent.keyDown(within(dialog).getByLabelText('Unit price, line 1'), { key: 'Enter' });
    await settle();
    expect(within(dialog).getByText('Give this line an item.')).toBeTruthy();
    expect(within(dialog).getByLabelText('Item, line 1').getAttribute('aria-invalid')).toBe('true');
    expect(client.callsTo('purchases.add')).toEqual([]);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('repeats the last purchase, lines and all, in the locale writing', async () => {
    const client = core([purchase('last')]);
    renderPanel(client);
    await settle();
    const dialog = await openForm();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Repeat last purchase' }));
    expect(within(dialog).getByLabelText('Item, line 1')).toHaveProperty('value', 'Coffee beans');
    expect(within(dialog).getByLabelText('Quantity, line 1')).toHaveProperty('value', '1.5');
    expect(within(dialog).getByLabelText('Unit price, line 1')).toHaveProperty('value', '4.99');
    expect(within(dialog).getByLabelText('Item, line 2')).toHaveProperty('value', 'Croissant');
    expect(within(dialog).getByLabelText('Item, line 3')).toHaveProperty('value', '');
    expect(within(dialog).getByRole('status', { name: 'Total' }).textContent).toBe('€10.49');
  });

  it('has nothing to repeat for a first purchase, and asks the shop currency then', async () => {
    useSettings.setState({ settings: { ...baseSettings, shopCurrency: null } });
    const client = core();
    renderPanel(client);
    await settle();
    const dialog = await openForm();
    expect(within(dialog).getByRole('button', { name: 'Repeat last purchase' })).toHaveProperty('disabled', true);
    const question = within(dialog).getByLabelText('Which currency does your shop use?');
    expect(question).toHaveProperty('value', 'EUR');
    fireEvent.change(question, { target: { value: 'JPY' } });
    fireEvent.change(within(dialog).getByLabelText('Item, line 1'), { target: { value: 'Ramen' } });
    fireEvent.change(within(dialog).getByLabelText('Unit price, line 1'), { target: { value: '850' } });
    expect(within(dialog).getByRole('status', { name: 'Total' }).textContent).toBe('¥850');
    fireEvent.keyDown(within(dialog).getByLabelText('Item, line 1'), { key: 'Enter' });
    await settle();
    expect(client.callsTo('purchases.add')).toEqual([expect.objectContaining({ currency: 'JPY', lines: [{ item: 'Ramen', quantity: '1', unitPrice: 850 }] })]);
  });

  it('fills the last price of a suggested product', async () => {
    const client = core();
    renderPanel(client);
    await settle();
    const dialog = await openForm();
    const item = within(dialog).getByLabelText('Item, line 1');
    fireEvent.change(item, { target: { value: 'cof' } });
    await settle();
    fireEvent.keyDown(item, { key: 'ArrowDown' });
    fireEvent.keyDown(item, { key: 'Enter' });
    expect(item).toHaveProperty('value', 'Coffee beans');
    expect(within(dialog).getByLabelText('Unit price, line 1')).toHaveProperty('value', '4.99');
    expect(client.callsTo('purchases.add')).toEqual([]);
  });
});

describe('the customer value panel', () => {
  it('shows lifetime value, orders, average basket, dates and the usual interval, and deletes with Undo', async () => {
    const client = core([purchase('b', { purchasedOn: '2026-11-20', totalMinor: 2000 }), purchase('a', { purchasedOn: '2026-11-06', totalMinor: 1000 })]);
    renderPanel(client);
    await settle();
    const panel = screen.getByRole('region', { name: 'Purchases' });
    expect(within(panel).getByText('€30.00')).toBeTruthy();
    expect(within(panel).getByText('€15.00')).toBeTruthy();
    expect(within(panel).getByText('every 14 days')).toBeTruthy();
    const list = within(panel).getByRole('list', { name: 'Purchase list' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(within(list).getByRole('button', { name: 'Delete purchase of Nov 20, 2026' }));
    await settle();
    expect(client.callsTo('purchases.delete')).toEqual([{ id: 'b' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await settle();
    expect(client.callsTo('purchases.restore')).toEqual([{ id: 'b' }]);
  });

  it('says a usual interval of an even number of gaps as it is (8.5 days), and mixed currencies side by side', async () => {
    const client = core([purchase('a')]);
    const call = client.call.bind(client);
    client.call = (async (method: string, input: unknown) => {
      if (method === 'purchases.stats') {
        return { ...stats([purchase('a')]), orders: 3, usualIntervalDays: 8.5, values: [{ currency: 'USD', lifetimeMinor: 2500, orders: 2, averageBasketMinor: 1250 }, { currency: 'EUR', lifetimeMinor: 1049, orders: 1, averageBasketMinor: 1049 }] };
      }
      return call(method as never, input as never);
    }) as FakeClient['call'];
    renderPanel(client);
    await settle();
    expect(screen.getByText('every 8.5 days')).toBeTruthy();
    // The shop's currency (EUR) first, the others beside it, never added together.
    expect(screen.getByText('Lifetime value').nextElementSibling?.textContent).toBe('€10.49\n$25.00');
  });

  it('says "—" with a hint for the usual interval before two purchases', async () => {
    renderPanel(core([purchase('only')]));
    await settle();
    expect(screen.getByText('Shown from two purchases on.')).toBeTruthy();
  });
});

describe('editing a purchase', () => {
  it('opens the saved lines in the form, saves the change, and Undo puts the purchase back as it was', async () => {
    const saved = purchase('p1');
    const client = core([saved]);
    const updates: unknown[] = [];
    const call = client.call.bind(client);
    client.call = (async (method: string, input: unknown) => {
      if (method === 'purchases.update') {
        updates.push(input);
        return saved;
      }
      return call(method as never, input as never);
    }) as FakeClient['call'];
    renderPanel(client);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Edit purchase of Nov 20, 2026' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit purchase' });
    expect(within(dialog).getByLabelText('Reference')).toHaveProperty('value', 'T-17');
    expect(within(dialog).queryByRole('button', { name: 'Repeat last purchase' })).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('Quantity, line 2'), { target: { value: '2' } });
    expect(within(dialog).getByRole('status', { name: 'Total' }).textContent).toBe('€13.49');
    fireEvent.keyDown(within(dialog).getByLabelText('Quantity, line 2'), { key: 'Enter' });
    await settle();
    expect(updates[0]).toEqual({ id: 'p1', fields: expect.objectContaining({ contactId: 'ada', reference: 'T-17', note: 'Gift wrap', lines: [{ item: 'Coffee beans', quantity: '1.5', unitPrice: 499 }, { item: 'Croissant', quantity: '2', unitPrice: 300 }] }) });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await settle();
    expect(updates[1]).toEqual({ id: 'p1', fields: expect.objectContaining({ lines: [{ item: 'Coffee beans', quantity: '1.5', unitPrice: 499 }, { item: 'Croissant', quantity: '1', unitPrice: 300 }] }) });
  });

  it('keeps the form open with what was typed when the core refuses', async () => {
    const client = core();
    const call = client.call.bind(client);
    client.call = (async (method: string, input: unknown) => {
      if (method === 'purchases.add') throw new CarnetError('not_found', 'No contact with id ada');
      return call(method as never, input as never);
    }) as FakeClient['call'];
    renderPanel(client);
    await settle();
    const dialog = await openForm();
    fireEvent.change(within(dialog).getByLabelText('Item, line 1'), { target: { value: 'Tea' } });
    fireEvent.keyDown(within(dialog).getByLabelText('Item, line 1'), { key: 'Enter' });
    await settle();
    expect(within(dialog).getByRole('alert').textContent).toContain('No contact with id ada');
    expect(within(dialog).getByLabelText('Item, line 1')).toHaveProperty('value', 'Tea');
  });
});

describe('the form’s date across time zones', () => {
  // 23:30 UTC on 31 January 2024 is 13:30 on 1 February in Kiritimati (UTC+14), 15:30 on 31 January
  // in Los Angeles (UTC-8), 05:00 on 1 February in Kolkata (UTC+5:30): worked out by hand.
  const cases = [
    ['Pacific/Kiritimati', '2024-02-01'],
    ['America/Los_Angeles', '2024-01-31'],
    ['UTC', '2024-01-31'],
    ['Asia/Kolkata', '2024-02-01'],
  ] as const;
  const originalTz = process.env.TZ;

  for (const [zone, day] of cases) {
    it(`starts on this computer’s own day and saves it (${zone})`, async () => {
      process.env.TZ = zone;
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2024-01-31T23:30:00Z'));
      try {
        const client = core();
        renderPanel(client);
        await settle();
        const dialog = await openForm();
        expect(within(dialog).getByLabelText('Date')).toHaveProperty('value', day);
        fireEvent.change(within(dialog).getByLabelText('Item, line 1'), { target: { value: 'Tea' } });
        fireEvent.keyDown(within(dialog).getByLabelText('Item, line 1'), { key: 'Enter' });
        await settle();
        expect(client.callsTo('purchases.add')).toEqual([expect.objectContaining({ purchasedOn: day })]);
      } finally {
        vi.useRealTimers();
        if (originalTz === undefined) delete process.env.TZ;
        else process.env.TZ = originalTz;
      }
    });
  }
});
