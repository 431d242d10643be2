/**
 * What importing a sales file would do, order by order: the same plan for the preview and the
 * commit. Customers are found with the contacts import's Matcher (email, then phone, with names
 * that agree; else name + company): a shared email whose names conflict is NOT the customer.
 * An order already in Carnet is recognised by (source, reference) when it has a number, else by
 * (date, customer, lines), so importing a file twice creates nothing.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { contactInputSchema, type ContactFields } from '../../../../shared/contract/contacts.ts';
import type { SalesOrderPreview, SalesOrderStatus } from '../../../../shared/contract/import.ts';
import { coreMessage, type CoreText } from '../../../../shared/messages/core-text.ts';
import { decimalMarkOf, lineTotalMinor, minorUnitsOf, parseAmount, type DecimalMark } from '../../../../shared/domain/money.ts';
import { Matcher, matchKeysOf } from '../pipeline/match.ts';
import type { SalesOrder } from './sales-orders.ts';
import { chargeLines, paymentOf } from './sales-charges.ts';
import type { SalesPlatform } from './sales-columns.ts';

export interface PlannedLine {
  item: string;
  quantityMilli: number;
  unitPriceMinor: number;
  lineTotalMinor: number;
  /** Shipping, taxes or a discount (sales-charges.ts): filed under no product. */
  charge?: true;
}

/** A customer the import creates: `ref` stands for its id until it is written. */
export interface PlannedCustomer {
  ref: string;
  fields: ContactFields;
}

export interface PlannedOrder {
  preview: SalesOrderPreview;
  /** Set when the order is written: the customer (an existing id or a PlannedCustomer's ref), lines, total. */
  write: { customer: string; currency: string; totalMinor: number; lines: PlannedLine[]; paymentStatus: 'paid' | 'unpaid' } | null;
}

export interface SalesPlan {
  orders: PlannedOrder[];
  customers: PlannedCustomer[];
  counts: Record<SalesOrderStatus, number>;
  /** The currency the file's orders are in when the shop has none yet (the first one found). */
  fileCurrency: string | null;
}

export interface SalesPlanOptions {
  /** 'shopify', 'woocommerce', 'square' or 'csv': the purchases' `source`. */
  source: SalesPlatform;
  country: string;
  createCustomers: boolean;
  /** The shop's currency, null when none is set yet. */
  shopCurrency: string | null;
}

export const PLANNED_PREFIX = 'planned:';

export function planSales(sqlite: BetterSqlite3.Database, orders: readonly SalesOrder[], options: SalesPlanOptions): SalesPlan {
  const matcher = new Matcher(sqlite, options.country);
  const byReference = sqlite.prepare<[string, string], number>("SELECT 1 FROM purchases WHERE source = ? AND reference = ? AND reference <> '' AND deleted_at IS NULL").pluck();
  const sameDay = sqlite.prepare<[string, string], { id: string; currency: string; item: string; quantity_milli: number; unit_price_minor: number; line_total_minor: number }>(
    `SELECT p.id, p.currency, l.item, l.quantity_milli, l.unit_price_minor, l.line_total_minor
     FROM purchases p JOIN purchase_lines l ON l.purchase_id = p.id
     WHERE p.contact_id = ? AND p.purchased_on = ? AND p.deleted_at IS NULL ORDER BY p.id, l.position`,
  );
  const plan: SalesPlan = { orders: [], customers: [], counts: { new: 0, already: 0, unknownCustomer: 0, cancelled: 0, error: 0 }, fileCurrency: null };
  const fileCurrency = options.shopCurrency === null ? (orders.find((order) => order.currency !== '')?.currency ?? null) : null;
  plan.fileCurrency = fileCurrency;

  // "1,234" is 1234 in a file that writes "1,234.56" and a slip in one that writes "12,50".
  const mark = decimalMarkOf(amountTexts(orders));
  for (const order of orders) {
    const currency = order.currency || options.shopCurrency || fileCurrency || '';
    const base = { line: order.line, reference: order.reference, date: order.date, currency, lineCount: order.lines.length, totalMinor: 0, paymentStatus: 'paid' as 'paid' | 'unpaid', customerName: customerLabel(order), matchedBy: null, customerAction: 'none' as const, message: '', said: null, warnings: [] as CoreText[] };
    const fail = (error: CoreText): void => {
      plan.counts.error++;
      plan.orders.push({ preview: { ...base, status: 'error', action: 'skip', ...saying(error) }, write: null });
    };
    if (order.error) { fail(order.error); continue; }
    if (currency === '') { fail(coreMessage('import.sales.lineError', { line: order.line, reason: coreMessage('import.sales.noCurrency') })); continue; }
    const items = linesInMinor(order, currency, mark);
    if ('error' in items) { fail(items.error); continue; }
    const itemsMinor = items.lines.reduce((sum, line) => sum + line.lineTotalMinor, 0);
    const charges = chargeLines(order.charges, itemsMinor, currency, options.source, mark);
    if ('invalid' in charges) { fail(coreMessage('import.sales.lineError', { line: order.line, reason: notAnAmount(charges.invalid, currency, mark) })); continue; }
    const lines = { lines: [...items.lines, ...charges.lines] };
    const totalMinor = itemsMinor + charges.lines.reduce((sum, line) => sum + line.lineTotalMinor, 0);
    const payment = paymentOf(order.charges.status);
    if ('notASale' in payment) {
      plan.counts.cancelled++;
      plan.orders.push({ preview: { ...base, totalMinor, lineCount: lines.lines.length, status: 'cancelled', action: 'skip', ...saying(payment.notASale) }, write: null });
      continue;
    }
    const paymentStatus = payment.status;
    const warnings = [...charges.warnings, ...(payment.warning ? [payment.warning] : [])];
    const withTotal = { ...base, totalMinor, lineCount: lines.lines.length, paymentStatus, warnings };

    const fields = contactFieldsOf(order);
    if (fields === null) {
      plan.counts.unknownCustomer++;
      plan.orders.push({ preview: { ...withTotal, status: 'unknownCustomer', action: 'skip', ...saying(coreMessage('import.sales.noCustomer')) }, write: null });
      continue;
    }
    const keys = matchKeysOf(fields, matcher);
    const match = matcher.find(fields, keys);
    if (match && !match.namesConflict) {
      const customer = match.target;
      const existing = customer.startsWith(PLANNED_PREFIX) ? false : isAlreadyThere(order, customer, lines.lines, currency, options.source, byReference, sameDay);
      const preview = { ...withTotal, customerName: match.displayName, matchedBy: match.by === 'id' ? 'email' as const : match.by, customerAction: (customer.startsWith(PLANNED_PREFIX) ? 'create' : 'match') as 'create' | 'match' };
      if (existing) {
        plan.counts.already++;
        plan.orders.push({ preview: { ...preview, status: 'already', action: 'skip', ...saying(coreMessage('import.sales.already')) }, write: null });
      } else {
        plan.counts.new++;
        plan.orders.push({ preview: { ...preview, status: 'new', action: 'create' }, write: { customer, currency, totalMinor, lines: lines.lines, paymentStatus } });
      }
      continue;
    }
    // An order with a number may be there already on a customer the file names differently.
    if (order.reference !== '' && byReference.get(options.source, order.reference) !== undefined) {
      plan.counts.already++;
      plan.orders.push({ preview: { ...withTotal, status: 'already', action: 'skip', ...saying(coreMessage('import.sales.already')) }, write: null });
      continue;
    }
    plan.counts.unknownCustomer++;
    const conflict = match?.namesConflict ? coreMessage('import.sales.nameConflict', { name: match.displayName, value: match.value }) : null;
    if (!options.createCustomers) {
      plan.orders.push({ preview: { ...withTotal, status: 'unknownCustomer', action: 'skip', ...saying(conflict ?? coreMessage('import.sales.customerUnknown')) }, write: null });
      continue;
    }
    const ref = `${PLANNED_PREFIX}${plan.customers.length}`;
    plan.customers.push({ ref, fields });
    matcher.remember(keys, order.line, ref, fields, customerLabel(order));
    plan.orders.push({
      preview: { ...withTotal, status: 'unknownCustomer', action: 'create', customerAction: 'create', ...saying(conflict ?? coreMessage('import.sales.customerCreated')) },
      write: { customer: ref, currency, totalMinor, lines: lines.lines, paymentStatus },
    });
  }
  return plan;
}

function saying(said: CoreText): { message: string; said: CoreText } {
  return { message: said.text, said };
}

function customerLabel(order: SalesOrder): string {
  const { firstName, lastName, company, email, phone } = order.customer;
  return `${firstName} ${lastName}`.trim() || company || email || phone;
}

/** The customer as a contact, or null when the order names nobody (a walk-in sale on a till). */
function contactFieldsOf(order: SalesOrder): ContactFields | null {
  const { firstName, lastName, company, email, phone } = order.customer;
  const parsed = contactInputSchema.safeParse({
    kind: 'person', firstName, lastName, company,
    emails: email ? [{ label: '', value: email }] : [],
    phones: phone ? [{ label: '', value: phone }] : [],
  });
  if (parsed.success) return parsed.data;
  // A broken email or phone is no proof of identity: match on the rest.
  const fallback = contactInputSchema.safeParse({ kind: 'person', firstName, lastName, company });
  return fallback.success ? fallback.data : null;
}

/**
 * Lines in minor units of the order's currency. A line with a unit price and no total gets
 * quantity x price (money.ts); one with only a total (Square) gets total / quantity as its price,
 * rounded half away from zero to the minor unit (integers divided once).
 */
function linesInMinor(order: SalesOrder, currency: string, mark: DecimalMark | null): { lines: PlannedLine[] } | { error: CoreText } {
  const lines: PlannedLine[] = [];
  for (const line of order.lines) {
    const unit = line.unitPrice === null ? null : parseAmount(line.unitPrice, currency, mark);
    const total = line.lineTotal === null ? null : parseAmount(line.lineTotal, currency, mark);
    const broken = (line.unitPrice !== null && unit === null) ? line.unitPrice : (line.lineTotal !== null && total === null) ? line.lineTotal : null;
    if (broken !== null) return { error: coreMessage('import.sales.lineError', { line: line.line, reason: notAnAmount(broken, currency, mark) }) };
    const unitPriceMinor = unit ?? roundedDivision(total! * 1000, line.quantityMilli);
    const lineTotal = total ?? lineTotalMinor(line.quantityMilli, unit!);
    if (!Number.isSafeInteger(unitPriceMinor) || !Number.isSafeInteger(lineTotal)) {
      return { error: coreMessage('import.sales.lineError', { line: line.line, reason: coreMessage('import.sales.amountInvalid', { value: line.lineTotal ?? line.unitPrice ?? '' }) }) };
    }
    lines.push({ item: line.item, quantityMilli: line.quantityMilli, unitPriceMinor, lineTotalMinor: lineTotal });
  }
  return { lines };
}

/** Every amount the file's orders hold, for its decimal mark. */
function* amountTexts(orders: readonly SalesOrder[]): Generator<string> {
  for (const order of orders) {
    for (const line of order.lines) {
      if (line.unitPrice !== null) yield line.unitPrice;
      if (line.lineTotal !== null) yield line.lineTotal;
    }
    const { shipping, fees, taxes, discount, total, refunded } = order.charges;
    for (const amount of [shipping, fees, taxes, discount, total, refunded]) if (amount !== null) yield amount;
  }
}

/** Why an amount cell is not one: more decimals than the currency has (after the file's decimal mark), or not an amount at all. */
function notAnAmount(value: string, currency: string, mark: DecimalMark | null): CoreText {
  const at = mark === null ? -1 : value.lastIndexOf(mark);
  const decimals = at < 0 ? 0 : value.length - at - 1;
  if (at >= 0 && /^\d+$/.test(value.slice(at + 1)) && decimals > minorUnitsOf(currency)) return coreMessage('import.sales.tooManyDecimals', { value, currency, digits: minorUnitsOf(currency) });
  return coreMessage('import.sales.amountNotInCurrency', { value, currency });
}

function roundedDivision(numerator: number, denominator: number): number {
  const quotient = Math.abs(numerator) / denominator;
  return Math.sign(numerator) * Math.round(quotient);
}

type SameDayRow = { id: string; currency: string; item: string; quantity_milli: number; unit_price_minor: number; line_total_minor: number };

function isAlreadyThere(
  order: SalesOrder, contactId: string, lines: readonly PlannedLine[], currency: string, source: string,
  byReference: BetterSqlite3.Statement<[string, string], number>, sameDay: BetterSqlite3.Statement<[string, string], SameDayRow>,
): boolean {
  if (order.reference !== '') return byReference.get(source, order.reference) !== undefined;
  const wanted = signature(currency, lines.map((line) => [line.item, line.quantityMilli, line.unitPriceMinor, line.lineTotalMinor]));
  const purchases = new Map<string, SameDayRow[]>();
  for (const row of sameDay.all(contactId, order.date)) purchases.set(row.id, [...(purchases.get(row.id) ?? []), row]);
  for (const rows of purchases.values()) {
    if (signature(rows[0]!.currency, rows.map((row) => [row.item, row.quantity_milli, row.unit_price_minor, row.line_total_minor])) === wanted) return true;
  }
  return false;
}

/** The same lines in any order: what "the same purchase" means for a file without numbers. */
function signature(currency: string, lines: (string | number)[][]): string {
  return `${currency}|${lines.map((line) => JSON.stringify(line)).sort().join('|')}`;
}
