/**
 * Rows of a sales file -> orders with their lines. Several rows make one order when they share
 * an order/invoice number (Shopify writes one row per line item, the order's own fields on its
 * first row only: they are taken from whichever row of the order has them), or, in a file without
 * numbers, when consecutive rows have the same date and customer. An order with one bad row is an
 * error as a whole: never imported in part.
 */
import type { DateOrder } from '../../../../shared/contract/import.ts';
import { coreMessage, type CoreText } from '../../../../shared/messages/core-text.ts';
import { readDate, splitFullName } from '../csv/values.ts';
import type { TableRow } from '../csv/parse-table.ts';
import { isKnownCurrency, parseQuantity } from '../../../../shared/domain/money.ts';
import { currencyOfSign, undressedAmount } from './sales-amounts.ts';
import type { SalesColumns, SalesField } from './sales-columns.ts';
import { NO_CHARGES, type SalesCharges } from './sales-charges.ts';

/** One line as read: amounts still decimal text, turned into minor units once the currency is known. */
export interface SalesLine {
  line: number;
  item: string;
  quantityMilli: number;
  /** The amounts as typed without sign or code ("12,50"), read in the order's currency by the plan; null when empty. */
  unitPrice: string | null;
  lineTotal: string | null;
}

export interface SalesCustomer {
  email: string;
  phone: string;
  firstName: string;
  lastName: string;
  company: string;
}

export interface SalesOrder {
  /** The first row's line: how the preview, errors and skipped orders name the order. */
  line: number;
  /** The order or invoice number, '' when the file has none. */
  reference: string;
  /** 'YYYY-MM-DD', '' when unread (then `error` is set). */
  date: string;
  /** ISO code from the file's column or a currency sign, '' when the file does not say. */
  currency: string;
  customer: SalesCustomer;
  lines: SalesLine[];
  /** The order's shipping, taxes, discount, total, refunded amount and status cells (Shopify, WooCommerce): sales-charges.ts. */
  charges: SalesCharges;
  error: CoreText | null;
}

type Cells = (field: SalesField) => string;
type DateReader = (raw: string) => ReturnType<typeof readDate>;

/**
 * How far after this computer's own day a sale may be dated: two days. A file written in another
 * zone (UTC, or a shop east of here) is on tomorrow's date in the evening, up to 26 hours apart
 * (UTC+14 to UTC-12); a date later than that is a typo, refused as before.
 */
const SALE_DATE_AHEAD_MS = 2 * 86_400_000;

/** Reads the rows into orders, in the file's order. */
export function readOrders(rows: readonly TableRow[], header: readonly string[], columns: SalesColumns, dateOrder: DateOrder | null): SalesOrder[] {
  const latest = new Date(Date.now() + SALE_DATE_AHEAD_MS);
  const readSaleDate: DateReader = (raw) => readDate(raw, dateOrder, latest);
  const index = Object.fromEntries(Object.entries(columns).map(([field, column]) => [field, header.indexOf(column)])) as Partial<Record<SalesField, number>>;
  const orders: SalesOrder[] = [];
  const byReference = new Map<string, SalesOrder>();
  let previous: SalesOrder | null = null;
  for (const row of rows) {
    const cell: Cells = (field) => {
      const at = index[field];
      return at === undefined || at < 0 ? '' : (row.cells[at] ?? '').trim();
    };
    const reference = cell('reference');
    let order: SalesOrder | undefined;
    if (reference !== '') order = byReference.get(reference);
    else if (previous && columns.reference && cell('date') === '' && customerOf(cell).email === '' && customerOf(cell).firstName + customerOf(cell).lastName === '') {
      // An invoice's continuation line: no number, no date, no customer.
      order = previous;
    } else if (previous && !columns.reference && sameDayAndCustomer(previous, cell, readSaleDate)) order = previous;
    if (!order) {
      order = { line: row.line, reference, date: '', currency: '', customer: customerOf(cell), lines: [], charges: { ...NO_CHARGES }, error: null };
      orders.push(order);
      if (reference !== '') byReference.set(reference, order);
    }
    previous = order;
    absorbRow(order, row, cell, readSaleDate);
  }
  for (const order of orders) finish(order);
  return orders;
}

function customerOf(cell: Cells): SalesCustomer {
  let firstName = cell('firstName');
  let lastName = cell('lastName');
  if (firstName === '' && lastName === '' && cell('customerName') !== '') ({ firstName, lastName } = splitFullName(cell('customerName')));
  return { email: cell('email'), phone: cell('phone'), firstName, lastName, company: cell('company') };
}

function sameDayAndCustomer(order: SalesOrder, cell: Cells, readSaleDate: DateReader): boolean {
  const date = readSaleDate(cell('date'));
  const customer = customerOf(cell);
  return date.kind === 'date' && date.value === order.date && JSON.stringify(customer) === JSON.stringify(order.customer);
}

/** Adds a row's line to its order, filling the order's fields the row is the first to give. */
function absorbRow(order: SalesOrder, row: TableRow, cell: Cells, readSaleDate: DateReader): void {
  const fail = (error: CoreText) => {
    order.error ??= coreMessage('import.sales.lineError', { line: row.line, reason: error });
  };
  if (row.error) return fail(row.error);
  const rawDate = cell('date');
  if (order.date === '' && rawDate !== '') {
    const date = readSaleDate(rawDate);
    if (date.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(date.value)) order.date = date.value;
    else if (date.kind === 'ambiguous') fail(coreMessage('import.sales.dateAmbiguous', { value: rawDate }));
    else fail(coreMessage('import.sales.dateInvalid', { value: rawDate }));
  }
  const customer = customerOf(cell);
  for (const key of Object.keys(customer) as (keyof SalesCustomer)[]) if (order.customer[key] === '' && customer[key] !== '') order.customer[key] = customer[key];
  const currency = cell('currency').toUpperCase();
  if (currency !== '') {
    if (!/^[A-Z]{3}$/.test(currency) || !isKnownCurrency(currency)) fail(coreMessage('import.sales.currencyInvalid', { value: cell('currency') }));
    else if (order.currency !== '' && order.currency !== currency) fail(coreMessage('import.sales.currencyMixed', { first: order.currency, second: currency }));
    else order.currency = currency;
  } else if (order.currency === '') {
    const signed = currencyOfSign(cell('unitPrice') + cell('lineTotal'));
    if (signed) order.currency = signed;
  }

  const charged = absorbCharges(order.charges, cell);
  if (charged !== null) return fail(coreMessage('import.sales.amountInvalid', { value: charged }));

  const item = cell('item');
  const rawQuantity = cell('quantity');
  const rawUnit = cell('unitPrice');
  const rawTotal = cell('lineTotal');
  // A row of order-level fields only (no item, no amounts) adds no line.
  if (item === '' && rawUnit === '' && rawTotal === '') return;
  if (item === '') return fail(coreMessage('import.sales.noItem'));
  const quantity = rawQuantity === '' ? 1000 : parseQuantity(rawQuantity);
  if (quantity === null || quantity <= 0) return fail(coreMessage('import.sales.quantityInvalid', { value: rawQuantity }));
  const unitPrice = rawUnit === '' ? null : undressedAmount(rawUnit);
  if (rawUnit !== '' && unitPrice === null) return fail(coreMessage('import.sales.amountInvalid', { value: rawUnit }));
  const lineTotal = rawTotal === '' ? null : undressedAmount(rawTotal);
  if (rawTotal !== '' && lineTotal === null) return fail(coreMessage('import.sales.amountInvalid', { value: rawTotal }));
  if (unitPrice === null && lineTotal === null) return fail(coreMessage('import.sales.noPrice', { item }));
  order.lines.push({ line: row.line, item: item.slice(0, 500), quantityMilli: quantity, unitPrice, lineTotal });
}

/** Takes the order's charges and status from the first row that gives each; returns a cell that is not an amount. */
function absorbCharges(charges: SalesCharges, cell: Cells): string | null {
  const amounts = [['shipping', 'shipping'], ['fees', 'fees'], ['taxes', 'taxes'], ['discount', 'discount'], ['total', 'orderTotal'], ['refunded', 'refunded']] as const;
  for (const [key, field] of amounts) {
    const raw = cell(field);
    if (charges[key] !== null || raw === '') continue;
    const amount = undressedAmount(raw);
    if (amount === null) return raw;
    charges[key] = amount;
  }
  if (charges.discountCode === '') charges.discountCode = cell('discountCode').slice(0, 100);
  if (charges.status === '') charges.status = cell('paymentStatus').slice(0, 100);
  return null;
}

function finish(order: SalesOrder): void {
  if (order.error) return;
  if (order.date === '') order.error = coreMessage('import.sales.lineError', { line: order.line, reason: coreMessage('import.sales.noDate') });
  else if (order.lines.length === 0) order.error = coreMessage('import.sales.lineError', { line: order.line, reason: coreMessage('import.sales.noLines') });
}
