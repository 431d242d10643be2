import { sql } from 'kysely';
import { INTERACTION_TYPES } from '../../../shared/domain/interaction-types.ts';
import { loadInteractions } from '../interactions/interaction-query.ts';
import { afterCursor, ofSubject, type TimelineSourceDefinition } from './timeline-source.ts';

/**
 * Interactions on a timeline, placed at the time they happened (future-dated ones on top). A
 * person's page is a walk down `interaction_contacts_timeline` (contact, time, id) from the cursor;
 * a company's merges its people's links, each interaction once.
 */
export const interactionSource: TimelineSourceDefinition = {
  source: 'interaction',
  kinds: INTERACTION_TYPES,
  async page(db, { subject, after, limit, kinds }) {
    const types = kinds.filter((kind) => (INTERACTION_TYPES as readonly string[]).includes(kind));
    const typeFilter = types.length > 0 && types.length < INTERACTION_TYPES.length ? sql`AND i.type IN (${sql.join(types)})` : sql``;
    const rows = await sql<{ id: string; at: string }>`
      SELECT ${subject.kind === 'company' ? sql`DISTINCT` : sql``} ic.interaction_id AS id, ic.occurred_at AS at
      FROM interaction_contacts AS ic JOIN interactions AS i ON i.id = ic.interaction_id
      WHERE ${ofSubject(subject, sql.ref('ic.contact_id'))} AND i.deleted_at IS NULL ${typeFilter}
        AND ${afterCursor('interaction', after, sql.ref('ic.occurred_at'), sql.ref('ic.interaction_id'))}
      ORDER BY ic.occurred_at DESC, ic.interaction_id DESC
      LIMIT ${limit}`.execute(db);
    const interactions = await loadInteractions(db, rows.rows.map((row) => row.id));
    return interactions.map((interaction) => ({ source: 'interaction' as const, at: interaction.occurredAt, interaction }));
  },
};
