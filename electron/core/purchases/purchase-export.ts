import type { Purchase, PurchaseLine } from '../../../shared/contract/purchases.ts';
import type { Db } from '../db/schema.ts';
import { loadPurchases } from './purchase-query.ts';

/** Purchases read per round: bounded statements. */
const ROUND = 500;

/**
 * A purchase in Carnet's JSON export (version 3): as the contract gives it, without what is
 * local to this database (the import batch) or worked out on reading (a line's position is its
 * place in `lines`, its quantity text comes from `quantityMilli`).
 */
export type ExportedPurchase = Omit<Purchase, 'importBatchId' | 'lines'> & { lines: ExportedPurchaseLine[] };
export type ExportedPurchaseLine = Omit<PurchaseLine, 'position' | 'quantity'>;

/** A product in the export: merged ones too (`mergedInto`), so typing a merged name finds its product on the other side. */
export interface ExportedProduct {
  id: string;
  name: string;
  unitPriceMinor: number | null;
  currency: string | null;
  mergedInto: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Live purchases of live contacts, oldest first (by date, then id), with their lines in order. */
export async function* eachExportedPurchase(trx: Db): AsyncGenerator<ExportedPurchase> {
  const ids = await trx
    .selectFrom('purchases as p')
    .innerJoin('contacts as c', 'c.id', 'p.contact_id')
    .select('p.id')
    .where('p.deleted_at', 'is', null)
    // A purchase of a trashed contact is in the trash with it; never one naming someone not in the file.
    .where('c.deleted_at', 'is', null)
    .orderBy('p.purchased_on')
    .orderBy('p.id')
    .execute();
  for (let start = 0; start < ids.length; start += ROUND) {
    for (const { importBatchId: _batch, lines, ...purchase } of await loadPurchases(trx, ids.slice(start, start + ROUND).map((row) => row.id))) {
      yield { ...purchase, lines: lines.map(({ position: _position, quantity: _quantity, ...line }) => line) };
    }
  }
}

/** Every product not deleted, oldest first. */
export async function exportedProducts(trx: Db): Promise<ExportedProduct[]> {
  const rows = await trx.selectFrom('products').selectAll().where('deleted_at', 'is', null).orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, unitPriceMinor: row.unit_price_minor, currency: row.currency, mergedInto: row.merged_into, createdAt: row.created_at, updatedAt: row.updated_at }));
}
