import { sql, type Kysely, type Transaction } from 'kysely';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import type { Database } from '../db/schema.ts';
import { beforeContactsPurged, deleteOrphanInteractions, purgeTrashedInteractionsAndTasks, purgeTrashedPurchases } from './contact-dependents.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Which trashed contacts to delete for good: chosen ones, the whole trash, or those past retention. */
export type PurgeScope = { ids: readonly string[] } | { all: true } | { deletedBefore: string };

export interface PurgeResult {
  deleted: number;
  people: number;
  companies: number;
}

/** Rows per DELETE: few enough to stay far below SQLite's bound-parameter limit. */
const CHUNK = 500;

/**
 * Deletes trashed contacts for good: the one code path for "Delete forever", "Empty trash" and
 * the automatic purge after the retention period. Only contacts in the trash are ever touched.
 *
 * Every row that belongs to a contact goes with its contacts row, by the schema's foreign keys
 * (ON DELETE CASCADE): emails, phones, addresses, websites, tag links, custom fields, photo, and
 * the import_changes rows that remembered it for an undo, its tasks, its purchases (and their
 * lines) and its links to interactions; the search row goes by trigger (migration 0001). An interaction left involving
 * nobody is deleted too (contact-dependents.ts). People who worked at a deleted company card keep the company's name, and
 * their link to the card is cleared (ON DELETE SET NULL). Tags left on no contact are removed,
 * so a deleted contact's tag names do not linger. Call inside a transaction: all or nothing.
 */
export async function deleteForever(trx: Db, scope: PurgeScope, onProgress?: (done: number, total: number) => Promise<void>): Promise<PurgeResult> {
  const doomed = await trashedRows(trx, scope);
  const withCrm = await hasCrmTables(trx);
  const tagIds = new Set<string>();
  let done = 0;
  for (let start = 0; start < doomed.length; start += CHUNK) {
    const nums = doomed.slice(start, start + CHUNK).map((row) => row.num);
    const ids = doomed.slice(start, start + CHUNK).map((row) => row.id);
    const tags = await trx.selectFrom('contact_tags').select('tag_id').distinct().where('contact_id', 'in', ids).execute();
    for (const tag of tags) tagIds.add(tag.tag_id);
    const involved = withCrm ? await beforeContactsPurged(trx, ids) : [];
    await trx.deleteFrom('contacts').where('num', 'in', nums).where('deleted_at', 'is not', null).execute();
    if (withCrm) await deleteOrphanInteractions(trx, involved);
    done += nums.length;
    await onProgress?.(done, doomed.length);
  }
  const orphanCandidates = [...tagIds];
  for (let start = 0; start < orphanCandidates.length; start += CHUNK) {
    await trx
      .deleteFrom('tags')
      .where('id', 'in', orphanCandidates.slice(start, start + CHUNK))
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('contact_tags').select('tag_id').whereRef('contact_tags.tag_id', '=', 'tags.id'))))
      .execute();
  }
  // Empty trash and the purge also take what was deleted on its own from a timeline or task list.
  if (withCrm && !('ids' in scope)) await purgeTrashedInteractionsAndTasks(trx, 'deletedBefore' in scope ? scope.deletedBefore : null);
  if (!('ids' in scope) && (await hasTable(trx, 'purchases'))) await purgeTrashedPurchases(trx, 'deletedBefore' in scope ? scope.deletedBefore : null);
  const companies = doomed.filter((row) => row.kind === 'company').length;
  return { deleted: doomed.length, people: doomed.length - companies, companies };
}

/**
 * Whether the database has interactions and tasks (schema 6 on). Carnet always migrates before
 * anything else, but a core opened on an older schema (the migration and restore tests do) still
 * purges its trash at start.
 */
async function hasCrmTables(trx: Db): Promise<boolean> {
  const rows = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('interactions', 'tasks')`.execute(trx);
  return Number(rows.rows[0]?.n) === 2;
}

/** Whether the database has this table (purchases from schema 7 on). */
async function hasTable(trx: Db, name: string): Promise<boolean> {
  const rows = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ${name}`.execute(trx);
  return Number(rows.rows[0]?.n) === 1;
}

/** The trashed contacts a scope names. Named ids that are not in the trash fail the whole call. */
async function trashedRows(trx: Db, scope: PurgeScope): Promise<{ id: string; num: number; kind: 'person' | 'company' }[]> {
  if ('ids' in scope) return trashedByIds(trx, scope.ids);
  const before = 'deletedBefore' in scope ? sql`AND deleted_at < ${scope.deletedBefore}` : sql``;
  const rows = await sql<{ id: string; num: number; kind: 'person' | 'company' }>`
    SELECT id, num, kind FROM contacts WHERE deleted_at IS NOT NULL ${before} ORDER BY deleted_at, num`.execute(trx);
  return rows.rows;
}

/**
 * The trashed contacts with these ids, in the order given (duplicates once). An id that is
 * unknown, or names a live contact, is refused: a live contact is never deleted for good.
 */
export async function trashedByIds(trx: Db, ids: readonly string[]): Promise<{ id: string; num: number; kind: 'person' | 'company' }[]> {
  const unique = [...new Set(ids)];
  const found = new Map<string, { id: string; num: number; kind: 'person' | 'company' }>();
  for (let start = 0; start < unique.length; start += CHUNK) {
    const rows = await trx
      .selectFrom('contacts')
      .select(['id', 'num', 'kind'])
      .where('id', 'in', unique.slice(start, start + CHUNK))
      .where('deleted_at', 'is not', null)
      .execute();
    for (const row of rows) found.set(row.id, row);
  }
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length > 0) {
    const ids = missing.slice(0, 3).join(', ');
    throw new CarnetError('not_found', coreMessage('error.trashNotFound', { ids, more: Math.max(0, missing.length - 3) }));
  }
  return unique.map((id) => found.get(id)!);
}
