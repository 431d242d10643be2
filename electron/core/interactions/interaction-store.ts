import type { InteractionFields } from '../../../shared/contract/interactions.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { newId } from '../clock.ts';
import type { Db, InsertRow } from '../db/schema.ts';
import { insertInteraction, linkedContactIds, refreshLastContacted, rewriteInteraction } from './interaction-rows.ts';

/**
 * Interactions as a user logs, edits, deletes and restores them. Each function runs inside the
 * caller's transaction and returns the contacts whose timelines changed (the involved ones and
 * their companies, whose timelines show their people's), for the change event.
 */

/** Logs a new interaction; every contact must be live (not_found names the first that is not). */
export async function logInteraction(trx: Db, fields: InteractionFields, now: string): Promise<{ id: string; touched: string[] }> {
  await requireLiveContacts(trx, fields.contactIds, new Set());
  const id = newId();
  await insertInteraction(trx, interactionRow(id, fields, fields.occurredAt ?? now, now, now), fields.contactIds);
  await refreshLastContacted(trx, fields.contactIds, now);
  return { id, touched: await withCompanies(trx, fields.contactIds) };
}

/** Replaces a live interaction's fields and people; an `occurredAt` left out keeps its time. */
export async function updateInteraction(trx: Db, id: string, fields: InteractionFields, now: string): Promise<string[]> {
  const existing = await trx.selectFrom('interactions').select(['num', 'occurred_at', 'created_at', 'import_batch_id']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!existing) throw new CarnetError('not_found', `No interaction with id ${id}`);
  const before = await linkedContactIds(trx, id);
  await requireLiveContacts(trx, fields.contactIds, new Set(before));
  const row = interactionRow(id, fields, fields.occurredAt ?? existing.occurred_at, existing.created_at, now);
  row.import_batch_id = existing.import_batch_id;
  await rewriteInteraction(trx, existing.num, row, fields.contactIds);
  const affected = [...before, ...fields.contactIds];
  await refreshLastContacted(trx, affected, now);
  return withCompanies(trx, affected);
}

/** Soft-deletes a live interaction; returns the contacts it was linked to (what Undo restores onto). */
export async function deleteInteraction(trx: Db, id: string, now: string): Promise<{ contactIds: string[]; touched: string[] }> {
  const result = await trx.updateTable('interactions').set({ deleted_at: now }).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new CarnetError('not_found', `No interaction with id ${id}`);
  const contactIds = await linkedContactIds(trx, id);
  await refreshLastContacted(trx, contactIds, now);
  return { contactIds, touched: await withCompanies(trx, contactIds) };
}

/** The Undo of a delete: the interaction comes back on every contact it was linked to. */
export async function restoreInteraction(trx: Db, id: string, now: string): Promise<string[]> {
  const row = await trx.selectFrom('interactions').select('deleted_at').where('id', '=', id).executeTakeFirst();
  if (!row) throw new CarnetError('not_found', `No interaction with id ${id}`);
  if (row.deleted_at === null) return [];
  await trx.updateTable('interactions').set({ deleted_at: null }).where('id', '=', id).execute();
  const contactIds = await linkedContactIds(trx, id);
  await refreshLastContacted(trx, contactIds, now);
  return withCompanies(trx, contactIds);
}

function interactionRow(id: string, fields: InteractionFields, occurredAt: string, createdAt: string, now: string): InsertRow<'interactions'> {
  return {
    id,
    type: fields.type,
    direction: fields.direction,
    occurred_at: occurredAt,
    minutes: fields.minutes,
    subject: fields.subject,
    body: fields.body,
    import_batch_id: null,
    created_at: createdAt,
    updated_at: now,
    deleted_at: null,
  };
}

/**
 * Every id must be a live contact, or one already linked (`alreadyLinked`: an edit keeps a link
 * to a contact in the trash). Says which one is missing, by its place in the list.
 */
async function requireLiveContacts(trx: Db, ids: readonly string[], alreadyLinked: ReadonlySet<string>): Promise<void> {
  const rows = await trx.selectFrom('contacts').select('id').where('id', 'in', ids).where('deleted_at', 'is', null).execute();
  const live = new Set(rows.map((row) => row.id));
  const index = ids.findIndex((id) => !live.has(id) && !alreadyLinked.has(id));
  if (index >= 0) {
    const message = `No contact with id ${ids[index]}`;
    throw new CarnetError('not_found', message, [{ path: `contactIds.${index}`, message }]);
  }
}

/** The contacts and the companies they work for: whose timelines show an interaction of theirs. */
async function withCompanies(trx: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await trx.selectFrom('contacts').select('company_id').where('id', 'in', [...ids]).where('company_id', 'is not', null).execute();
  return [...new Set([...ids, ...rows.map((row) => row.company_id!)])];
}
