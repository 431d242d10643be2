// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { ImportScreen } from '../../../renderer/features/import/ImportScreen.tsx';
import { useLocale } from '../../../renderer/i18n/locale-store.ts';
import type { MethodInput, MethodOutput } from '../../../shared/contract/index.ts';
import type { SalesOrderPreview } from '../../../shared/contract/import.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import { fakeClient } from './fake-client.ts';

afterEach(() => {
  cleanup();
  useLocale.getState().choose('en');
});

type Analyzed = MethodOutput<'import.analyze'>;
type Preview = MethodOutput<'import.preview'>;

const table: NonNullable<Analyzed['table']> = {
  delimiter: ',', preset: { id: 'spreadsheet', label: 'Spreadsheet' }, hasHeader: true, headerLine: 1,
  columns: [{ name: 'Name', samples: ['#1001'], target: { field: 'fullName' } }],
  dateOrder: { detected: null, ambiguous: false, examples: [] },
};

function analyzed(kind: 'contacts' | 'purchases'): Analyzed {
  return {
    sourceId: 'src', format: 'csv', formatLabel: 'CSV', fileName: 'orders_export.csv', encoding: 'utf-8', table, notes: [], recordCount: 6, presets: [], encodings: ['utf-8'],
    kind, detectedKind: 'purchases',
    sales: kind === 'purchases' ? { platform: 'shopify', columns: { reference: 'Name', item: 'Lineitem name', email: 'Email' }, orderCount: 3 } : null,
  };
}

function order(overrides: Partial<SalesOrderPreview>): SalesOrderPreview {
  return { line: 2, status: 'new', action: 'create', reference: '#1001', date: '2024-03-02', currency: 'EUR', totalMinor: 2700, lineCount: 2, customerName: 'Alice Martin', matchedBy: 'email', customerAction: 'match', message: '', said: null, paymentStatus: 'paid', warnings: [], ...overrides };
}

/** Alice's order is found by email; Bob's customer is unknown (created or skipped by the choice); one order has a broken amount. */
function salesPreview(createCustomers: boolean): Preview {
  const unknown = createCustomers
    ? order({ line: 4, reference: '#1002', customerName: 'Bob Durand', status: 'unknownCustomer', action: 'create', matchedBy: null, customerAction: 'create', totalMinor: 4500, lineCount: 1, said: coreMessage('import.sales.customerCreated') })
    : order({ line: 4, reference: '#1002', customerName: 'Bob Durand', status: 'unknownCustomer', action: 'skip', matchedBy: null, customerAction: 'none', totalMinor: 4500, lineCount: 1, said: coreMessage('import.sales.customerUnknown') });
  const broken = order({ line: 5, reference: '#1003', status: 'error', action: 'skip', said: coreMessage('import.sales.lineError', { line: 6, reason: coreMessage('import.sales.amountInvalid', { value: 'twelve' }) }) });
  return {
    counts: { new: 0, update: 0, already: 0, duplicate: 0, error: 0 }, actions: { create: 0, update: 0, skip: 0 }, total: 0, rows: [], dateQuestion: null, notes: [],
    sales: { counts: { new: 1, already: 0, unknownCustomer: 1, cancelled: 0, error: 1 }, total: 3, orders: [order({}), unknown, broken], toImport: createCustomers ? 2 : 1, customersToCreate: createCustomers ? 1 : 0 },
  };
}

function renderWizard() {
  const client = fakeClient({
    'import.formats': () => [{ format: 'csv', label: 'CSV', extensions: ['.csv'] }],
    'import.list': () => [],
    'import.mappings.list': () => [],
    'import.discard': () => ({ ok: true }),
    'import.analyze': (input: MethodInput<'import.analyze'>) => analyzed(input.kind === 'contacts' ? 'contacts' : 'purchases'),
    'import.preview': (input: MethodInput<'import.preview'>) => salesPreview(input.options?.createCustomers === true),
    'import.commit': () => ({
      batchId: 'b1', fileName: 'orders_export.csv', created: 1, createdCompanies: 0, updated: 0, alreadyThere: 0, skipped: 0, possibleDuplicates: 0, duplicatesToReview: [], cancelled: false,
      errors: [{ line: 5, message: '"twelve" is not an amount (line 6)' }],
      purchasesCreated: 2, customersCreated: 1, skippedOrders: [],
      warnings: [{ line: 2, message: 'its lines add up to 27.00 EUR, the file’s total is 31.90 EUR: imported with its lines’ total', said: coreMessage('import.sales.totalDiffers', { lines: '27.00', total: '31.90', currency: 'EUR' }) }],
    }),
  });
  render(
    <ClientContext.Provider value={client}>
      <ImportScreen />
    </ClientContext.Provider>,
  );
  fireEvent.drop(screen.getByTestId('import-drop'), { dataTransfer: { files: [new File(['Name,Lineitem name\n#1001,Mug\n'], 'orders_export.csv', { type: 'text/csv' })] } });
  return client;
}

describe('the import wizard with a sales file', () => {
  it('says it found a sales file, previews its orders, creates unknown customers by choice, imports and sums up', async () => {
    const client = renderWizard();
    expect(await screen.findByText('Sales file found (Shopify orders export): 3 orders')).toBeTruthy();
    const orders = await screen.findByRole('table', { name: 'Orders of the file' });
    expect(within(orders).getByText('#1001')).toBeTruthy();
    expect(within(orders).getByText('will be imported (found by email)')).toBeTruthy();
    expect(within(orders).getByText('no contact matches this customer: skipped (create unknown customers to import it)')).toBeTruthy();
    expect(within(orders).getByText('"twelve" is not an amount (line 6)')).toBeTruthy();
    expect(within(orders).getByText('€27.00')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import 1 order' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Create them as new contacts' }));
    expect(await screen.findByRole('button', { name: 'Import 2 orders' })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Orders of the file' })).getByText('new customer: created with the order')).toBeTruthy();
    expect((client.callsTo('import.preview').at(-1) as { options: { createCustomers: boolean } }).options.createCustomers).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 orders' }));
    expect(await screen.findByText('2 purchases imported, 1 customer created, 0 orders already in Carnet, 0 skipped, 1 error.')).toBeTruthy();
    expect((client.callsTo('import.commit')[0] as { options: { createCustomers: boolean } }).options.createCustomers).toBe(true);
    // What was imported with a warning is listed with its line, apart from the errors.
    const warned = screen.getByRole('region', { name: 'Imported with a warning' });
    expect(warned.textContent).toContain('Line 2: its lines add up to 27.00 EUR, the file’s total is 31.90 EUR');
  });

  it('reads the file as contacts when the user says so', async () => {
    const client = renderWizard();
    const readAs = await screen.findByRole('combobox', { name: 'Read this file as' });
    fireEvent.change(readAs, { target: { value: 'contacts' } });
    expect(await screen.findByText('Contacts file found')).toBeTruthy();
    expect(client.callsTo('import.analyze').at(-1)).toMatchObject({ sourceId: 'src', kind: 'contacts' });
    // The contacts mapping step, with the way back to sales.
    expect(screen.getByRole('combobox', { name: 'Read this file as' })).toHaveProperty('value', 'contacts');
    expect(screen.getByRole('button', { name: 'Preview' })).toBeTruthy();
  });

  it('speaks French and Russian', async () => {
    useLocale.getState().choose('fr');
    renderWizard();
    expect(await screen.findByText('Fichier de ventes trouvé (export de commandes Shopify) : 3 commandes')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Importer 1 commande' })).toBeTruthy();
    cleanup();
    useLocale.getState().choose('ru');
    renderWizard();
    expect(await screen.findByText('Найден файл продаж (выгрузка заказов Shopify): 3 заказа')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Импортировать 1 заказ' })).toBeTruthy();
  });
});
