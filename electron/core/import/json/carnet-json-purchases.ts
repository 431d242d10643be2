import { z } from 'zod';
import { currencySchema, MAX_ITEM, MAX_PURCHASE_LINES, MAX_PURCHASE_NOTE, MAX_QUANTITY_MILLI, MAX_REFERENCE, MAX_UNIT_PRICE_MINOR, paymentStatusSchema } from '../../../../shared/contract/purchases.ts';
import { instantSchema } from '../../../../shared/contract/interactions.ts';
import { localDateSchema } from '../../../../shared/contract/tasks.ts';
import type { ImportedProduct, ImportedPurchase } from '../import-record.ts';
import { DocumentProblem } from './document-problem.ts';

/**
 * The purchases and products of a Carnet export (version 3), checked with the contract's bounds
 * before anything is planned. Amounts are kept as the file gives them (integer minor units): the
 * one thing checked between them is that a purchase's total is the sum of its lines' totals, as
 * Carnet always writes it; a file where it is not was changed by hand and is refused.
 */

/** Ids as the document's (UUIDs, or letters, digits and . _ : -). */
const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'Expected an id: 1 to 64 letters, digits, ".", "_", ":" or "-"');
const bounded = (max: number) => z.string().max(max, `At most ${max.toLocaleString('en')} characters`);
const minor = z.number().int('Expected a whole number of minor units').refine(Number.isSafeInteger, 'Too large to be kept exactly');

const lineRecordSchema = z.object({
  id: idSchema,
  productId: idSchema.nullable().default(null),
  item: bounded(MAX_ITEM).trim().min(1, 'Say what was bought'),
  quantityMilli: z.number().int('Expected thousandths of a unit').min(1, 'A quantity is above 0').max(MAX_QUANTITY_MILLI),
  unitPriceMinor: minor.refine((value) => Math.abs(value) <= MAX_UNIT_PRICE_MINOR, 'Unit price out of range'),
  lineTotalMinor: minor,
});

export const purchaseRecordSchema = z.object({
  id: idSchema,
  contactId: idSchema,
  purchasedOn: localDateSchema,
  currency: currencySchema,
  totalMinor: minor,
  reference: bounded(MAX_REFERENCE).default(''),
  source: bounded(100).default('manual'),
  paymentStatus: paymentStatusSchema.default('paid'),
  note: bounded(MAX_PURCHASE_NOTE).default(''),
  lines: z.array(lineRecordSchema).min(1, 'A purchase needs at least one line').max(MAX_PURCHASE_LINES),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

export const productRecordSchema = z.object({
  id: idSchema,
  name: bounded(MAX_ITEM).trim().min(1, 'Give the product a name'),
  unitPriceMinor: minor.nullable().default(null),
  currency: currencySchema.nullable().default(null),
  mergedInto: idSchema.nullable().default(null),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

/**
 * Ids once per kind of record (line ids across the file); every contact a purchase names is in
 * the file; every product a line or a merge names is in the file; totals are the sums of their lines.
 */
export function checkPurchaseReferences(contactIds: ReadonlySet<string>, purchases: readonly ImportedPurchase[], products: readonly ImportedProduct[]): void {
  const productAt = new Map<string, number>();
  for (const [index, product] of products.entries()) {
    const first = productAt.get(product.id);
    if (first !== undefined) throw new DocumentProblem(`products[${index}].id`, `The id ${product.id} is also the id of products[${first}]`, product.id);
    productAt.set(product.id, index);
  }
  for (const [index, product] of products.entries()) {
    if (product.mergedInto !== null && (!productAt.has(product.mergedInto) || product.mergedInto === product.id)) {
      throw new DocumentProblem(`products[${index}].mergedInto`, `No other product with id ${product.mergedInto} in this file`, product.id);
    }
  }
  const purchaseAt = new Map<string, number>();
  const lineAt = new Map<string, string>();
  for (const [index, purchase] of purchases.entries()) {
    const where = `purchases[${index}]`;
    const first = purchaseAt.get(purchase.id);
    if (first !== undefined) throw new DocumentProblem(`${where}.id`, `The id ${purchase.id} is also the id of purchases[${first}]`, purchase.id);
    purchaseAt.set(purchase.id, index);
    if (!contactIds.has(purchase.contactId)) throw new DocumentProblem(`${where}.contactId`, `No contact or company with id ${purchase.contactId} in this file`, purchase.id);
    let sum = 0;
    for (const [k, line] of purchase.lines.entries()) {
      const firstLine = lineAt.get(line.id);
      if (firstLine !== undefined) throw new DocumentProblem(`${where}.lines[${k}].id`, `The id ${line.id} is also the id of ${firstLine}`, purchase.id);
      lineAt.set(line.id, `${where}.lines[${k}]`);
      if (line.productId !== null && !productAt.has(line.productId)) throw new DocumentProblem(`${where}.lines[${k}].productId`, `No product with id ${line.productId} in this file`, purchase.id);
      sum += line.lineTotalMinor;
    }
    if (sum !== purchase.totalMinor) throw new DocumentProblem(`${where}.totalMinor`, `The total ${purchase.totalMinor} is not the sum of the lines (${sum})`, purchase.id);
  }
}
