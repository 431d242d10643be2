import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';

/**
 * Products that come and go with an import's purchases. A sales import files its lines under
 * products found or created by `productIdFor`, and a product it created carries the batch's own
 * time as `created_at` (sales-commit.ts writes the batch, its purchases and so its new products
 * with one `now`): the same "one stamp says who did it" rule as the trash cascade, without a
 * column. So:
 * - undoing the batch soft-deletes, with the undo's stamp, each product it created that no live
 *   purchase line uses any more (a product also typed at the counter since, or one the user has
 *   merged others into, stays);
 * - when purchases come back (a trash restore of the batch's customers, a purchase's Undo), the
 *   deleted products their lines use come back too, unless a live product of that name exists by
 *   now (typed or imported again since): then the lines are filed under that one, as typing the
 *   name would, so the list never holds the same name twice.
 */

const CHUNK = 500;
const idList = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}`));

/** After `batchId`'s purchases were trashed: trash the products it created that nothing live uses. Returns how many. */
export async function trashBatchProducts(trx: Db, batchId: string, batchCreatedAt: string, stamp: string): Promise<number> {
  const result = await sql`
    UPDATE products SET deleted_at = ${stamp}
    WHERE deleted_at IS NULL AND merged_into IS NULL AND created_at = ${batchCreatedAt}
      AND EXISTS (SELECT 1 FROM purchase_lines AS l JOIN purchases AS p ON p.id = l.purchase_id
                  WHERE l.product_id = products.id AND p.import_batch_id = ${batchId})
      AND NOT EXISTS (SELECT 1 FROM purchase_lines AS l JOIN purchases AS p ON p.id = l.purchase_id
                      WHERE l.product_id = products.id AND p.deleted_at IS NULL)
      AND NOT EXISTS (SELECT 1 FROM products AS m WHERE m.merged_into = products.id)`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/** Which purchases just came back: those of these contacts, or these purchases. */
export type RestoredPurchases = { contactIds: readonly string[] } | { purchaseIds: readonly string[] };

/** After purchases came back out of the trash: bring back the deleted products their live lines use (see above). */
export async function reviveLineProducts(trx: Db, restored: RestoredPurchases): Promise<void> {
  const ids = 'contactIds' in restored ? restored.contactIds : restored.purchaseIds;
  const column = 'contactIds' in restored ? sql.ref('p.contact_id') : sql.ref('p.id');
  for (let start = 0; start < ids.length; start += CHUNK) {
    const deleted = await sql<{ id: string; name_key: string }>`
      SELECT DISTINCT d.id, d.name_key FROM purchases AS p
      JOIN purchase_lines AS l ON l.purchase_id = p.id
      JOIN products AS d ON d.id = l.product_id AND d.deleted_at IS NOT NULL
      WHERE ${column} IN (${idList(ids.slice(start, start + CHUNK))}) AND p.deleted_at IS NULL`.execute(trx);
    for (const product of deleted.rows) {
      const live = await trx.selectFrom('products').select('id').where('name_key', '=', product.name_key).where('deleted_at', 'is', null).where('merged_into', 'is', null).executeTakeFirst();
      if (live) await trx.updateTable('purchase_lines').set({ product_id: live.id }).where('product_id', '=', product.id).execute();
      else await trx.updateTable('products').set({ deleted_at: null }).where('id', '=', product.id).execute();
    }
  }
}
