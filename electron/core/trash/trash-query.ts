import { sql, type Kysely, type Transaction } from 'kysely';
import type { TrashImport, TrashItem } from '../../../shared/contract/trash.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Why a contact is in the trash is not stored: undoing an import stamps the batch's `undone_at`
 * and its contacts' `deleted_at` with the same instant (pipeline/batches.ts), so a trashed contact
 * whose batch was undone at the very moment it was deleted was removed by that undo; any other
 * trashed contact was deleted by the user (an imported contact deleted by hand before the undo
 * has an earlier time, and one restored then deleted again a later one).
 */
const REMOVED_BY_UNDO = sql`b.id = c.import_batch_id AND b.undone_at = c.deleted_at`;

export interface TrashPage {
  items: TrashItem[];
  total: number;
  people: number;
  companies: number;
}

/** One page of the trash, newest deletion first; only the contacts one undone import removed with `batchId`. */
export async function listTrash(db: Db, options: { batchId: string | null; offset: number; limit: number }): Promise<TrashPage> {
  const batch = options.batchId === null ? null : await undoneBatch(db, options.batchId);
  // An import that was never undone put nothing in the trash.
  if (options.batchId !== null && batch === null) return { items: [], total: 0, people: 0, companies: 0 };
  const scope = batch ? sql`c.import_batch_id = ${batch.id} AND c.deleted_at = ${batch.undone_at}` : sql`c.deleted_at IS NOT NULL`;
  // The partial index holds kind, so the whole trash is counted without reading its rows.
  const counts = await sql<{ people: number | null; companies: number | null }>`
    SELECT sum(c.kind = 'person') AS people, sum(c.kind = 'company') AS companies
    FROM contacts AS c WHERE ${scope}`.execute(db);
  const people = Number(counts.rows[0]?.people ?? 0);
  const companies = Number(counts.rows[0]?.companies ?? 0);
  const total = people + companies;
  if (total === 0 || options.offset >= total) return { items: [], total, people, companies };

  const rows = await sql<{
    id: string; kind: 'person' | 'company'; display_name: string; company_name: string; deleted_at: string;
    batch_id: string | null; file_name: string | null; imported_at: string | null; undone_at: string | null; email: string | null;
  }>`
    SELECT c.id, c.kind, c.display_name, c.company_name, c.deleted_at,
           b.id AS batch_id, b.file_name, b.created_at AS imported_at, b.undone_at,
           (SELECT e.value FROM contact_emails AS e WHERE e.contact_id = c.id AND e.position = 0) AS email
    FROM contacts AS c
    LEFT JOIN import_batches AS b ON ${REMOVED_BY_UNDO}
    WHERE ${scope}
    ORDER BY c.deleted_at DESC, c.num DESC
    LIMIT ${options.limit} OFFSET ${options.offset}`.execute(db);
  const items = rows.rows.map((row): TrashItem => ({
    id: row.id,
    kind: row.kind,
    displayName: row.display_name,
    company: row.kind === 'company' ? '' : row.company_name,
    primaryEmail: row.email,
    deletedAt: row.deleted_at,
    reason: row.batch_id ? 'import_undone' : 'deleted',
    batch: row.batch_id ? { id: row.batch_id, fileName: row.file_name ?? '', importedAt: row.imported_at ?? '', undoneAt: row.undone_at ?? '' } : null,
  }));
  return { items, total, people, companies };
}

/** Undone imports with contacts still in the trash, newest undo first, people and companies counted apart. */
export async function trashImports(db: Db): Promise<TrashImport[]> {
  const rows = await sql<{ id: string; file_name: string; created_at: string; undone_at: string; people: number; companies: number }>`
    SELECT b.id, b.file_name, b.created_at, b.undone_at, sum(c.kind = 'person') AS people, sum(c.kind = 'company') AS companies
    FROM import_batches AS b JOIN contacts AS c ON ${REMOVED_BY_UNDO}
    WHERE b.undone_at IS NOT NULL
    GROUP BY b.id
    ORDER BY b.undone_at DESC, b.id DESC`.execute(db);
  return rows.rows.map((row) => ({
    id: row.id,
    fileName: row.file_name,
    importedAt: row.created_at,
    undoneAt: row.undone_at,
    people: Number(row.people),
    companies: Number(row.companies),
  }));
}

/** The ids of every contact undoing `batchId` put in the trash and that are still there. */
export async function idsRemovedByUndo(db: Db, batchId: string): Promise<string[]> {
  const batch = await undoneBatch(db, batchId);
  if (!batch) return [];
  const rows = await db.selectFrom('contacts').select('id').where('import_batch_id', '=', batch.id).where('deleted_at', '=', batch.undone_at).orderBy('num').execute();
  return rows.map((row) => row.id);
}

/** The batch, if it exists; null when it was never undone (so none of its contacts is in the trash by it). */
async function undoneBatch(db: Db, batchId: string): Promise<{ id: string; undone_at: string } | null> {
  const batch = await db.selectFrom('import_batches').select(['id', 'undone_at']).where('id', '=', batchId).executeTakeFirst();
  if (!batch) throw new CarnetError('not_found', coreMessage('error.importNotFound', { id: batchId }));
  return batch.undone_at === null ? null : { id: batch.id, undone_at: batch.undone_at };
}
