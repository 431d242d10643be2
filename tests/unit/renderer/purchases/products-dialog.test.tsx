// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ClientContext } from '../../../../renderer/app/client-context.ts';
import { ProductsDialog } from '../../../../renderer/features/purchases/ProductsDialog.tsx';
import { Toasts } from '../../../../renderer/components/Toasts.tsx';
import { useToasts } from '../../../../renderer/stores/toast-store.ts';
import type { ProductListItem } from '../../../../shared/contract/purchases.ts';
import { fakeClient, type FakeClient } from '../fake-client.ts';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 200)));

beforeEach(() => useToasts.setState({ toasts: [] }));
afterEach(cleanup);

function core(products: ProductListItem[]): FakeClient {
  return fakeClient({
    'products.list': () => ({ products, total: products.length }),
    'products.rename': ({ id, name }) => ({ id, name, unitPriceMinor: null, currency: null }),
    'products.merge': ({ intoId }) => ({ product: { id: intoId, name: 'Café moulu', unitPriceMinor: 450, currency: 'EUR' }, merged: 1, linesMoved: 2 }),
  });
}

const cafe: ProductListItem = { id: 'p1', name: 'Café moulu', unitPriceMinor: 450, currency: 'EUR', lines: 5 };
const cafeTypo: ProductListItem = { id: 'p2', name: 'Cafe moulu', unitPriceMinor: 420, currency: 'EUR', lines: 2 };

function show(client: FakeClient) {
  let closed = false;
  render(
    <ClientContext.Provider value={client}>
      <ProductsDialog onClose={() => (closed = true)} />
      <Toasts />
    </ClientContext.Provider>,
  );
  return () => closed;
}

describe('the products dialog', () => {
  it('says how the list grows when there is no product yet, and closes with Escape', async () => {
    const closed = show(core([]));
    await settle();
    const dialog = screen.getByRole('dialog', { name: 'Products' });
    expect(within(dialog).getByText('No product yet')).toBeTruthy();
    fireEvent.keyDown(within(dialog).getByLabelText('Find a product'), { key: 'Escape' });
    expect(closed()).toBe(true);
  });

  it('renames a product with Enter', async () => {
    const client = core([cafe]);
    show(client);
    await settle();
    const name = screen.getByLabelText('Name of Café moulu');
    fireEvent.change(name, { target: { value: 'Café moulu bio' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    await settle();
    expect(client.callsTo('products.rename')).toEqual([{ id: 'p1', name: 'Café moulu bio' }]);
    expect(screen.getByText('Product renamed')).toBeTruthy();
  });

  it('merges one product into another only after a confirmation', async () => {
    const client = core([cafe, cafeTypo]);
    show(client);
    await settle();
    fireEvent.change(screen.getByLabelText('Merge Cafe moulu into'), { target: { value: 'p1' } });
    const confirm = screen.getByRole('alertdialog', { name: 'Merge Cafe moulu into Café moulu?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(client.callsTo('products.merge')).toEqual([]);
    fireEvent.change(screen.getByLabelText('Merge Cafe moulu into'), { target: { value: 'p1' } });
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Merge' }));
    await settle();
    expect(client.callsTo('products.merge')).toEqual([{ ids: ['p2'], intoId: 'p1' }]);
    expect(screen.getByText('Cafe moulu merged into Café moulu')).toBeTruthy();
  });
});
