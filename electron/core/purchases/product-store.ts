import { sql } from 'kysely';
import type { Product, ProductListItem } from '../../../shared/contract/purchases.ts';
import { CarnetError } from '../../../shared/errors.ts';
import type { Db } from '../db/schema.ts';
import { productKey } from './purchase-rows.ts';

/**
 * The product list: grown by `productIdFor` from what is typed and imported, read here for
 * suggestions and the list screen, renamed and merged by the user. A listed product is live
 * and not merged into another (the partial index `products_name_key` holds exactly those).
 */

/** The upper bound of keys starting with `key`: every folded name that starts with it sorts below. */
const AFTER_PREFIX = '\u{10FFFF}';

/** Products whose folded name starts with the folded prefix, in name order. */
export async function suggestProducts(db: Db, prefix: string, limit: number): Promise<Product[]> {
  const key = productKey(prefix);
  if (key === '') return [];
  const rows = await db
    .selectFrom('products')
    .select(['id', 'name', 'unit_price_minor', 'currency'])
    .where('deleted_at', 'is', null)
    .where('merged_into', 'is', null)
    .where('name_key', '>=', key)
    .where('name_key', '<', `${key}${AFTER_PREFIX}`)
    .orderBy('name_key')
    .limit(limit)
    .execute();
  return rows.map(productFromRow);
}

/** One page of the list in name order, filtered by a part of the name, with each product's live lines. */
export async function listProducts(db: Db, query: string, offset: number, limit: number): Promise<{ products: ProductListItem[]; total: number }> {
  const key = productKey(query);
  const pattern = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const base = db
    .selectFrom('products')
    .where('deleted_at', 'is', null)
    .where('merged_into', 'is', null)
    .$if(key !== '', (q) => q.where(sql<boolean>`name_key LIKE ${pattern} ESCAPE '\\'`));
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .select(['id', 'name', 'unit_price_minor', 'currency'])
    .select(
      sql<number>`(SELECT COUNT(*) FROM purchase_lines AS l JOIN purchases AS pu ON pu.id = l.purchase_id WHERE l.product_id = products.id AND pu.deleted_at IS NULL)`.as('lines'),
    )
    .orderBy('name_key')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return { products: rows.map((row) => ({ ...productFromRow(row), lines: Number(row.lines) })), total: Number(total) };
}

export async function loadProduct(db: Db, id: string): Promise<Product> {
  const row = await db.selectFrom('products').select(['id', 'name', 'unit_price_minor', 'currency']).where('id', '=', id).where('deleted_at', 'is', null).where('merged_into', 'is', null).executeTakeFirst();
  if (!row) throw new CarnetError('not_found', `No product with id ${id}`);
  return productFromRow(row);
}

/** Renames a listed product; a name another listed product has is a conflict (merge them instead). Lines keep what was typed. */
export async function renameProduct(trx: Db, id: string, name: string, now: string): Promise<void> {
  await loadProduct(trx, id);
  const key = productKey(name);
  const clash = await trx.selectFrom('products').select('id').where('name_key', '=', key).where('deleted_at', 'is', null).where('merged_into', 'is', null).where('id', '<>', id).executeTakeFirst();
  if (clash) {
    const message = `Another product is already called ${name}; merge them instead`;
    throw new CarnetError('conflict', message, [{ path: 'name', message }]);
  }
  await trx.updateTable('products').set({ name, name_key: key, updated_at: now }).where('id', '=', id).execute();
}

/**
 * Merges listed products into `intoId`: their lines (and products merged into them before) are
 * filed under it, and they point to it, so typing their names later finds it.
 */
export async function mergeProducts(trx: Db, ids: readonly string[], intoId: string, now: string): Promise<{ merged: number; linesMoved: number }> {
  await loadProduct(trx, intoId);
  const sources = [...new Set(ids)];
  const live = await trx.selectFrom('products').select('id').where('id', 'in', sources).where('deleted_at', 'is', null).where('merged_into', 'is', null).execute();
  const found = new Set(live.map((row) => row.id));
  const missing = sources.findIndex((id) => !found.has(id));
  if (missing >= 0) {
    const message = `No product with id ${sources[missing]}`;
    throw new CarnetError('not_found', message, [{ path: `ids.${missing}`, message }]);
  }
  const moved = await trx.updateTable('purchase_lines').set({ product_id: intoId }).where('product_id', 'in', sources).executeTakeFirst();
  await trx.updateTable('products').set({ merged_into: intoId, updated_at: now }).where('merged_into', 'in', sources).execute();
  await trx.updateTable('products').set({ merged_into: intoId, updated_at: now }).where('id', 'in', sources).execute();
  return { merged: sources.length, linesMoved: Number(moved.numUpdatedRows) };
}

function productFromRow(row: { id: string; name: string; unit_price_minor: number | null; currency: string | null }): Product {
  return { id: row.id, name: row.name, unitPriceMinor: row.unit_price_minor, currency: row.currency };
}
