import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { refreshLastContacted } from '../interactions/interaction-rows.ts';
import { reviveLineProducts } from '../purchases/batch-products.ts';

/**
 * A contact's interactions, tasks and purchases follow it into the trash, back out of it, and away with it
 * when it is deleted for good. Every path that trashes, restores or purges contacts (the editor's
 * delete and its Undo, an import's undo, the Trash's restore, Delete forever, Empty trash, the
 * purge after 30 days) calls these, so they all treat them alike.
 *
 * The rule, with no extra column (migration 0006): a task or interaction trashed with a contact
 * carries that contact's own `deleted_at` stamp. So:
 * - a contact's tasks and purchases (each belongs to one contact) are trashed with it and come
 *   back when it does (same stamp); one deleted on its own before keeps its own stamp;
 * - an interaction goes to the trash only when the last live person it involves does (a meeting
 *   with Ann and Bob stays on Bob's timeline when Ann is deleted); its links are never removed,
 *   so Ann's restore shows it again;
 * - restoring any person an interaction involves brings it back when it was trashed by a
 *   contact's deletion, that is when its stamp is the `deleted_at` of one of the people it
 *   involves. One the user deleted on its own has a stamp of its own and stays deleted.
 */

/** Ids per statement: far below SQLite's bound-parameter limit. */
const CHUNK = 500;

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += CHUNK) yield items.slice(start, start + CHUNK);
}

const idList = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}`));

/**
 * After `contactIds` were stamped `deleted_at = stamp`: trash their tasks and the interactions
 * no live contact is involved in any more, with the same stamp. `batchId`: an import's undo also
 * trashes the interactions and tasks that import created, on anyone. Returns how many of each.
 */
export async function trashContactDependents(trx: Db, contactIds: readonly string[], stamp: string, batchId: string | null = null): Promise<{ interactions: number; tasks: number; purchases: number }> {
  const touched: string[] = [];
  let tasks = 0;
  let purchases = 0;
  for (const ids of chunks(contactIds)) {
    tasks += Number((await sql`UPDATE tasks SET deleted_at = ${stamp} WHERE deleted_at IS NULL AND contact_id IN (${idList(ids)})`.execute(trx)).numAffectedRows ?? 0);
    purchases += Number((await sql`UPDATE purchases SET deleted_at = ${stamp} WHERE deleted_at IS NULL AND contact_id IN (${idList(ids)})`.execute(trx)).numAffectedRows ?? 0);
    const trashed = await sql<{ id: string }>`
      UPDATE interactions SET deleted_at = ${stamp}
      WHERE deleted_at IS NULL
        AND id IN (SELECT interaction_id FROM interaction_contacts WHERE contact_id IN (${idList(ids)}))
        AND NOT EXISTS (SELECT 1 FROM interaction_contacts AS l JOIN contacts AS x ON x.id = l.contact_id
                        WHERE l.interaction_id = interactions.id AND x.deleted_at IS NULL)
      RETURNING id`.execute(trx);
    touched.push(...trashed.rows.map((row) => row.id));
  }
  if (batchId !== null) {
    tasks += Number((await sql`UPDATE tasks SET deleted_at = ${stamp} WHERE deleted_at IS NULL AND import_batch_id = ${batchId}`.execute(trx)).numAffectedRows ?? 0);
    purchases += Number((await sql`UPDATE purchases SET deleted_at = ${stamp} WHERE deleted_at IS NULL AND import_batch_id = ${batchId}`.execute(trx)).numAffectedRows ?? 0);
    const trashed = await sql<{ id: string }>`UPDATE interactions SET deleted_at = ${stamp} WHERE deleted_at IS NULL AND import_batch_id = ${batchId} RETURNING id`.execute(trx);
    touched.push(...trashed.rows.map((row) => row.id));
  }
  await refreshInvolved(trx, touched, stamp);
  return { interactions: touched.length, tasks, purchases };
}

/**
 * Before `contactIds` leave the trash (their `deleted_at` still set): bring back their tasks
 * trashed with them and every interaction they are involved in that a contact's deletion
 * trashed, and their purchases trashed with them (with the products an undone import took away
 * from their lines: purchases/batch-products.ts). Refreshes last contacted of everyone those
 * interactions involve. Returns how many purchases came back.
 */
export async function restoreContactDependents(trx: Db, contactIds: readonly string[], now: string): Promise<{ purchases: number }> {
  const touched: string[] = [];
  let purchases = 0;
  for (const ids of chunks(contactIds)) {
    await sql`
      UPDATE tasks SET deleted_at = NULL
      WHERE contact_id IN (${idList(ids)})
        AND deleted_at = (SELECT c.deleted_at FROM contacts AS c WHERE c.id = tasks.contact_id)`.execute(trx);
    const purchasesBack = await sql`
      UPDATE purchases SET deleted_at = NULL
      WHERE contact_id IN (${idList(ids)})
        AND deleted_at = (SELECT c.deleted_at FROM contacts AS c WHERE c.id = purchases.contact_id)`.execute(trx);
    const count = Number(purchasesBack.numAffectedRows ?? 0);
    if (count > 0) await reviveLineProducts(trx, { contactIds: ids });
    purchases += count;
    const restored = await sql<{ id: string }>`
      UPDATE interactions SET deleted_at = NULL
      WHERE deleted_at IS NOT NULL
        AND id IN (SELECT interaction_id FROM interaction_contacts WHERE contact_id IN (${idList(ids)}))
        AND EXISTS (SELECT 1 FROM interaction_contacts AS l JOIN contacts AS x ON x.id = l.contact_id
                    WHERE l.interaction_id = interactions.id AND x.deleted_at = interactions.deleted_at)
      RETURNING id`.execute(trx);
    touched.push(...restored.rows.map((row) => row.id));
  }
  await refreshInvolved(trx, touched, now, contactIds);
  return { purchases };
}

/**
 * Before trashed `contactIds` are deleted for good (their tasks and links then go by the schema's
 * ON DELETE CASCADE): an interaction they took to the trash that also involves other trashed
 * people takes the stamp of one of those, so restoring them still brings it back. Returns the
 * interactions they are involved in, for `deleteOrphanInteractions` once they are gone.
 */
export async function beforeContactsPurged(trx: Db, contactIds: readonly string[]): Promise<string[]> {
  const involved: string[] = [];
  for (const ids of chunks(contactIds)) {
    const rows = await sql<{ interaction_id: string }>`SELECT DISTINCT interaction_id FROM interaction_contacts WHERE contact_id IN (${idList(ids)})`.execute(trx);
    involved.push(...rows.rows.map((row) => row.interaction_id));
    await sql`
      UPDATE interactions SET deleted_at = (
          SELECT max(x.deleted_at) FROM interaction_contacts AS l JOIN contacts AS x ON x.id = l.contact_id
          WHERE l.interaction_id = interactions.id AND x.id NOT IN (${idList(ids)}))
      WHERE id IN (SELECT interaction_id FROM interaction_contacts WHERE contact_id IN (${idList(ids)}))
        AND deleted_at IN (SELECT deleted_at FROM contacts WHERE id IN (${idList(ids)}))
        AND EXISTS (SELECT 1 FROM interaction_contacts AS l WHERE l.interaction_id = interactions.id AND l.contact_id NOT IN (${idList(ids)}))`.execute(trx);
  }
  return involved;
}

/** Deletes for good the interactions among `interactionIds` that involve no contact any more (their search rows go by trigger). */
export async function deleteOrphanInteractions(trx: Db, interactionIds: readonly string[]): Promise<void> {
  for (const ids of chunks([...new Set(interactionIds)])) {
    await sql`DELETE FROM interactions WHERE id IN (${idList(ids)})
      AND NOT EXISTS (SELECT 1 FROM interaction_contacts WHERE interaction_id = interactions.id)`.execute(trx);
  }
}

/**
 * Deletes for good the interactions and tasks trashed on their own (deleted from a timeline or
 * a task list) before `before`, or all of them: Empty trash and the purge after 30 days.
 */
export async function purgeTrashedInteractionsAndTasks(trx: Db, before: string | null): Promise<void> {
  const cutoff = before === null ? sql`` : sql`AND deleted_at < ${before}`;
  await sql`DELETE FROM tasks WHERE deleted_at IS NOT NULL ${cutoff}`.execute(trx);
  await sql`DELETE FROM interactions WHERE deleted_at IS NOT NULL ${cutoff}`.execute(trx);
}

/**
 * The same for purchases deleted on their own (their lines go by ON DELETE CASCADE). A trashed
 * contact's purchases go with its row when it is deleted for good, by the same cascade. Then the
 * products an undone import deleted (batch-products.ts) that no line uses any more go too.
 */
export async function purgeTrashedPurchases(trx: Db, before: string | null): Promise<void> {
  const cutoff = before === null ? sql`` : sql`AND deleted_at < ${before}`;
  await sql`DELETE FROM purchases WHERE deleted_at IS NOT NULL ${cutoff}`.execute(trx);
  await sql`DELETE FROM products WHERE deleted_at IS NOT NULL ${cutoff}
    AND NOT EXISTS (SELECT 1 FROM purchase_lines AS l WHERE l.product_id = products.id)
    AND NOT EXISTS (SELECT 1 FROM products AS m WHERE m.merged_into = products.id)`.execute(trx);
}

/** Refreshes last contacted of everyone the interactions involve (and of `alsoContacts`). */
async function refreshInvolved(trx: Db, interactionIds: readonly string[], now: string, alsoContacts: readonly string[] = []): Promise<void> {
  const contacts = new Set(alsoContacts);
  for (const ids of chunks(interactionIds)) {
    const rows = await sql<{ contact_id: string }>`SELECT DISTINCT contact_id FROM interaction_contacts WHERE interaction_id IN (${idList(ids)})`.execute(trx);
    for (const row of rows.rows) contacts.add(row.contact_id);
  }
  if (contacts.size > 0) await refreshLastContacted(trx, [...contacts], now);
}
