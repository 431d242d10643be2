import type BetterSqlite3 from 'better-sqlite3';
import type { RelatedCounts } from '../../../../shared/contract/import.ts';
import { newId } from '../../clock.ts';
import type { Db } from '../../db/schema.ts';
import { insertPurchase, productKey } from '../../purchases/purchase-rows.ts';
import { reviveLineProducts } from '../../purchases/batch-products.ts';
import type { ImportedProduct, ImportedPurchase } from '../import-record.ts';

/**
 * A Carnet export's purchases and products (version 3), planned like its interactions
 * (related.ts) and written in the same batch:
 * - a product whose id Carnet has is that product (brought back if deleted: batch-products.ts); one whose name a listed product has (case and
 *   accents aside) is that product (never a second "Coffee"); any other is added with its id;
 * - a purchase whose id is live in Carnet, or whose source and reference a live purchase has
 *   (the same order), is already there; one whose id is only in the trash is written again under
 *   a new id (its lines too); one whose contact is not imported is left out and counted;
 * - amounts, totals and line products are written as the file gives them (ids of its products
 *   turned into the ones they ended up as).
 */
export interface PurchasePlan {
  counts: NonNullable<RelatedCounts['purchases']>;
  products: { product: ImportedProduct; mergedInto: string | null }[];
  /** A product id of the file -> the product it is in Carnet. */
  productIds: Map<string, string>;
  purchases: { purchase: ImportedPurchase; id: string; lineIds: string[]; contact: string }[];
}

export function planPurchases(sqlite: BetterSqlite3.Database, purchases: readonly ImportedPurchase[], products: readonly ImportedProduct[], contactOf: (fileId: string) => string | null): PurchasePlan {
  const plan: PurchasePlan = { counts: { added: 0, already: 0, skipped: 0 }, products: [], productIds: new Map(), purchases: [] };
  const productById = sqlite.prepare<[string], number>('SELECT 1 FROM products WHERE id = ?').pluck();
  const productByKey = sqlite.prepare<[string], string>('SELECT id FROM products WHERE name_key = ? AND deleted_at IS NULL AND merged_into IS NULL').pluck();
  const keysAdded = new Map<string, string>();
  for (const product of products) {
    if (productById.get(product.id) !== undefined) {
      plan.productIds.set(product.id, product.id);
      continue;
    }
    const key = productKey(product.name);
    const sameName = product.mergedInto === null ? (productByKey.get(key) ?? keysAdded.get(key)) : undefined;
    if (sameName !== undefined) {
      plan.productIds.set(product.id, sameName);
      continue;
    }
    if (product.mergedInto === null) keysAdded.set(key, product.id);
    plan.productIds.set(product.id, product.id);
    plan.products.push({ product, mergedInto: product.mergedInto });
  }
  for (const entry of plan.products) entry.mergedInto = entry.mergedInto === null ? null : (plan.productIds.get(entry.mergedInto) ?? null);

  const purchaseState = sqlite.prepare<[string], { deleted_at: string | null }>('SELECT deleted_at FROM purchases WHERE id = ?');
  const sameOrder = sqlite.prepare<[string, string], number>("SELECT 1 FROM purchases WHERE source = ? AND reference = ? AND reference <> '' AND deleted_at IS NULL").pluck();
  const referencesAdded = new Set<string>();
  for (const purchase of purchases) {
    const state = purchaseState.get(purchase.id);
    const orderKey = `${purchase.source}\u0000${purchase.reference}`;
    const known = purchase.reference !== '' && (sameOrder.get(purchase.source, purchase.reference) !== undefined || referencesAdded.has(orderKey));
    if ((state && state.deleted_at === null) || known) {
      plan.counts.already++;
      continue;
    }
    const contact = contactOf(purchase.contactId);
    if (contact === null) {
      plan.counts.skipped++;
      continue;
    }
    if (purchase.reference !== '') referencesAdded.add(orderKey);
    // A purchase in the trash keeps its rows (and line ids): the copy gets ids of its own.
    plan.purchases.push({ purchase, id: state ? newId() : purchase.id, lineIds: purchase.lines.map((line) => (state ? newId() : line.id)), contact });
    plan.counts.added++;
  }
  return plan;
}

/** Writes the planned products, then the purchases, each purchase remembering the batch (undo takes it away). */
export async function writePurchases(trx: Db, plan: PurchasePlan, options: { batchId: string; realId(target: string): string; step?(): Promise<void> }): Promise<void> {
  for (const { product } of plan.products) {
    await trx
      .insertInto('products')
      .values({ id: product.id, name: product.name, name_key: productKey(product.name), unit_price_minor: product.unitPriceMinor, currency: product.currency, merged_into: null, created_at: product.createdAt, updated_at: product.updatedAt, deleted_at: null })
      .execute();
  }
  // Merges once every product exists (a product may come before the one it was merged into).
  for (const { product, mergedInto } of plan.products) {
    if (mergedInto !== null) await trx.updateTable('products').set({ merged_into: mergedInto }).where('id', '=', product.id).execute();
  }
  for (const { purchase, id, lineIds, contact } of plan.purchases) {
    await options.step?.();
    await insertPurchase(
      trx,
      {
        id,
        contact_id: options.realId(contact),
        purchased_on: purchase.purchasedOn,
        currency: purchase.currency,
        total_minor: purchase.totalMinor,
        reference: purchase.reference,
        source: purchase.source,
        payment_status: purchase.paymentStatus,
        note: purchase.note,
        import_batch_id: options.batchId,
        created_at: purchase.createdAt,
        updated_at: purchase.updatedAt,
        deleted_at: null,
      },
      purchase.lines.map((line, index) => ({
        id: lineIds[index]!,
        item: line.item,
        quantity_milli: line.quantityMilli,
        unit_price_minor: line.unitPriceMinor,
        line_total_minor: line.lineTotalMinor,
        product_id: line.productId === null ? null : (plan.productIds.get(line.productId) ?? null),
      })),
    );
  }
  // A product of the file Carnet has only deleted (an undone sales import took it away) comes
  // back with these lines, or they go under the live product of its name: never a hidden one.
  await reviveLineProducts(trx, { purchaseIds: plan.purchases.map((entry) => entry.id) });
}
