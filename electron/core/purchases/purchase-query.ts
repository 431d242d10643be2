import { sql } from 'kysely';
import { z } from 'zod';
import type { Purchase, PurchaseLine } from '../../../shared/contract/purchases.ts';
import { quantityText } from '../../../shared/domain/money.ts';
import { CarnetError } from '../../../shared/errors.ts';
import type { Db } from '../db/schema.ts';

/** Purchases per query when loading a page: a bounded list of bound parameters. */
const CHUNK = 500;

type PurchaseRowRead = { id: string; contact_id: string; purchased_on: string; currency: string; total_minor: number; reference: string; source: string; payment_status: 'paid' | 'unpaid'; note: string; import_batch_id: string | null; created_at: string; updated_at: string };

/** Purchases by id, in the order asked, with their lines in order. Deleted ones are left out unless `includeDeleted`. */
export async function loadPurchases(db: Db, ids: readonly string[], options: { includeDeleted?: boolean } = {}): Promise<Purchase[]> {
  const found = new Map<string, Purchase>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    let query = db.selectFrom('purchases').selectAll().where('id', 'in', chunk);
    if (!options.includeDeleted) query = query.where('deleted_at', 'is', null);
    const rows = await query.execute();
    if (rows.length === 0) continue;
    for (const row of rows) found.set(row.id, purchaseFromRow(row, []));
    const lines = await db
      .selectFrom('purchase_lines')
      .selectAll()
      .where('purchase_id', 'in', rows.map((row) => row.id))
      .orderBy('purchase_id')
      .orderBy('position')
      .execute();
    for (const line of lines) found.get(line.purchase_id)?.lines.push(lineFromRow(line));
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** One purchase; not_found when there is none (or it is deleted, unless `includeDeleted`). */
export async function loadPurchase(db: Db, id: string, options: { includeDeleted?: boolean } = {}): Promise<Purchase> {
  const [purchase] = await loadPurchases(db, [id], options);
  if (!purchase) throw new CarnetError('not_found', `No purchase with id ${id}`);
  return purchase;
}

function purchaseFromRow(row: PurchaseRowRead, lines: PurchaseLine[]): Purchase {
  return {
    id: row.id,
    contactId: row.contact_id,
    purchasedOn: row.purchased_on,
    currency: row.currency,
    totalMinor: row.total_minor,
    reference: row.reference,
    source: row.source,
    paymentStatus: row.payment_status,
    note: row.note,
    importBatchId: row.import_batch_id,
    lines,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function lineFromRow(row: { id: string; position: number; product_id: string | null; item: string; quantity_milli: number; unit_price_minor: number; line_total_minor: number }): PurchaseLine {
  return {
    id: row.id,
    position: row.position,
    productId: row.product_id,
    item: row.item,
    quantityMilli: row.quantity_milli,
    quantity: quantityText(row.quantity_milli),
    unitPriceMinor: row.unit_price_minor,
    lineTotalMinor: row.line_total_minor,
  };
}

/** The contact and, for a company card, its live people: whose purchases a contact's list and figures hold. */
export async function purchaseOwners(db: Db, contactId: string): Promise<string[]> {
  const contact = await db.selectFrom('contacts').select(['id', 'kind']).where('id', '=', contactId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!contact) throw new CarnetError('not_found', `No contact with id ${contactId}`);
  if (contact.kind === 'person') return [contact.id];
  const people = await db.selectFrom('contacts').select('id').where('company_id', '=', contact.id).where('deleted_at', 'is', null).execute();
  return [contact.id, ...people.map((person) => person.id)];
}

const cursorSchema = z.tuple([z.string().max(10), z.string().max(64)]);

/** A contact's live purchases, newest first by (date, id), one keyset page at a time. */
export async function listPurchases(db: Db, contactId: string, options: { cursor: string | null; limit: number }): Promise<{ purchases: Purchase[]; next: string | null }> {
  const owners = await purchaseOwners(db, contactId);
  const after = options.cursor === null ? null : decodeCursor(options.cursor);
  const rows = await db
    .selectFrom('purchases')
    .select(['id', 'purchased_on'])
    .where('contact_id', 'in', owners)
    .where('deleted_at', 'is', null)
    .$if(after !== null, (query) => query.where(sql<boolean>`(purchased_on, id) < (${after![0]}, ${after![1]})`))
    .orderBy('purchased_on', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1)
    .execute();
  const page = rows.slice(0, options.limit);
  const last = page[page.length - 1];
  const next = rows.length > options.limit && last ? Buffer.from(JSON.stringify([last.purchased_on, last.id])).toString('base64url') : null;
  return { purchases: await loadPurchases(db, page.map((row) => row.id)), next };
}

function decodeCursor(text: string): [string, string] {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    const message = 'This cursor was not given by purchases.list; start again without one';
    throw new CarnetError('invalid_input', message, [{ path: 'cursor', message }]);
  }
}
