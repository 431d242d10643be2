import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCsv } from '../../electron/core/import/csv/csv-reader.ts';
import { looksLikeSales } from '../../electron/core/import/sales/sales-columns.ts';
import type { Core } from '../../electron/core/core.ts';
import type { CarnetError } from '../../shared/errors.ts';
import { corporaDir, corpusSkipMessage, hasCorpora, liveContacts } from '../helpers/import-helpers.ts';
import { analyzeSales, importSales, previewSales, purchaseRows } from '../helpers/sales-helpers.ts';
import { openTempCore } from '../helpers/temp-core.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempCore(): Promise<Core> {
  const opened = await openTempCore();
  cleanups.push(opened.cleanup);
  return opened.core;
}

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as CarnetError);

describe('telling a sales file from a contacts file', () => {
  it('reads each platform as sales, with its columns', async () => {
    const core = await tempCore();
    const cases: [string, string, Record<string, string>][] = [
      ['shopify-orders_export.csv', 'shopify', { reference: 'Name', item: 'Lineitem name', customerName: 'Billing Name', date: 'Created at', unitPrice: 'Lineitem price' }],
      ['woocommerce-orders.csv', 'woocommerce', { reference: 'order_number', email: 'billing_email', firstName: 'billing_first_name', lineTotal: 'item_total', currency: 'order_currency' }],
      ['square-items.csv', 'square', { reference: 'Transaction ID', item: 'Item', quantity: 'Qty', lineTotal: 'Gross Sales', customerName: 'Customer Name' }],
      ['generic-invoices-fr.csv', 'csv', { reference: 'N° de facture', customerName: 'Client', company: 'Société', email: 'Courriel', item: 'Article', quantity: 'Quantité', unitPrice: 'Prix unitaire', lineTotal: 'Montant', currency: 'Devise' }],
      ['generic-no-numbers.csv', 'csv', { customerName: 'Customer', item: 'Product', quantity: 'Qty', unitPrice: 'Price' }],
    ];
    for (const [file, platform, columns] of cases) {
      const analyzed = await analyzeSales(core, file);
      expect(analyzed.kind, file).toBe('purchases');
      expect(analyzed.detectedKind, file).toBe('purchases');
      expect(analyzed.sales?.platform, file).toBe(platform);
      expect(analyzed.sales?.columns, file).toMatchObject(columns);
    }
  });

  it('keeps a contacts file a contacts file, and lets the user override either way', async () => {
    const core = await tempCore();
    const contacts = 'First Name,Last Name,Company,E-mail Address,Mobile Phone,Notes\nAna,Lima,Acme,ana@acme.example,+33 6 12 34 56 78,Likes prices\n';
    const asContacts = await analyzeSales(core, 'people.csv', { text: contacts });
    expect(asContacts.kind).toBe('contacts');
    expect(asContacts.sales).toBeNull();
    const forced = await analyzeSales(core, 'shopify-orders_export.csv', { kind: 'contacts' });
    expect(forced.detectedKind).toBe('purchases');
    expect(forced.kind).toBe('contacts');
    expect(forced.sales).toBeNull();
    const asSales = await analyzeSales(core, 'people.csv', { kind: 'purchases', text: contacts });
    expect(asSales.kind).toBe('purchases');
    expect(asSales.detectedKind).toBe('contacts');
  });
});

describe('importing sales', () => {
  it('Shopify: one purchase per order with all its lines, order fields from the first row, the file currency becomes the shop’s', async () => {
    const core = await tempCore();
    expect(core.context.settings().shopCurrency).toBeNull();
    const summary = await importSales(core, 'shopify-orders_export.csv', { createCustomers: true });
    expect(summary).toMatchObject({ purchasesCreated: 3, customersCreated: 2, skipped: 0, alreadyThere: 0, errors: [] });
    expect(core.context.settings().shopCurrency).toBe('EUR');
    // The batch scored its customers' RFM right away (reports/rfm.ts), without waiting for the daily run.
    expect(core.context.database.sqlite.prepare('SELECT count(*) FROM contact_rfm').pluck().get()).toBe(2);
    const purchases = purchaseRows(core);
    expect(purchases.map((p) => [p.reference, p.source, p.date, p.customer, p.currency, p.total])).toEqual([
      ['#1001', 'shopify', '2024-03-02', 'Alice Martin', 'EUR', 3190],
      ['#1002', 'shopify', '2024-03-05', 'Bob Durand', 'EUR', 4500],
      ['#1003', 'shopify', '2024-04-11', 'Alice Martin', 'EUR', 2450],
    ]);
    // Shipping is a line, so the total is Shopify's (31.90); its taxes (4.50) are in the prices already.
    expect(purchases[0]!.lines).toEqual([
      { item: 'Café moulu 250 g', qty: 2000, unit: 850, total: 1700 },
      { item: 'Tasse en grès', qty: 1000, unit: 1000, total: 1000 },
      { item: 'Shipping', qty: 1000, unit: 490, total: 490 },
    ]);
    expect(purchases[2]!.lines.map((line) => line.item)).toEqual(['Café moulu 250 g', 'Filtres papier', 'Biscuits']);
    // Alice's two orders are on one contact, with her email and phone.
    expect(purchases[0]!.contactId).toBe(purchases[2]!.contactId);
    const alice = await core.call('contacts.get', { id: purchases[0]!.contactId });
    expect(alice.emails.map((e) => e.value)).toEqual(['alice@example.com']);
    expect(alice.phones).toHaveLength(1);
    const bob = await core.call('contacts.get', { id: purchases[1]!.contactId });
    expect(bob.company).toBe('Durand SARL');
  });

  it('WooCommerce: line totals without a unit price, decimal quantities, GBP from the order currency column', async () => {
    const core = await tempCore();
    const summary = await importSales(core, 'woocommerce-orders.csv', { createCustomers: true });
    expect(summary).toMatchObject({ purchasesCreated: 2, customersCreated: 2, errors: [] });
    const purchases = purchaseRows(core);
    expect(purchases.map((p) => [p.reference, p.source, p.date, p.customer, p.currency, p.total])).toEqual([
      ['201', 'woocommerce', '2024-05-06', 'Carol Smith', 'GBP', 5700],
      ['202', 'woocommerce', '2024-05-07', 'Dan Lee', 'GBP', 750],
    ]);
    expect(purchases[0]!.lines).toEqual([
      { item: 'Wool scarf', qty: 1000, unit: 4500, total: 4500 },
      { item: 'Gift wrap', qty: 2000, unit: 600, total: 1200 },
    ]);
    expect(purchases[1]!.lines).toEqual([{ item: 'Tea towel', qty: 1500, unit: 500, total: 750 }]);
  });

  it('Square: amounts with a "$" in the shop’s currency, one ticket per transaction, an anonymous sale skipped with its line', async () => {
    const core = await tempCore();
    await core.context.updateSettings({ shopCurrency: 'USD' });
    const summary = await importSales(core, 'square-items.csv', { createCustomers: true });
    expect(summary).toMatchObject({ purchasesCreated: 1, customersCreated: 1, skipped: 1, errors: [] });
    expect(summary.skippedOrders).toEqual([expect.objectContaining({ line: 4, reference: 'TXN-B2' })]);
    const [ticket] = purchaseRows(core);
    expect(ticket).toMatchObject({ reference: 'TXN-A1', source: 'square', customer: 'Erin Walsh', currency: 'USD', total: 1225, date: '2024-06-01' });
    expect(ticket!.lines).toEqual([
      { item: 'Latte', qty: 2000, unit: 450, total: 900 },
      { item: 'Croissant', qty: 1000, unit: 325, total: 325 },
    ]);
  });

  it('Square without a shop currency: each order is an error that says what to do, nothing is written', async () => {
    const core = await tempCore();
    const summary = await importSales(core, 'square-items.csv', { createCustomers: true });
    expect(summary.batchId).toBeNull();
    expect(summary.purchasesCreated).toBe(0);
    expect(summary.errors[0]).toMatchObject({ line: 2, message: expect.stringContaining('no currency') });
    expect(purchaseRows(core)).toEqual([]);
    expect(await liveContacts(core)).toEqual([]);
  });

  it('generic French invoices: semicolons, decimal commas, D/M/Y dates, a continuation line without a number', async () => {
    const core = await tempCore();
    const summary = await importSales(core, 'generic-invoices-fr.csv', { createCustomers: true });
    expect(summary).toMatchObject({ purchasesCreated: 2, customersCreated: 2, errors: [] });
    const purchases = purchaseRows(core);
    expect(purchases.map((p) => [p.reference, p.source, p.date, p.customer, p.total])).toEqual([
      ['F-2024-001', 'csv', '2024-02-14', 'Hélène Roux', 5800],
      ['F-2024-002', 'csv', '2024-02-21', 'Marc Petit', 8990],
    ]);
    expect(purchases[0]!.lines).toEqual([
      { item: 'Réparation vélo', qty: 1000, unit: 4500, total: 4500 },
      { item: 'Chambre à air', qty: 2000, unit: 650, total: 1300 },
    ]);
  });

  it('generic without numbers: rows of one day and customer are one purchase; a second import matches on (date, customer, lines)', async () => {
    const core = await tempCore();
    await core.context.updateSettings({ shopCurrency: 'USD' });
    const first = await importSales(core, 'generic-no-numbers.csv', { createCustomers: true });
    expect(first).toMatchObject({ purchasesCreated: 2, customersCreated: 2 });
    const purchases = purchaseRows(core);
    expect(purchases.map((p) => [p.reference, p.customer, p.total, p.lines.length])).toEqual([['', 'Fiona Green', 1260, 2], ['', 'George Hall', 450, 1]]);
    const again = await importSales(core, 'generic-no-numbers.csv', { createCustomers: true });
    expect(again).toMatchObject({ batchId: null, purchasesCreated: 0, customersCreated: 0, alreadyThere: 2 });
    expect(purchaseRows(core)).toHaveLength(2);
  });
});

describe('re-importing, matching customers, skip or create', () => {
  it('re-importing the same file creates nothing, and the preview says every order is already there', async () => {
    const core = await tempCore();
    await importSales(core, 'shopify-orders_export.csv', { createCustomers: true });
    const analyzed = await analyzeSales(core, 'shopify-orders_export.csv');
    const preview = await previewSales(core, analyzed.sourceId, { createCustomers: true });
    expect(preview.counts).toEqual({ new: 0, already: 3, unknownCustomer: 0, cancelled: 0, error: 0 });
    expect(preview.orders.every((order) => order.status === 'already' && order.action === 'skip')).toBe(true);
    const again = await core.call('import.commit', { sourceId: analyzed.sourceId, options: { createCustomers: true } });
    expect(again).toMatchObject({ batchId: null, purchasesCreated: 0, customersCreated: 0, alreadyThere: 3 });
    expect(purchaseRows(core)).toHaveLength(3);
    expect(await liveContacts(core)).toHaveLength(3); // Alice, Bob and Bob's company card
  });

  it('matches existing contacts by email, phone or name + company; a shared email with a conflicting name is not the customer', async () => {
    const core = await tempCore();
    const alice = await core.call('contacts.create', { firstName: 'Alice', lastName: 'Martin', emails: [{ label: '', value: 'alice@example.com' }] });
    // Bob's email belongs to someone else in Carnet: Robert Other shares it but his name conflicts.
    const other = await core.call('contacts.create', { firstName: 'Robert', lastName: 'Other', emails: [{ label: '', value: 'bob@durand.example' }] });
    const analyzed = await analyzeSales(core, 'shopify-orders_export.csv');
    const preview = await previewSales(core, analyzed.sourceId);
    expect(preview.orders.map((o) => [o.reference, o.status, o.action, o.customerAction, o.matchedBy])).toEqual([
      ['#1001', 'new', 'create', 'match', 'email'],
      ['#1002', 'unknownCustomer', 'skip', 'none', null],
      ['#1003', 'new', 'create', 'match', 'email'],
    ]);
    expect(preview.orders[1]!.message).toContain('whose name differs');
    const summary = await core.call('import.commit', { sourceId: analyzed.sourceId, options: {} });
    expect(summary).toMatchObject({ purchasesCreated: 2, customersCreated: 0, skipped: 1 });
    expect(summary.skippedOrders).toEqual([expect.objectContaining({ line: 4, reference: '#1002', customerName: 'Bob Durand' })]);
    const purchases = purchaseRows(core);
    expect(purchases.every((p) => p.contactId === alice.id)).toBe(true);
    expect(purchases.some((p) => p.contactId === other.id)).toBe(false);
  });

  it('matches by phone and by name + company when the file has no email', async () => {
    const core = await tempCore();
    await core.context.updateSettings({ shopCurrency: 'EUR' });
    const byPhone = await core.call('contacts.create', { firstName: 'Nina', lastName: 'Berg', phones: [{ label: '', value: '+49 30 1234567' }] });
    const byName = await core.call('contacts.create', { firstName: 'Omar', lastName: 'Haddad', company: 'Haddad GmbH' });
    const text = 'Date,Invoice,Customer,Company,Phone,Item,Qty,Price\n2024-09-01,A-1,N. Berg,,+49 30 1234567,Bread,1,3.20\n2024-09-02,A-2,Omar Haddad,Haddad GmbH,,Cake,1,12.00\n';
    const summary = await importSales(core, 'till.csv', {}, text);
    expect(summary).toMatchObject({ purchasesCreated: 2, customersCreated: 0, skipped: 0 });
    expect(purchaseRows(core).map((p) => p.contactId)).toEqual([byPhone.id, byName.id]);
  });

  it('skips orders of unknown customers unless asked to create them, and lists them with their line', async () => {
    const core = await tempCore();
    const skipped = await importSales(core, 'woocommerce-orders.csv');
    expect(skipped).toMatchObject({ batchId: null, purchasesCreated: 0, customersCreated: 0, skipped: 2 });
    expect(skipped.skippedOrders!.map((order) => [order.line, order.reference])).toEqual([[2, '201'], [4, '202']]);
    expect(await liveContacts(core)).toEqual([]);
    const created = await importSales(core, 'woocommerce-orders.csv', { createCustomers: true });
    expect(created).toMatchObject({ purchasesCreated: 2, customersCreated: 2, skipped: 0 });
  });
});

describe('undo and bad input', () => {
  it('undo removes the purchases and the customers the import created, and leaves matched contacts alone', async () => {
    const core = await tempCore();
    const alice = await core.call('contacts.create', { firstName: 'Alice', lastName: 'Martin', emails: [{ label: '', value: 'alice@example.com' }] });
    const summary = await importSales(core, 'shopify-orders_export.csv', { createCustomers: true });
    expect(summary).toMatchObject({ purchasesCreated: 3, customersCreated: 1 });
    const undone = await core.call('import.undo', { batchId: summary.batchId! });
    expect(undone).toMatchObject({ removedPeople: 1, removedCompanies: 1, removedPurchases: 3 });
    expect(purchaseRows(core)).toEqual([]);
    expect((await liveContacts(core)).map((c) => c.id)).toEqual([alice.id]);
    // Undone, the file imports again as new.
    const again = await importSales(core, 'shopify-orders_export.csv', { createCustomers: true });
    expect(again).toMatchObject({ purchasesCreated: 3, customersCreated: 1 });
  });

  it('a broken amount and a missing date are errors with their line; the other orders import, no order in part', async () => {
    const core = await tempCore();
    const summary = await importSales(core, 'bad-sales.csv', { createCustomers: true });
    expect(summary.errors.map((error) => [error.line, error.message])).toEqual([
      [2, '"twelve" is not an amount (line 2)'],
      [3, 'the order has no date (line 3)'],
    ]);
    expect(summary.errors[0]!.said?.id).toBe('import.sales.lineError');
    expect(summary).toMatchObject({ purchasesCreated: 1, customersCreated: 1 });
    expect(purchaseRows(core).map((p) => p.reference)).toEqual(['INV-3']);
  });

  it('one bad line spoils its whole order (nothing partial)', async () => {
    const core = await tempCore();
    const text = 'Date,Order,Email,Item,Qty,Price,Currency\n2024-10-01,O-1,a@b.example,Good,1,2.00,EUR\n2024-10-01,O-1,a@b.example,Bad,1,"2,999.999",EUR\n';
    const summary = await importSales(core, 'orders.csv', { createCustomers: true }, text);
    expect(summary.batchId).toBeNull();
    expect(summary.errors).toEqual([expect.objectContaining({ line: 2, message: '"2,999.999" has more decimals than EUR has (2) (line 3)' })]);
    expect(purchaseRows(core)).toEqual([]);
    expect(await liveContacts(core)).toEqual([]);
  });

  it('a file that is not a table cannot be read as sales', async () => {
    const core = await tempCore();
    const vcard = 'BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\n';
    const error = await errorOf(core.call('import.analyze', { fileName: 'a.vcf', data: Buffer.from(vcard).toString('base64'), kind: 'purchases' }));
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('only CSV files can be read as sales') });
  });
});

describe('no contacts file of the corpora reads as sales', () => {
  it.skipIf(!hasCorpora)('every CSV of the third-party corpora is detected as contacts', () => {
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
    let checked = 0;
    for (const file of walk(corporaDir).filter((name) => /\.(csv|tsv)$/.test(name))) {
      let columns: string[];
      try {
        columns = openCsv(fs.readFileSync(file), path.basename(file)).parsedTable!.columns;
      } catch {
        continue; // empty or binary test files: nothing to detect
      }
      checked++;
      expect(looksLikeSales(columns), file).toBe(false);
    }
    expect(checked).toBeGreaterThan(100);
  });
  if (!hasCorpora) it.skip(corpusSkipMessage, () => {});
});
