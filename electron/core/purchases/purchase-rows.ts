import { foldText } from '../../../shared/domain/text.ts';
import { lineTotalMinor } from '../../../shared/domain/money.ts';
import { newId } from '../clock.ts';
import type { Db, InsertRow } from '../db/schema.ts';

/**
 * The one writer of purchase rows: a purchase, its lines and the products they are filed under
 * are written here and nowhere else, by the purchase form (purchase-store.ts), the sales import
 * and the import of Carnet's own JSON export alike. The caller gives every id (a new purchase gets
 * UUIDv7s; an import of Carnet's export keeps the exported ones) and runs it in its transaction.
 *
 * What the caller gives is kept as given; only what it leaves out is worked out: a line's total
 * (quantity x unit price, rounded to the minor unit), the purchase's total (the sum of the lines'
 * totals) and a line's product (found or created by its folded item name).
 */

/** One line as a writer receives it; `position` is its place in the array. */
export interface PurchaseLineRow {
  id: string;
  item: string;
  quantity_milli: number;
  unit_price_minor: number;
  /** Left out: quantity x unit price, rounded half away from zero. */
  line_total_minor?: number;
  /** Left out: the product named like `item` (created when there is none); null files it under none. */
  product_id?: string | null;
}

/** A purchase row whose total may be left out (then: the sum of the lines' totals). */
export type PurchaseRow = Omit<InsertRow<'purchases'>, 'total_minor'> & { total_minor?: number };

/** Products found by folded name during one transaction (an import of 100,000 lines asks once per name). */
export type ProductCache = Map<string, string>;

/** Lines per INSERT: 8 columns x 400 stays far below SQLite's bound-parameter limit. */
const LINE_CHUNK = 400;

/** Writes a purchase and its lines; returns its total (given or worked out). */
export async function insertPurchase(trx: Db, purchase: PurchaseRow, lines: readonly PurchaseLineRow[], products: ProductCache = new Map()): Promise<number> {
  const lineRows: InsertRow<'purchase_lines'>[] = [];
  for (const [position, line] of lines.entries()) {
    const productId =
      line.product_id !== undefined
        ? line.product_id
        : await productIdFor(trx, line.item, { now: purchase.updated_at, unitPriceMinor: line.unit_price_minor, currency: purchase.currency }, products);
    lineRows.push({
      id: line.id,
      purchase_id: purchase.id,
      position,
      product_id: productId,
      item: line.item,
      quantity_milli: line.quantity_milli,
      unit_price_minor: line.unit_price_minor,
      line_total_minor: line.line_total_minor ?? lineTotalMinor(line.quantity_milli, line.unit_price_minor),
    });
  }
  const total = purchase.total_minor ?? lineRows.reduce((sum, line) => sum + line.line_total_minor, 0);
  await trx.insertInto('purchases').values({ ...purchase, total_minor: total }).execute();
  for (let start = 0; start < lineRows.length; start += LINE_CHUNK) {
    await trx.insertInto('purchase_lines').values(lineRows.slice(start, start + LINE_CHUNK)).execute();
  }
  return total;
}

/** Removes a purchase and its lines for good: an edit writes them again with `insertPurchase`; delete forever and import undo end there. */
export async function deletePurchaseRows(trx: Db, purchaseId: string): Promise<void> {
  await trx.deleteFrom('purchase_lines').where('purchase_id', '=', purchaseId).execute();
  await trx.deleteFrom('purchases').where('id', '=', purchaseId).execute();
}

/** The key products are matched by: "Café  moulu" and "cafe moulu" are one product. */
export function productKey(name: string): string {
  return foldText(name);
}

export interface ProductSeen {
  now: string;
  /** The price it was just sold at, kept on a new product as the form's prefill. */
  unitPriceMinor: number | null;
  currency: string | null;
}

/**
 * The live product named `name` (case and accents ignored), following merges to the product it
 * now lives in, or a new one named as typed. Used by `insertPurchase` and by the sales import.
 */
export async function productIdFor(trx: Db, name: string, seen: ProductSeen, cache: ProductCache = new Map()): Promise<string> {
  const key = productKey(name);
  const cached = cache.get(key);
  if (cached) return cached;
  const found = await trx
    .selectFrom('products')
    .select(['id', 'merged_into'])
    .where('name_key', '=', key)
    .where('deleted_at', 'is', null)
    .orderBy('merged_into', 'asc') // NULL first: the live product before merged ones of the same name
    .executeTakeFirst();
  const id = found ? await liveProductId(trx, found.id, found.merged_into) : await createProduct(trx, name, key, seen);
  cache.set(key, id);
  return id;
}

async function createProduct(trx: Db, name: string, key: string, seen: ProductSeen): Promise<string> {
  const id = newId();
  await trx
    .insertInto('products')
    .values({ id, name: name.trim(), name_key: key, unit_price_minor: seen.unitPriceMinor, currency: seen.currency, merged_into: null, created_at: seen.now, updated_at: seen.now, deleted_at: null })
    .execute();
  return id;
}

/** Follows `merged_into` to the product a merged one now lives in (a bounded walk: merges never loop). */
export async function liveProductId(trx: Db, id: string, mergedInto: string | null): Promise<string> {
  let current = id;
  let next = mergedInto;
  for (let step = 0; next !== null && step < 100; step++) {
    current = next;
    const row = await trx.selectFrom('products').select('merged_into').where('id', '=', current).executeTakeFirst();
    next = row?.merged_into ?? null;
  }
  return current;
}
