import { sql } from 'kysely';
import type { Db, InsertRow } from '../db/schema.ts';

/**
 * TEMPORARY stand-ins for `electron/core/interactions/interaction-rows.ts`, which the
 * interactions branch writes: same signatures, so replacing this file with that import is the
 * whole change once both branches meet. Not to be used for anything else.
 */

/** Sets each contact's last_contacted_at to its latest counted, live interaction not after `nowIso` (NULL: never). */
export async function refreshLastContacted(trx: Db, contactIds: readonly string[], nowIso: string): Promise<void> {
  for (const id of new Set(contactIds)) {
    await sql`UPDATE contacts SET last_contacted_at = (
        SELECT max(ic.occurred_at) FROM interaction_contacts AS ic JOIN interactions AS i ON i.id = ic.interaction_id
        WHERE ic.contact_id = ${id} AND ic.counts = 1 AND ic.occurred_at <= ${nowIso} AND i.deleted_at IS NULL)
      WHERE id = ${id}`.execute(trx);
  }
}

/** Writes one interaction, the people it involves and its search row. */
export async function insertInteraction(trx: Db, row: InsertRow<'interactions'>, contactIds: readonly string[]): Promise<void> {
  const { num } = await trx.insertInto('interactions').values(row).returning('num').executeTakeFirstOrThrow();
  const counts = row.type === 'note' ? 0 : 1;
  if (contactIds.length > 0) {
    await trx.insertInto('interaction_contacts').values(contactIds.map((contactId) => ({ interaction_id: row.id, contact_id: contactId, occurred_at: row.occurred_at, counts }))).execute();
  }
  await trx.insertInto('interactions_fts').values({ rowid: num, subject: row.subject, body: row.body }).execute();
}
