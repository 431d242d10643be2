/**
 * An order's own amounts in Shopify and WooCommerce exports (shipping, taxes, a discount, the
 * order's total) and its payment status. The item lines alone are not what the customer paid: the
 * charges become lines of the purchase, so its total is the shop's `Total`.
 *
 * - **Shipping** is a line when above 0, and so are WooCommerce's **Fees** (`fee_total`: a
 *   payment surcharge, gift wrapping added at checkout).
 * - **Discount**: a negative line, when the item lines are before the discount. Shopify's
 *   `Lineitem price` is (its `Discount Amount` is taken off the order); WooCommerce's `item_total`
 *   is already after it (its `discount_total` is only shown).
 * - **Refund**: a negative line of what was paid back (Shopify's `Refunded Amount`, WooCommerce's
 *   refunded total), so a partly refunded order counts what the shop kept in lifetime value and the
 *   reports; its `Total` is before refunds. An order refunded in full is no sale (`paymentOf`).
 * - **Taxes**: a line when the total has them on top of the prices (a US shop), none when the
 *   prices include them (a European shop: `Taxes` is the share already in the prices). Shopify's
 *   export does not say which; the file's `Total` does: the one of the two sums equal to it wins.
 *   When neither is, the nearer one is kept and the order gets a warning with both amounts.
 *
 * The lines are named "Shipping", "Fees", "Taxes", "Discount" and "Refund" (with the code: "Discount (WELCOME10)"):
 * the platforms' own words, English in every shop's export, kept as data like the items' names. A
 * line's item is stored, not re-translated when the interface language changes, so translating it
 * at import would freeze the importer's language into the shop's records (and make a re-import in
 * another language look like other lines). They are filed under no product: they are not goods.
 */
import { coreMessage, type CoreText } from '../../../../shared/messages/core-text.ts';
import { minorToDecimal, parseAmount, type DecimalMark } from '../../../../shared/domain/money.ts';
import type { SalesPlatform } from './sales-columns.ts';

/** The order-level cells as read (undressed amount text, or null when empty). */
export interface SalesCharges {
  shipping: string | null;
  fees: string | null;
  taxes: string | null;
  discount: string | null;
  discountCode: string;
  total: string | null;
  /** What was paid back (Shopify `Refunded Amount`): the order's `Total` still holds it. */
  refunded: string | null;
  status: string;
}

export const NO_CHARGES: SalesCharges = { shipping: null, fees: null, taxes: null, discount: null, discountCode: '', total: null, refunded: null, status: '' };

export interface ChargeLine {
  item: string;
  quantityMilli: number;
  unitPriceMinor: number;
  lineTotalMinor: number;
  /** A charge, not goods: filed under no product. */
  charge: true;
}

/** Platforms whose item lines come before the order's discount. */
const DISCOUNT_ON_TOP: ReadonlySet<SalesPlatform> = new Set(['shopify']);

/**
 * The charge lines to add to `itemsMinor` (the sum of the item lines), and a warning when the
 * result is not the file's total. An amount that is not one in `currency` is `invalid` (the
 * order is an error, as for an item's price). `mark`: the file's decimal mark (money.ts).
 */
export function chargeLines(charges: SalesCharges, itemsMinor: number, currency: string, platform: SalesPlatform, mark: DecimalMark | null = null): { lines: ChargeLine[]; warnings: CoreText[] } | { invalid: string } {
  const read = (text: string | null): number | null | 'invalid' => (text === null ? null : (parseAmount(text, currency, mark) ?? 'invalid'));
  const shipping = read(charges.shipping);
  const fees = read(charges.fees);
  const taxes = read(charges.taxes);
  const discount = read(charges.discount);
  const total = read(charges.total);
  const refunded = read(charges.refunded);
  for (const [text, value] of [[charges.shipping, shipping], [charges.fees, fees], [charges.taxes, taxes], [charges.discount, discount], [charges.total, total], [charges.refunded, refunded]] as const) {
    if (value === 'invalid') return { invalid: text! };
  }
  const line = (item: string, minor: number): ChargeLine => ({ item, quantityMilli: 1000, unitPriceMinor: minor, lineTotalMinor: minor, charge: true });
  const lines: ChargeLine[] = [];
  if (typeof shipping === 'number' && shipping !== 0) lines.push(line('Shipping', shipping));
  if (typeof fees === 'number' && fees !== 0) lines.push(line('Fees', fees));
  // Exports write the discount as a positive amount taken off (Shopify "2.70"); a sign is no matter.
  const off = typeof discount === 'number' && DISCOUNT_ON_TOP.has(platform) ? -Math.abs(discount) : 0;
  if (off !== 0) lines.push(line(charges.discountCode === '' ? 'Discount' : `Discount (${charges.discountCode})`, off));
  const withoutTaxes = itemsMinor + lines.reduce((sum, l) => sum + l.lineTotalMinor, 0);
  const tax = typeof taxes === 'number' ? taxes : 0;
  const taxesOnTop = tax !== 0 && (typeof total !== 'number' || total === withoutTaxes + tax || (total !== withoutTaxes && Math.abs(total - withoutTaxes - tax) < Math.abs(total - withoutTaxes)));
  if (taxesOnTop) lines.push(line('Taxes', tax));
  const sum = withoutTaxes + (taxesOnTop ? tax : 0);
  const warnings = typeof total === 'number' && total !== sum ? [coreMessage('import.sales.totalDiffers', { lines: minorToDecimal(sum, currency), total: minorToDecimal(total, currency), currency })] : [];
  // Checked against `Total` above, which is before any refund; what was paid back comes off after.
  if (typeof refunded === 'number' && refunded !== 0) lines.push(line('Refund', -Math.abs(refunded)));
  return { lines, warnings };
}

export type PaymentReading = { status: 'paid' | 'unpaid'; warning: CoreText | null } | { notASale: CoreText };

/**
 * The purchase's payment status from the platform's order status, folded (lower case; spaces,
 * "_" and "-" alike, so WooCommerce's labels "On hold", "Pending payment" read as its slugs):
 * - Shopify `Financial Status`: paid, partially_refunded -> paid (the sale happened and is
 *   settled; what was paid back is the Refund line, from `Refunded Amount`); pending, authorized,
 *   partially_paid, unpaid, expired -> unpaid; voided, refunded (all of it paid back) -> not a sale.
 * - WooCommerce `status`: completed, processing (payment received) -> paid; on-hold, pending,
 *   pending payment -> unpaid; cancelled, failed, refunded, draft, checkout-draft, trash -> not a sale.
 * Not a sale: skipped and listed, not imported as an order worth 0 that would count as a visit in
 * the usual interval, a first purchase in "new customers" and an order in RFM's frequency.
 * Empty (or no such column): paid, as before. Any other value: paid, with a warning naming it.
 */
const PAID = new Set(['paid', 'partially-refunded', 'completed', 'processing']);
const UNPAID = new Set(['pending', 'pending-payment', 'authorized', 'partially-paid', 'unpaid', 'expired', 'on-hold']);
const NOT_A_SALE = new Set(['voided', 'refunded', 'cancelled', 'canceled', 'failed', 'draft', 'checkout-draft', 'trash']);

export function paymentOf(rawStatus: string): PaymentReading {
  const status = rawStatus.trim().toLowerCase().replace(/^wc-/, '').replace(/[\s_-]+/g, '-');
  if (status === '' || PAID.has(status)) return { status: 'paid', warning: null };
  if (UNPAID.has(status)) return { status: 'unpaid', warning: null };
  if (NOT_A_SALE.has(status)) return { notASale: coreMessage('import.sales.notASale', { status: rawStatus.trim() }) };
  return { status: 'paid', warning: coreMessage('import.sales.statusUnknown', { status: rawStatus.trim() }) };
}
