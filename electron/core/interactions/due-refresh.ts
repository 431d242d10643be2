import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { refreshLastContacted } from './interaction-rows.ts';

/** How often a running core looks for future-dated interactions that have come due. */
export const DUE_REFRESH_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Brings `last_contacted_at` up to date for contacts whose future-dated interaction (a meeting
 * logged ahead) has come due since it was computed. Run at core start and hourly.
 *
 * A contact is behind when it has a counted, live link later than its stored date and not after
 * now. That is one seek into `interaction_contacts_last` (contact, counts, time) per contact, so
 * the check costs the same whatever the number of interactions, and it also heals a date left
 * stale by anything else (a clock set back, a crash between two writes). Returns the contacts
 * it changed.
 */
export async function refreshComeDue(db: Db, nowIso: string): Promise<string[]> {
  const behind = await sql<{ id: string }>`
    SELECT c.id FROM contacts AS c
    WHERE EXISTS (
      SELECT 1 FROM interaction_contacts AS ic INDEXED BY interaction_contacts_last
      JOIN interactions AS i ON i.id = ic.interaction_id
      WHERE ic.contact_id = c.id AND ic.counts = 1 AND ic.occurred_at > coalesce(c.last_contacted_at, '') AND ic.occurred_at <= ${nowIso}
        AND i.deleted_at IS NULL)`.execute(db);
  const ids = behind.rows.map((row) => row.id);
  if (ids.length > 0) await refreshLastContacted(db, ids, nowIso);
  return ids;
}
