import { MAX_ITEM, MAX_PURCHASE_NOTE, MAX_QUANTITY_MILLI, MAX_REFERENCE, MAX_UNIT_PRICE_MINOR, type PurchaseInput, type PurchaseLine } from '../../../shared/contract/purchases.ts';
import { decimalMarkOfLocale, lineTotalMinor, minorUnitsOf, parseAmount, parseQuantity, quantityText, QUANTITY_SCALE } from '../../../shared/domain/money.ts';
import { typedDecimal } from './decimal-text.ts';
import { purchaseStrings as s } from './strings.ts';

const QUANTITY_DIGITS = 3;

/** One line as typed; `key` keeps React's rows stable while lines come and go. */
export interface LineDraft {
  key: number;
  item: string;
  /** As typed, the locale's way ("1,5"); '' means 1. */
  quantity: string;
  /** As typed, in the purchase's currency ("4,50"); '' means 0. */
  unitPrice: string;
}

/** What the purchase form holds, as typed. */
export interface PurchaseDraft {
  /** Local date 'YYYY-MM-DD'. */
  purchasedOn: string;
  currency: string;
  /** Always ends with one empty line: typing in it adds the next. */
  lines: LineDraft[];
  reference: string;
  paid: boolean;
  note: string;
}

/** The purchase a draft becomes, without the contact (the form knows whose it is). */
export type DraftInput = Omit<PurchaseInput, 'contactId'>;

type LineField = 'item' | 'quantity' | 'unitPrice';
export type LineErrors = Partial<Record<LineField, string>>;
export interface DraftErrors {
  purchasedOn?: string;
  currency?: string;
  lines?: string;
  reference?: string;
  note?: string;
  /** By line index. */
  line?: Record<number, LineErrors>;
}

let nextKey = 1;

export function emptyLine(): LineDraft {
  return { key: nextKey++, item: '', quantity: '', unitPrice: '' };
}

export function isEmptyLine(line: LineDraft): boolean {
  return line.item.trim() === '' && line.quantity.trim() === '' && line.unitPrice.trim() === '';
}

/** The lines with exactly one empty line at the end (extra trailing empty ones are dropped). */
export function withTrailingEmptyLine(lines: readonly LineDraft[]): LineDraft[] {
  const kept = [...lines];
  while (kept.length > 1 && isEmptyLine(kept[kept.length - 1]!) && isEmptyLine(kept[kept.length - 2]!)) kept.pop();
  if (kept.length === 0 || !isEmptyLine(kept[kept.length - 1]!)) kept.push(emptyLine());
  return kept;
}

export function newPurchaseDraft(currency: string, today: string): PurchaseDraft {
  return { purchasedOn: today, currency, lines: [emptyLine()], reference: '', paid: true, note: '' };
}

/** A change to one line; typing in the last (empty) line adds the next empty one. */
export function updateLine(draft: PurchaseDraft, index: number, patch: Partial<Omit<LineDraft, 'key'>>): PurchaseDraft {
  const lines = draft.lines.map((line, at) => (at === index ? { ...line, ...patch } : line));
  return { ...draft, lines: withTrailingEmptyLine(lines) };
}

export function removeLine(draft: PurchaseDraft, index: number): PurchaseDraft {
  return { ...draft, lines: withTrailingEmptyLine(draft.lines.filter((_, at) => at !== index)) };
}

/** A line's quantity in thousandths (an empty quantity is 1), or null when it is no quantity above 0. */
function quantityOf(line: LineDraft): number | null {
  if (line.quantity.trim() === '') return QUANTITY_SCALE;
  const milli = parseQuantity(line.quantity);
  return milli !== null && milli > 0 && milli <= MAX_QUANTITY_MILLI ? milli : null;
}

/**
 * A line's unit price in minor units (an empty price is 0), or null when it cannot be read. The
 * locale's decimal mark settles "1,234": 1234.00 € where "," groups thousands (en), a slip with
 * more decimals than EUR has where "," is the decimal mark (fr, de), as money.ts explains.
 */
function priceOf(line: LineDraft, currency: string, locale: string): number | null {
  if (line.unitPrice.trim() === '') return 0;
  const minor = parseAmount(line.unitPrice, currency, decimalMarkOfLocale(locale));
  return minor !== null && Math.abs(minor) <= MAX_UNIT_PRICE_MINOR ? minor : null;
}

/** Every line's total and the purchase's, in minor units (shared/domain/money.ts: no floats); null where a line cannot be read yet. */
export function draftTotals(draft: PurchaseDraft, locale: string): { lines: (number | null)[]; total: number } {
  let total = 0;
  const lines = draft.lines.map((line) => {
    if (isEmptyLine(line)) return null;
    const quantity = quantityOf(line);
    const price = priceOf(line, draft.currency, locale);
    if (quantity === null || price === null) return null;
    const lineTotal = lineTotalMinor(quantity, price);
    total += lineTotal;
    return lineTotal;
  });
  return { lines, total };
}

/**
 * The contract input a draft becomes, or the problems by field (and by line) in the interface
 * language, with examples written the locale's way. The empty last line is not a line.
 */
export function checkPurchaseDraft(draft: PurchaseDraft, locale: string): { input: DraftInput } | { errors: DraftErrors } {
  const digits = minorUnitsOf(draft.currency);
  const errors: DraftErrors = {};
  const lineErrors: Record<number, LineErrors> = {};
  const lines: DraftInput['lines'] = [];
  draft.lines.forEach((line, index) => {
    if (isEmptyLine(line)) return;
    const problems: LineErrors = {};
    const item = line.item.trim();
    if (item === '') problems.item = s.errorItem;
    else if (item.length > MAX_ITEM) problems.item = s.errorTooLong(MAX_ITEM);
    const quantityMilli = quantityOf(line);
    if (quantityMilli === null) problems.quantity = s.errorQuantity(typedDecimal(1500, QUANTITY_DIGITS, locale));
    const unitPriceMinor = priceOf(line, draft.currency, locale);
    if (unitPriceMinor === null) problems.unitPrice = s.errorPrice(typedDecimal(Math.round(1250 * 10 ** (digits - 2)), digits, locale, true), digits);
    if (Object.keys(problems).length > 0) lineErrors[index] = problems;
    else lines.push({ item, quantity: quantityText(quantityMilli!), unitPrice: unitPriceMinor! });
  });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.purchasedOn)) errors.purchasedOn = s.errorDate;
  if (Object.keys(lineErrors).length > 0) errors.line = lineErrors;
  else if (lines.length === 0) errors.lines = s.errorNoLines;
  if (draft.reference.trim().length > MAX_REFERENCE) errors.reference = s.errorTooLong(MAX_REFERENCE);
  if (draft.note.length > MAX_PURCHASE_NOTE) errors.note = s.errorTooLong(MAX_PURCHASE_NOTE);
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: { purchasedOn: draft.purchasedOn, currency: draft.currency, lines, reference: draft.reference.trim(), paymentStatus: draft.paid ? 'paid' : 'unpaid', note: draft.note },
  };
}

/** The price text a product suggestion or a saved line fills in, with the currency's decimals ("4,50"). */
export function priceText(minor: number, currency: string, locale: string): string {
  return typedDecimal(minor, minorUnitsOf(currency), locale, true);
}

/** A saved purchase's lines back as typed text (for Edit and "Repeat last purchase"), then the empty line. */
export function linesAsDraft(lines: readonly Pick<PurchaseLine, 'item' | 'quantityMilli' | 'unitPriceMinor'>[], currency: string, locale: string): LineDraft[] {
  return withTrailingEmptyLine(
    lines.map((line) => ({
      key: nextKey++,
      item: line.item,
      quantity: line.quantityMilli === QUANTITY_SCALE ? '' : typedDecimal(line.quantityMilli, QUANTITY_DIGITS, locale),
      unitPrice: priceText(line.unitPriceMinor, currency, locale),
    })),
  );
}
