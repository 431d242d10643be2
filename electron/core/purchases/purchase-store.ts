import type { PurchaseFields } from '../../../shared/contract/purchases.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { newId } from '../clock.ts';
import type { Db } from '../db/schema.ts';
import { reviveLineProducts } from './batch-products.ts';
import { deletePurchaseRows, insertPurchase, productKey, type PurchaseRow } from './purchase-rows.ts';

/**
 * Purchases as a user adds, edits, deletes and restores them. Each function runs inside the
 * caller's transaction and returns the contacts whose figures and timelines changed (the buyer
 * and the company it works for), for the change event.
 */

/** Records a new purchase on a live contact, with new ids for it and its lines. */
export async function addPurchase(trx: Db, fields: PurchaseFields, now: string): Promise<{ id: string; touched: string[] }> {
  await requireLiveContact(trx, fields.contactId);
  await requireFreeReference(trx, 'manual', fields.reference, null);
  const id = newId();
  await insertPurchase(trx, purchaseRow(id, fields, now, now), lineRows(fields));
  return { id, touched: await withCompany(trx, [fields.contactId]) };
}

/** Replaces a live purchase's fields and lines (lines get new ids: they are the purchase's parts). */
export async function updatePurchase(trx: Db, id: string, fields: PurchaseFields, now: string): Promise<string[]> {
  const existing = await trx.selectFrom('purchases').select(['contact_id', 'created_at', 'source', 'import_batch_id']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!existing) throw new CarnetError('not_found', `No purchase with id ${id}`);
  if (fields.contactId !== existing.contact_id) await requireLiveContact(trx, fields.contactId);
  await requireFreeReference(trx, existing.source, fields.reference, id);
  // Lines filed under no product stay so when the edit keeps them: an imported order's Shipping,
  // Taxes, Discount or Refund lines (sales-charges.ts) are charges, not goods for the product list.
  const unfiled = await trx.selectFrom('purchase_lines').select('item').where('purchase_id', '=', id).where('product_id', 'is', null).execute();
  const chargeKeys = new Set(unfiled.map((line) => productKey(line.item)));
  await deletePurchaseRows(trx, id);
  const row = purchaseRow(id, fields, existing.created_at, now);
  row.source = existing.source;
  row.import_batch_id = existing.import_batch_id;
  await insertPurchase(trx, row, lineRows(fields).map((line) => (chargeKeys.has(productKey(line.item)) ? { ...line, product_id: null } : line)));
  return withCompany(trx, [existing.contact_id, fields.contactId]);
}

/** Soft-deletes a live purchase; `restorePurchase` is its Undo. */
export async function deletePurchase(trx: Db, id: string, now: string): Promise<{ contactId: string; touched: string[] }> {
  const row = await trx.selectFrom('purchases').select('contact_id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new CarnetError('not_found', `No purchase with id ${id}`);
  await trx.updateTable('purchases').set({ deleted_at: now, updated_at: now }).where('id', '=', id).execute();
  return { contactId: row.contact_id, touched: await withCompany(trx, [row.contact_id]) };
}

/**
 * The Undo of a delete. Its contact must be live: a purchase that went to the trash with its
 * contact comes back with the contact (trash restore), not alone onto a deleted card. Restoring a
 * reference another live purchase of the same source now has is a conflict.
 */
export async function restorePurchase(trx: Db, id: string, now: string): Promise<string[]> {
  const row = await trx.selectFrom('purchases').select(['contact_id', 'deleted_at', 'source', 'reference']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new CarnetError('not_found', `No purchase with id ${id}`);
  if (row.deleted_at === null) return [];
  await requireLiveContact(trx, row.contact_id);
  await requireFreeReference(trx, row.source, row.reference, id);
  await trx.updateTable('purchases').set({ deleted_at: null, updated_at: now }).where('id', '=', id).execute();
  await reviveLineProducts(trx, { purchaseIds: [id] });
  return withCompany(trx, [row.contact_id]);
}

function purchaseRow(id: string, fields: PurchaseFields, createdAt: string, now: string): PurchaseRow {
  return {
    id,
    contact_id: fields.contactId,
    purchased_on: fields.purchasedOn,
    currency: fields.currency,
    reference: fields.reference,
    source: 'manual',
    payment_status: fields.paymentStatus,
    note: fields.note,
    import_batch_id: null,
    created_at: createdAt,
    updated_at: now,
    deleted_at: null,
  };
}

function lineRows(fields: PurchaseFields) {
  return fields.lines.map((line) => ({ id: newId(), item: line.item, quantity_milli: line.quantityMilli, unit_price_minor: line.unitPriceMinor }));
}

/** A reference (invoice or ticket number) names one live purchase per source: a second one is a conflict. */
async function requireFreeReference(trx: Db, source: string, reference: string, exceptId: string | null): Promise<void> {
  if (reference === '') return;
  const clash = await trx
    .selectFrom('purchases')
    .select('id')
    .where('source', '=', source)
    .where('reference', '=', reference)
    .where('deleted_at', 'is', null)
    .$if(exceptId !== null, (query) => query.where('id', '<>', exceptId!))
    .executeTakeFirst();
  if (clash) {
    const message = `Another purchase already has the reference ${reference}`;
    throw new CarnetError('conflict', message, [{ path: 'reference', message }]);
  }
}

/** A purchase belongs to one live contact; says so on `contactId` when it is missing or in the trash. */
async function requireLiveContact(trx: Db, contactId: string): Promise<void> {
  const row = await trx.selectFrom('contacts').select('id').where('id', '=', contactId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) {
    const message = `No contact with id ${contactId}`;
    throw new CarnetError('not_found', message, [{ path: 'contactId', message }]);
  }
}

/** The contacts and the companies they work for: whose figures and timelines show their purchases. */
async function withCompany(trx: Db, ids: readonly string[]): Promise<string[]> {
  const rows = await trx.selectFrom('contacts').select('company_id').where('id', 'in', [...ids]).where('company_id', 'is not', null).execute();
  return [...new Set([...ids, ...rows.map((row) => row.company_id!)])];
}
