import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { analyzeSales, importSales, previewSales, purchaseRows } from '../helpers/sales-helpers.ts';
import { openTempCore } from '../helpers/temp-core.ts';

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ core, cleanup } = await openTempCore()));
afterEach(async () => cleanup());

const sqlite = () => core.context.database.sqlite;
const paymentOf = (reference: string) => sqlite().prepare('SELECT payment_status FROM purchases WHERE reference = ? AND deleted_at IS NULL').pluck().get(reference);

/** Shopify's headers (a subset of the 79, found by name): order fields on each order's first row. */
const SHOPIFY = [
  'Name,Email,Financial Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing Name',
  // US shop: taxes on top of the prices, a discount code. 20.00 - 2.00 + 5.00 + 1.80 = 24.80
  '#2001,ann@example.com,paid,USD,18.00,5.00,1.80,24.80,WELCOME10,2.00,2024-05-01 10:00:00 -0400,2,Mug,10.00,Ann Lee',
  // Prices with taxes in them (5.00 of the 30.00): no taxes line. Not paid yet.
  '#2002,bob@example.com,pending,USD,30.00,0.00,5.00,30.00,,,2024-05-02 10:00:00 -0400,1,Teapot,30.00,Bob Roy',
  // Voided: no sale.
  '#2003,cy@example.com,voided,USD,8.00,0.00,0.00,8.00,,,2024-05-03 10:00:00 -0400,1,Spoon,8.00,Cy Fox',
  // The lines make 12.00, the file says 15.00: imported with its lines, and a warning with both.
  '#2004,dee@example.com,partially_refunded,USD,10.00,2.00,,15.00,,,2024-05-04 10:00:00 -0400,1,Bowl,10.00,Dee Moe',
  '#2005,eve@example.com,authorized,USD,4.00,abc,,4.00,,,2024-05-05 10:00:00 -0400,1,Cup,4.00,Eve Ng',
  '#2006,fay@example.com,chargeback_pending,USD,4.00,,,4.00,,,2024-05-06 10:00:00 -0400,1,Cup,4.00,Fay Ash',
].join('\n');

describe('Shopify orders: shipping, discount and taxes are lines, so the total is the shop’s', () => {
  it('writes each order with the shop’s total, its payment status, and skips a voided one', async () => {
    const summary = await importSales(core, 'orders_export.csv', { createCustomers: true }, SHOPIFY);
    expect(summary).toMatchObject({ purchasesCreated: 4, skipped: 1 });
    expect(summary.errors).toEqual([{ line: 6, message: '"abc" is not an amount (line 6)', said: expect.anything() }]);
    expect(summary.skippedOrders).toEqual([expect.objectContaining({ line: 4, reference: '#2003', message: 'the shop says "voided": not a sale, skipped' })]);
    expect(summary.warnings).toEqual([
      { line: 5, message: 'its lines add up to 12.00 USD, the file’s total is 15.00 USD: imported with its lines’ total', said: expect.objectContaining({ id: 'import.sales.totalDiffers' }) },
      { line: 7, message: 'payment status "chargeback_pending" not known: imported as paid', said: expect.objectContaining({ id: 'import.sales.statusUnknown' }) },
    ]);
    const purchases = purchaseRows(core);
    expect(purchases.map((p) => [p.reference, p.total])).toEqual([['#2001', 2480], ['#2002', 3000], ['#2004', 1200], ['#2006', 400]]);
    expect(purchases[0]!.lines).toEqual([
      { item: 'Mug', qty: 2000, unit: 1000, total: 2000 },
      { item: 'Shipping', qty: 1000, unit: 500, total: 500 },
      { item: 'Discount (WELCOME10)', qty: 1000, unit: -200, total: -200 },
      { item: 'Taxes', qty: 1000, unit: 180, total: 180 },
    ]);
    expect(purchases[1]!.lines.map((line) => line.item)).toEqual(['Teapot']);
    expect(['#2001', '#2002', '#2004', '#2006'].map(paymentOf)).toEqual(['paid', 'unpaid', 'paid', 'paid']);
    // Charges are no goods: the product list holds the items only.
    const products = (await core.call('products.list', { query: '', offset: 0, limit: 50 })).products.map((p) => p.name);
    expect(products).toEqual(['Bowl', 'Cup', 'Mug', 'Teapot']);
  });

  it('the preview says the same: statuses, totals, unpaid and the warnings; importing again creates nothing', async () => {
    const analyzed = await analyzeSales(core, 'orders_export.csv', { text: SHOPIFY });
    expect(analyzed.sales?.columns).toMatchObject({ shipping: 'Shipping', taxes: 'Taxes', discount: 'Discount Amount', discountCode: 'Discount Code', orderTotal: 'Total', paymentStatus: 'Financial Status' });
    const preview = await previewSales(core, analyzed.sourceId, { createCustomers: true });
    expect(preview.counts).toEqual({ new: 0, already: 0, unknownCustomer: 4, cancelled: 1, error: 1 });
    expect(preview.orders.map((o) => [o.reference, o.status, o.totalMinor, o.paymentStatus, o.lineCount, o.warnings.length])).toEqual([
      ['#2001', 'unknownCustomer', 2480, 'paid', 4, 0],
      ['#2002', 'unknownCustomer', 3000, 'unpaid', 1, 0],
      ['#2003', 'cancelled', 800, 'paid', 1, 0],
      ['#2004', 'unknownCustomer', 1200, 'paid', 2, 1],
      ['#2005', 'error', 0, 'paid', 0, 0],
      ['#2006', 'unknownCustomer', 400, 'paid', 1, 1],
    ]);
    await core.call('import.commit', { sourceId: analyzed.sourceId, options: { createCustomers: true } });
    const again = await importSales(core, 'orders_export.csv', { createCustomers: true }, SHOPIFY);
    expect(again).toMatchObject({ batchId: null, purchasesCreated: 0, alreadyThere: 4, warnings: [] });
  });
});

describe('WooCommerce orders', () => {
  const WOO = [
    'order_number,order_date,status,shipping_total,fee_total,tax_total,discount_total,order_total,order_currency,billing_first_name,billing_last_name,billing_email,item_name,item_quantity,item_total',
    // item_total is after the discount already: 45.00 + 4.00 shipping + 1.50 fee + 1.20 tax = 51.70, no discount line.
    '301,2024-05-06 14:20:11,on-hold,4.00,1.50,1.20,5.00,51.70,GBP,Carol,Smith,carol@smith.example,Wool scarf,1,45.00',
    '302,2024-05-07 09:00:00,cancelled,0,0,0,0,7.50,GBP,Dan,Lee,dan@lee.example,Tea towel,1,7.50',
    '303,2024-05-08 09:00:00,completed,0,0,0,0,9.00,GBP,Dan,Lee,dan@lee.example,Tea towel,1,7.50',
  ].join('\n');

  it('adds shipping, fees and taxes, keeps the discount already in the lines, reads the status', async () => {
    const summary = await importSales(core, 'woo.csv', { createCustomers: true }, WOO);
    expect(summary).toMatchObject({ purchasesCreated: 2, skipped: 1 });
    expect(summary.skippedOrders).toEqual([expect.objectContaining({ line: 3, reference: '302' })]);
    expect(summary.warnings).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining('7.50 GBP, the file’s total is 9.00 GBP') })]);
    const [scarf, towel] = purchaseRows(core);
    expect(scarf!.total).toBe(5170);
    expect(scarf!.lines.map((line) => [line.item, line.total])).toEqual([['Wool scarf', 4500], ['Shipping', 400], ['Fees', 150], ['Taxes', 120]]);
    expect(towel!.total).toBe(750);
    expect([paymentOf('301'), paymentOf('303')]).toEqual(['unpaid', 'paid']);
  });
});

describe('"1,234" in a sales file is read with the file’s own decimal mark', () => {
  const HEAD = 'Date;Invoice;Customer;Item;Qty;Price;Currency';
  it('a file that writes "12,50": "1,234" has more decimals than EUR, its order is an error with its line', async () => {
    const text = [HEAD, '2024-06-01;F-1;Ann Lee;Bread;1;12,50;EUR', '2024-06-02;F-2;Ann Lee;Bike;1;1,234;EUR'].join('\n');
    const summary = await importSales(core, 'invoices.csv', { createCustomers: true }, text);
    expect(summary.errors).toEqual([expect.objectContaining({ line: 3, message: '"1,234" has more decimals than EUR has (2) (line 3)' })]);
    expect(purchaseRows(core).map((p) => [p.reference, p.total])).toEqual([['F-1', 1250]]);
  });

  it('a file that writes "1,234.56": "1,234" is 1234.00', async () => {
    const text = [HEAD, '2024-06-01;F-1;Ann Lee;Bench;1;1,234.56;EUR', '2024-06-02;F-2;Ann Lee;Bike;1;1,234;EUR'].join('\n');
    const summary = await importSales(core, 'invoices.csv', { createCustomers: true }, text);
    expect(summary.errors).toEqual([]);
    expect(purchaseRows(core).map((p) => [p.reference, p.total])).toEqual([['F-1', 123456], ['F-2', 123400]]);
  });

  it('a file that does not say: "1,234" is 1234.00, as before', async () => {
    const text = [HEAD, '2024-06-02;F-2;Ann Lee;Bike;1;1,234;EUR'].join('\n');
    await importSales(core, 'invoices.csv', { createCustomers: true }, text);
    expect(purchaseRows(core).map((p) => p.total)).toEqual([123400]);
  });
});

describe('Shopify refunds', () => {
  it('takes what was paid back off the purchase, so a partly refunded order counts what the shop kept; one refunded in full is no sale', async () => {
    const file = [
      'Name,Email,Financial Status,Currency,Shipping,Total,Refunded Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing Name',
      // 2 x 10.00 + 4.00 shipping = 24.00, of which 10.00 was paid back: the shop kept 14.00.
      '#3001,gil@example.com,partially_refunded,EUR,4.00,24.00,10.00,2024-06-01 09:00:00 +0200,2,Vase,10.00,Gil Ray',
      // All paid back: no sale (an order worth 0.00 would count as a visit and in RFM's frequency).
      '#3002,gil@example.com,refunded,EUR,0.00,8.00,8.00,2024-06-02 09:00:00 +0200,1,Cup,8.00,Gil Ray',
    ].join('\n');
    const summary = await importSales(core, 'orders_export.csv', { createCustomers: true }, file);
    expect(summary).toMatchObject({ purchasesCreated: 1, customersCreated: 1, skipped: 1 });
    expect(summary.skippedOrders).toEqual([expect.objectContaining({ reference: '#3002', message: 'the shop says "refunded": not a sale, skipped' })]);
    expect(summary.warnings ?? []).toEqual([]);
    const purchases = purchaseRows(core);
    expect(purchases.map((p) => [p.reference, p.total])).toEqual([['#3001', 1400]]);
    expect(purchases[0]!.lines.map((line) => [line.item, line.total])).toEqual([['Vase', 2000], ['Shipping', 400], ['Refund', -1000]]);
    const gil = sqlite().prepare("SELECT id FROM contacts WHERE display_name = 'Gil Ray'").pluck().get() as string;
    expect((await core.call('purchases.stats', { contactId: gil })).values).toEqual([{ currency: 'EUR', lifetimeMinor: 1400, orders: 1, averageBasketMinor: 1400 }]);
    // Edited at the counter (a note added, the lines as they were): its charges stay out of the product list.
    const imported = await core.call('purchases.get', { id: purchases[0]!.id });
    const lines = imported.lines.map((line) => ({ item: line.item, quantity: line.quantityMilli / 1000, unitPrice: line.unitPriceMinor }));
    await core.call('purchases.update', { id: imported.id, fields: { contactId: gil, purchasedOn: imported.purchasedOn, currency: 'EUR', lines, note: 'Vase chipped' } });
    expect((await core.call('products.list', { query: '', offset: 0, limit: 50 })).products.map((p) => p.name)).toEqual(['Vase']);
    expect((await core.call('purchases.get', { id: imported.id })).totalMinor).toBe(1400);
  });
});

describe('WooCommerce refunds', () => {
  it('reads the refunded total as a Refund line, and a refunded order as no sale', async () => {
    const file = [
      'order_number,order_date,status,billing_email,billing_first_name,billing_last_name,order_currency,item_name,item_quantity,item_total,order_total,refunded_total',
      '501,2024-07-01,completed,hal@example.com,Hal,Berg,EUR,Lamp,1,40.00,40.00,15.00',
      '502,2024-07-02,Refunded,hal@example.com,Hal,Berg,EUR,Bulb,2,6.00,6.00,6.00',
      '503,2024-07-03,On hold,hal@example.com,Hal,Berg,EUR,Shade,1,12.00,12.00,',
    ].join('\n');
    const summary = await importSales(core, 'orders.csv', { createCustomers: true }, file);
    expect(summary).toMatchObject({ purchasesCreated: 2, skipped: 1 });
    expect(purchaseRows(core).map((p) => [p.reference, p.total, p.lines.map((line) => line.item).join('+')])).toEqual([['501', 2500, 'Lamp+Refund'], ['503', 1200, 'Shade']]);
    expect(paymentOf('503')).toBe('unpaid');
  });
});

