import { sql } from 'kysely';
import { INTERACTION_TYPES } from '../../../shared/domain/interaction-types.ts';
import type { Db } from '../db/schema.ts';
import { loadInteractions } from '../interactions/interaction-query.ts';
import { afterCursor, ofSubject, type TimelineCursor, type TimelinePageQuery, type TimelineSourceDefinition } from './timeline-source.ts';

/**
 * Interactions on a timeline, placed at the time they happened (future-dated ones on top).
 *
 * A person's page is a walk down `interaction_contacts_timeline` (contact, time, id) from the
 * cursor that stops after `limit` live interactions. A company's merges the links of all its
 * people, which SQLite sorts: that sort is done on the links alone (the covering index), and
 * only the page's candidates are then looked up in `interactions` (joining first looked up every
 * link of a 250-person company, about 30 ms at a million interactions).
 */
export const interactionSource: TimelineSourceDefinition = {
  source: 'interaction',
  kinds: INTERACTION_TYPES,
  async page(db, query) {
    const types = query.kinds.filter((kind) => (INTERACTION_TYPES as readonly string[]).includes(kind));
    const filtered = types.length > 0 && types.length < INTERACTION_TYPES.length;
    const ids = query.subject.kind === 'company' && !filtered ? await companyPage(db, query) : await walkPage(db, query, filtered ? types : null);
    const interactions = await loadInteractions(db, ids);
    return interactions.map((interaction) => ({ source: 'interaction' as const, at: interaction.occurredAt, interaction }));
  },
};

async function walkPage(db: Db, { subject, after, limit }: TimelinePageQuery, types: string[] | null): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    SELECT ${subject.kind === 'company' ? sql`DISTINCT` : sql``} ic.interaction_id AS id, ic.occurred_at
    FROM interaction_contacts AS ic JOIN interactions AS i ON i.id = ic.interaction_id
    WHERE ${ofSubject(subject, sql.ref('ic.contact_id'))} AND i.deleted_at IS NULL ${types ? sql`AND i.type IN (${sql.join(types)})` : sql``}
      AND ${afterCursor('interaction', after, sql.ref('ic.occurred_at'), sql.ref('ic.interaction_id'))}
    ORDER BY ic.occurred_at DESC, ic.interaction_id DESC
    LIMIT ${limit}`.execute(db);
  return rows.rows.map((row) => row.id);
}

/** Candidates from the links alone, then the live ones among them; again from the last candidate while the page is short. */
async function companyPage(db: Db, { subject, after, limit }: TimelinePageQuery): Promise<string[]> {
  const ids: string[] = [];
  let cursor: TimelineCursor | null = after;
  for (;;) {
    const links = await sql<{ id: string; at: string }>`
      SELECT DISTINCT ic.interaction_id AS id, ic.occurred_at AS at FROM interaction_contacts AS ic
      WHERE ${ofSubject(subject, sql.ref('ic.contact_id'))} AND ${afterCursor('interaction', cursor, sql.ref('ic.occurred_at'), sql.ref('ic.interaction_id'))}
      ORDER BY ic.occurred_at DESC, ic.interaction_id DESC
      LIMIT ${limit}`.execute(db);
    if (links.rows.length === 0) return ids;
    const live = await db.selectFrom('interactions').select('id').where('id', 'in', links.rows.map((link) => link.id)).where('deleted_at', 'is', null).execute();
    const liveIds = new Set(live.map((row) => row.id));
    for (const link of links.rows) if (liveIds.has(link.id) && ids.length < limit) ids.push(link.id);
    if (ids.length >= limit || links.rows.length < limit) return ids;
    const last = links.rows[links.rows.length - 1]!;
    cursor = { at: last.at, source: 'interaction', id: last.id };
  }
}
