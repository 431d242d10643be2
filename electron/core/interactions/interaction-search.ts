import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { toWordsFtsQuery } from '../contacts/search-query.ts';

/**
 * How many matching interactions a search looks at: the most recently written ones (FTS5 walks
 * its rowids backwards and stops), so a broad word over a million interactions costs what a rare
 * one costs. An older match beyond them is found by a more precise search.
 */
export const INTERACTION_MATCH_LIMIT = 200;

export interface InteractionMatch {
  /** The contact a matching interaction involves, and its `num` (what the list's filters compare). */
  contactNum: number;
  interactionId: string;
  interactionNum: number;
  subject: string;
}

/**
 * The live contacts involved in live interactions whose subject or body matches the search, each
 * with the newest such interaction, by contact id. Empty when the search has no words.
 */
export async function interactionMatches(db: Db, search: string): Promise<Map<string, InteractionMatch>> {
  const found = new Map<string, InteractionMatch>();
  const match = toWordsFtsQuery(search);
  if (match === null) return found;
  const rows = await sql<{ contact_id: string; contact_num: number; id: string; num: number; subject: string }>`
    SELECT c.id AS contact_id, c.num AS contact_num, i.id, i.num, i.subject
    FROM (SELECT rowid FROM interactions_fts WHERE interactions_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${INTERACTION_MATCH_LIMIT}) AS f
    JOIN interactions AS i ON i.num = f.rowid
    JOIN interaction_contacts AS ic ON ic.interaction_id = i.id
    JOIN contacts AS c ON c.id = ic.contact_id
    WHERE i.deleted_at IS NULL AND c.deleted_at IS NULL
    ORDER BY f.rowid DESC`.execute(db);
  for (const row of rows.rows) {
    if (!found.has(row.contact_id)) found.set(row.contact_id, { contactNum: row.contact_num, interactionId: row.id, interactionNum: row.num, subject: row.subject });
  }
  return found;
}

/** Words around the match in an interaction's body (or subject), without markup: the list highlights the search itself. */
export async function interactionSnippet(db: Db, search: string, interactionNum: number): Promise<string> {
  const match = toWordsFtsQuery(search);
  if (match === null) return '';
  // -1: FTS5 picks the column (subject or body) where the match is.
  const row = await sql<{ text: string }>`
    SELECT snippet(interactions_fts, -1, '', '', '…', 12) AS text
    FROM interactions_fts WHERE interactions_fts MATCH ${match} AND rowid = ${interactionNum}`.execute(db);
  return row.rows[0]?.text ?? '';
}
