import type { Interaction } from '../../../shared/contract/interactions.ts';
import { CarnetError } from '../../../shared/errors.ts';
import type { Db } from '../db/schema.ts';

/** Interactions per query when loading a page: a bounded list of bound parameters. */
const CHUNK = 500;

/**
 * Interactions by id, in the order asked, each with the live contacts it involves (by name).
 * Ids not found (or deleted, unless `includeDeleted`) are left out.
 */
export async function loadInteractions(db: Db, ids: readonly string[], options: { includeDeleted?: boolean } = {}): Promise<Interaction[]> {
  const found = new Map<string, Interaction>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    let query = db.selectFrom('interactions').selectAll().where('id', 'in', chunk);
    if (!options.includeDeleted) query = query.where('deleted_at', 'is', null);
    const rows = await query.execute();
    if (rows.length === 0) continue;
    const links = await db
      .selectFrom('interaction_contacts as ic')
      .innerJoin('contacts as c', 'c.id', 'ic.contact_id')
      .select(['ic.interaction_id', 'c.id', 'c.display_name', 'c.kind'])
      .where('ic.interaction_id', 'in', rows.map((row) => row.id))
      .where('c.deleted_at', 'is', null)
      .orderBy('c.sort_key')
      .orderBy('c.num')
      .execute();
    for (const row of rows) {
      found.set(row.id, {
        id: row.id,
        type: row.type,
        direction: row.direction,
        occurredAt: row.occurred_at,
        minutes: row.minutes,
        subject: row.subject,
        body: row.body,
        contacts: [],
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      });
    }
    for (const link of links) found.get(link.interaction_id)?.contacts.push({ id: link.id, displayName: link.display_name, kind: link.kind });
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** One interaction; not_found when there is none (or it is deleted, unless `includeDeleted`). */
export async function loadInteraction(db: Db, id: string, options: { includeDeleted?: boolean } = {}): Promise<Interaction> {
  const [interaction] = await loadInteractions(db, [id], options);
  if (!interaction) throw new CarnetError('not_found', `No interaction with id ${id}`);
  return interaction;
}
