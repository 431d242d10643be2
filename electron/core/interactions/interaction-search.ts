import { sql } from 'kysely';
import type { Db } from '../db/schema.ts';
import { toWordsFtsQuery } from '../contacts/search-query.ts';

/**
 * How many matching interactions a search looks at: the most recently written ones (FTS5 walks
 * its rowids backwards and stops), so a broad word over a million interactions costs what a rare
 * one costs. An older match beyond them is found by a more precise search.
 */
export const INTERACTION_MATCH_LIMIT = 200;

/**
 * Interactions are searched from a word of this many letters on: "a" or "ma" are the start of a
 * name, and would match most of a million subjects and bodies for nothing.
 */
export const MIN_INTERACTION_WORD = 3;

export interface InteractionMatch {
  /** The contact's `num` (what the list's filters compare). */
  contactNum: number;
  interactionId: string;
  subject: string;
  /** Words around the match, without markup: the list highlights the search itself. */
  snippet: string;
}

/**
 * The live contacts involved in live interactions whose subject or body matches the search, each
 * with the newest such interaction, by contact id. One evaluation of the search in the
 * interactions' index (prefix searches merge their terms' lists each time they run, so the
 * snippets are taken in the same pass rather than asked for row by row).
 */
export async function interactionMatches(db: Db, search: string): Promise<Map<string, InteractionMatch>> {
  const found = new Map<string, InteractionMatch>();
  const words = search.normalize('NFKC').split(/[^\p{L}\p{N}]+/u);
  if (!words.some((word) => [...word].length >= MIN_INTERACTION_WORD)) return found;
  const match = toWordsFtsQuery(search);
  if (match === null) return found;
  const rows = await sql<{ contact_id: string; contact_num: number; id: string; subject: string; snippet: string }>`
    SELECT c.id AS contact_id, c.num AS contact_num, i.id, i.subject, f.snippet
    FROM (
      SELECT rowid, snippet(interactions_fts, -1, '', '', '…', 12) AS snippet
      FROM interactions_fts WHERE interactions_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${INTERACTION_MATCH_LIMIT}
    ) AS f
    JOIN interactions AS i ON i.num = f.rowid
    JOIN interaction_contacts AS ic ON ic.interaction_id = i.id
    JOIN contacts AS c ON c.id = ic.contact_id
    WHERE i.deleted_at IS NULL AND c.deleted_at IS NULL
    ORDER BY f.rowid DESC`.execute(db);
  for (const row of rows.rows) {
    if (!found.has(row.contact_id)) found.set(row.contact_id, { contactNum: row.contact_num, interactionId: row.id, subject: row.subject, snippet: row.snippet });
  }
  return found;
}
