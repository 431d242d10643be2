import { describe, expect, it } from 'vitest';
import { chargeLines, NO_CHARGES, paymentOf } from '../../../electron/core/import/sales/sales-charges.ts';

const charges = (over: Partial<typeof NO_CHARGES>) => ({ ...NO_CHARGES, ...over });
const items = (result: ReturnType<typeof chargeLines>) => ('lines' in result ? result.lines.map((line) => `${line.item} ${line.lineTotalMinor}`) : result);

describe('an order’s charges as lines', () => {
  it('no charge columns: no lines, no warning', () => {
    expect(chargeLines(NO_CHARGES, 1000, 'EUR', 'shopify')).toEqual({ lines: [], warnings: [] });
  });

  it('taxes on top when the total has them, none when the prices include them', () => {
    expect(items(chargeLines(charges({ taxes: '2.00', total: '12.00' }), 1000, 'EUR', 'shopify'))).toEqual(['Taxes 200']);
    expect(items(chargeLines(charges({ taxes: '2.00', total: '10.00' }), 1000, 'EUR', 'shopify'))).toEqual([]);
    // No total to settle it: the taxes are added (what the columns say on their own).
    expect(items(chargeLines(charges({ taxes: '2.00' }), 1000, 'EUR', 'shopify'))).toEqual(['Taxes 200']);
  });

  it('neither sum is the total: the nearer one, and a warning with both amounts', () => {
    const result = chargeLines(charges({ taxes: '2.00', total: '11.50' }), 1000, 'EUR', 'shopify');
    expect(items(result)).toEqual(['Taxes 200']);
    expect('warnings' in result && result.warnings.map((w) => w.text)).toEqual(['its lines add up to 12.00 EUR, the file’s total is 11.50 EUR: imported with its lines’ total']);
  });

  it('a discount is taken off whatever its sign, on Shopify only (WooCommerce lines are after it)', () => {
    expect(items(chargeLines(charges({ discount: '-1.00', total: '9.00' }), 1000, 'EUR', 'shopify'))).toEqual(['Discount -100']);
    expect(items(chargeLines(charges({ discount: '1.00', discountCode: 'SPRING', total: '9.00' }), 1000, 'EUR', 'shopify'))).toEqual(['Discount (SPRING) -100']);
    expect(items(chargeLines(charges({ discount: '1.00', total: '10.00' }), 1000, 'EUR', 'woocommerce'))).toEqual([]);
  });

  it('what was refunded comes off after the total is checked: a full refund keeps nothing', () => {
    // 10.00 of items + 2.50 shipping = 12.50, the Total; 4.00 paid back: the shop kept 8.50.
    const partly = chargeLines(charges({ shipping: '2.50', total: '12.50', refunded: '4.00' }), 1000, 'EUR', 'shopify');
    expect(items(partly)).toEqual(['Shipping 250', 'Refund -400']);
    expect('warnings' in partly && partly.warnings).toEqual([]);
    expect(items(chargeLines(charges({ total: '10.00', refunded: '10.00' }), 1000, 'EUR', 'shopify'))).toEqual(['Refund -1000']);
    expect(items(chargeLines(charges({ total: '10.00', refunded: '0.00' }), 1000, 'EUR', 'shopify'))).toEqual([]);
    expect(chargeLines(charges({ refunded: 'lots' }), 1000, 'EUR', 'shopify')).toEqual({ invalid: 'lots' });
  });

  it('an amount with more decimals than the currency has is invalid, never rounded', () => {
    expect(chargeLines(charges({ shipping: '4.9999' }), 1000, 'EUR', 'shopify')).toEqual({ invalid: '4.9999' });
    expect(chargeLines(charges({ total: '10.5' }), 1000, 'JPY', 'shopify')).toEqual({ invalid: '10.5' });
    // "4.999" in a file that writes "4.90": a slip, not 4999.00.
    expect(chargeLines(charges({ shipping: '4.999' }), 1000, 'EUR', 'shopify', '.')).toEqual({ invalid: '4.999' });
  });
});

describe('the payment status of an order', () => {
  it.each([
    ['paid', 'paid'], ['Partially_Refunded', 'paid'], ['completed', 'paid'], ['wc-processing', 'paid'], ['', 'paid'],
    ['pending', 'unpaid'], ['authorized', 'unpaid'], ['partially paid', 'unpaid'], ['on-hold', 'unpaid'],
    // WooCommerce's labels, as some export plugins write them instead of its slugs.
    ['On hold', 'unpaid'], ['Pending payment', 'unpaid'], ['Processing', 'paid'], ['Completed', 'paid'],
  ])('%s -> %s', (status, expected) => {
    expect(paymentOf(status)).toEqual({ status: expected, warning: null });
  });

  it('voided, cancelled, failed or wholly refunded orders are no sale', () => {
    for (const status of ['voided', 'cancelled', 'wc-failed', 'refunded', 'Refunded', 'Checkout draft', 'checkout-draft']) expect(paymentOf(status), status).toHaveProperty('notASale');
  });

  it('an unknown status is paid, with a warning naming it', () => {
    expect(paymentOf('disputed')).toMatchObject({ status: 'paid', warning: { id: 'import.sales.statusUnknown', params: { status: 'disputed' } } });
  });
});
