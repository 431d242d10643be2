import { formatDecimal, parseDecimal } from './decimal-text.ts';
import { lineTotalMinor, minorDigitsOf } from './money-bridge.ts';
import { purchaseStrings as s } from './strings.ts';

/** Quantities are kept in thousandths (migration 0007's `quantity_milli`). */
export const QUANTITY_DIGITS = 3;
export const MAX_REFERENCE = 200;
export const MAX_NOTE = 5000;
export const MAX_ITEM = 200;

/** One line as typed; `key` keeps React's rows stable while lines come and go. */
export interface LineDraft {
  key: number;
  item: string;
  /** As typed, the locale's way; '' means 1. */
  quantity: string;
  unitPrice: string;
  /** The product chosen from the suggestions, or null when the item was typed freely. */
  productId: string | null;
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

/** A purchase's lines as the contract carries them. */
export interface LineInput {
  item: string;
  productId: string | null;
  quantityMilli: number;
  unitPriceMinor: number;
}

export interface DraftInput {
  purchasedOn: string;
  currency: string;
  lines: LineInput[];
  reference: string;
  paymentStatus: 'paid' | 'unpaid';
  note: string;
}

type LineField = 'item' | 'quantity' | 'unitPrice';
export interface DraftErrors {
  purchasedOn?: string;
  lines?: string;
  reference?: string;
  note?: string;
  /** By line index, then field. */
  line?: Record<number, Partial<Record<LineField, string>>>;
}

let nextKey = 1;

export function emptyLine(): LineDraft {
  return { key: nextKey++, item: '', quantity: '', unitPrice: '', productId: null };
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

/** A line's quantity in thousandths: an empty quantity is 1; null when it cannot be read. */
export function quantityOf(line: LineDraft, locale: string): number | null {
  if (line.quantity.trim() === '') return 1000;
  return parseDecimal(line.quantity, locale, QUANTITY_DIGITS);
}

/** Every line's total and the purchase's, in minor units; null where a line cannot be read yet. */
export function draftTotals(draft: PurchaseDraft, locale: string): { lines: (number | null)[]; total: number } {
  const digits = minorDigitsOf(draft.currency);
  let total = 0;
  const lines = draft.lines.map((line) => {
    if (isEmptyLine(line)) return null;
    const quantity = quantityOf(line, locale);
    const price = line.unitPrice.trim() === '' ? 0 : parseDecimal(line.unitPrice, locale, digits);
    if (quantity === null || price === null) return null;
    const lineTotal = lineTotalMinor(quantity, price);
    total += lineTotal;
    return lineTotal;
  });
  return { lines, total };
}

/**
 * The contract input a draft becomes, or the problems by field (and by line) in the interface
 * language. The empty last line is not a line; a line with a price but no item is a mistake.
 */
export function checkPurchaseDraft(draft: PurchaseDraft, locale: string): { input: DraftInput } | { errors: DraftErrors } {
  const digits = minorDigitsOf(draft.currency);
  const errors: DraftErrors = {};
  const lineErrors: NonNullable<DraftErrors['line']> = {};
  const lines: LineInput[] = [];
  draft.lines.forEach((line, index) => {
    if (isEmptyLine(line)) return;
    const problems: Partial<Record<LineField, string>> = {};
    const item = line.item.trim();
    if (item === '') problems.item = s.errorItem;
    else if (item.length > MAX_ITEM) problems.item = s.errorTooLong(MAX_ITEM);
    const quantityMilli = quantityOf(line, locale);
    if (quantityMilli === null || quantityMilli === 0) problems.quantity = s.errorQuantity(formatDecimal(1500, locale, QUANTITY_DIGITS));
    const unitPriceMinor = line.unitPrice.trim() === '' ? 0 : parseDecimal(line.unitPrice, locale, digits);
    if (unitPriceMinor === null) problems.unitPrice = s.errorPrice(formatDecimal(Math.round((1250 * 10 ** digits) / 100), locale, digits, true), digits);
    if (Object.keys(problems).length > 0) lineErrors[index] = problems;
    else lines.push({ item, productId: line.productId, quantityMilli: quantityMilli!, unitPriceMinor: unitPriceMinor! });
  });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.purchasedOn)) errors.purchasedOn = s.errorDate;
  if (Object.keys(lineErrors).length > 0) errors.line = lineErrors;
  else if (lines.length === 0) errors.lines = s.errorNoLines;
  if (draft.reference.trim().length > MAX_REFERENCE) errors.reference = s.errorTooLong(MAX_REFERENCE);
  if (draft.note.length > MAX_NOTE) errors.note = s.errorTooLong(MAX_NOTE);
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: { purchasedOn: draft.purchasedOn, currency: draft.currency, lines, reference: draft.reference.trim(), paymentStatus: draft.paid ? 'paid' : 'unpaid', note: draft.note },
  };
}

/** A saved purchase's lines back as typed text (for Edit and "Repeat last purchase"). */
export function linesAsDraft(lines: readonly LineInput[], currency: string, locale: string): LineDraft[] {
  return withTrailingEmptyLine(
    lines.map((line) => ({
      key: nextKey++,
      item: line.item,
      productId: line.productId,
      quantity: line.quantityMilli === 1000 ? '' : formatDecimal(line.quantityMilli, locale, QUANTITY_DIGITS),
      unitPrice: priceText(line.unitPriceMinor, currency, locale),
    })),
  );
}

/** The price text a product suggestion or a saved line fills in, with the currency's decimals ("4,50"). */
export function priceText(minor: number, currency: string, locale: string): string {
  return formatDecimal(minor, locale, minorDigitsOf(currency), true);
}
