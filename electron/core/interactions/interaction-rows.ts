import { sql } from 'kysely';
import { CONTACTING_TYPES, type InteractionType } from '../../../shared/domain/interaction-types.ts';
import type { Db, InsertRow } from '../db/schema.ts';

/**
 * The one writer of interaction rows: an interaction, the links to the contacts it involves and
 * its search row are written here and nowhere else, by typed logs and edits
 * (interaction-store.ts) and by the import of Carnet's own JSON export alike. The caller gives
 * the id (a log makes a new UUIDv7; an import keeps the exported one) and runs it inside a
 * transaction with `refreshLastContacted` for the same contacts.
 *
 * `row.occurred_at` must be UTC in `Date.prototype.toISOString` form: timelines and last-contacted
 * compare stored times as text.
 */
export async function insertInteraction(trx: Db, row: InsertRow<'interactions'>, contactIds: readonly string[]): Promise<number> {
  const { num } = await trx.insertInto('interactions').values(row).returning('num').executeTakeFirstOrThrow();
  await insertLinks(trx, row.id, row.type, row.occurred_at, contactIds);
  await trx.insertInto('interactions_fts').values(interactionSearchRow(num, row)).execute();
  return num;
}

/**
 * Rewrites an interaction's fields, links and search row. Links to contacts in the trash are
 * kept even when `contactIds` leaves them out: the form never showed them, and restoring such a
 * contact must bring its interactions back with it.
 */
export async function rewriteInteraction(trx: Db, num: number, row: InsertRow<'interactions'>, contactIds: readonly string[]): Promise<void> {
  const { id, created_at: _created, ...fields } = row;
  await trx.updateTable('interactions').set(fields).where('num', '=', num).execute();
  const trashed = await trx
    .selectFrom('interaction_contacts as ic')
    .innerJoin('contacts as c', 'c.id', 'ic.contact_id')
    .select('ic.contact_id')
    .where('ic.interaction_id', '=', id)
    .where('c.deleted_at', 'is not', null)
    .execute();
  await trx.deleteFrom('interaction_contacts').where('interaction_id', '=', id).execute();
  const keep = new Set(contactIds);
  await insertLinks(trx, id, row.type, row.occurred_at, [...contactIds, ...trashed.map((link) => link.contact_id).filter((contactId) => !keep.has(contactId))]);
  await trx.deleteFrom('interactions_fts').where('rowid', '=', num).execute();
  await trx.insertInto('interactions_fts').values(interactionSearchRow(num, row)).execute();
}

async function insertLinks(trx: Db, interactionId: string, type: InteractionType, occurredAt: string, contactIds: readonly string[]): Promise<void> {
  if (contactIds.length === 0) return;
  const counts = CONTACTING_TYPES.has(type) ? 1 : 0;
  await trx
    .insertInto('interaction_contacts')
    .values(contactIds.map((contactId) => ({ interaction_id: interactionId, contact_id: contactId, occurred_at: occurredAt, counts })))
    .execute();
}

/** The search row of an interaction: its subject and body, under the interaction's `num`. */
export function interactionSearchRow(num: number, row: Pick<InsertRow<'interactions'>, 'subject' | 'body'>): InsertRow<'interactions_fts'> {
  return { rowid: num, subject: row.subject, body: row.body };
}

/** Contacts per UPDATE: a bounded list of bound parameters. */
const CHUNK = 500;

/**
 * Recomputes `contacts.last_contacted_at` of these contacts: their latest link that counts (not a
 * note), is not after `nowIso`, and belongs to an interaction not deleted. NULL when there is none
 * (never contacted). Each contact costs one walk down its part of `interaction_contacts_last`
 * from `nowIso`, stopping at the first live interaction. A company card's date is its own
 * interactions', not its people's (its timeline shows both).
 */
export async function refreshLastContacted(trx: Db, contactIds: readonly string[], nowIso: string): Promise<void> {
  const ids = [...new Set(contactIds)];
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    await sql`
      UPDATE contacts SET last_contacted_at = (
        SELECT ic.occurred_at FROM interaction_contacts AS ic INDEXED BY interaction_contacts_last
        JOIN interactions AS i ON i.id = ic.interaction_id
        WHERE ic.contact_id = contacts.id AND ic.counts = 1 AND ic.occurred_at <= ${nowIso} AND i.deleted_at IS NULL
        ORDER BY ic.occurred_at DESC LIMIT 1)
      WHERE id IN (${sql.join(chunk)})`.execute(trx);
  }
}

/** The contacts an interaction is linked to, trashed ones included. */
export async function linkedContactIds(trx: Db, interactionId: string): Promise<string[]> {
  const rows = await trx.selectFrom('interaction_contacts').select('contact_id').where('interaction_id', '=', interactionId).execute();
  return rows.map((row) => row.contact_id);
}
