import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/schema.ts';

interface PageQuery {
  /** The SELECT list (contacts aliased `c`). */
  columns: RawBuilder<unknown>;
  /** `AND …` conditions of the list (kind, company, import, search). */
  filters: RawBuilder<unknown>;
  /** Many rows qualify: walk `contacts_last_contacted` rather than sort them all. */
  walkIndex: boolean;
  offset: number;
  limit: number;
}

/**
 * A page of the list sorted by last contact: the contact reached longest ago first (who is due
 * a call), then everyone never contacted, by name, as a block of its own at the end. Never
 * contacted is a state of its own, not "the oldest": at the top, hundreds of imported leads would
 * bury the clients who have gone quiet.
 *
 * SQLite puts NULL first in `contacts_last_contacted` (last_contacted_at, sort_key, num), so the
 * page is cut from two ranges of that index in turn: the dated ones, then the NULL ones (already
 * in name order within the index). Each range is walked in index order; no sort of 100k rows,
 * and the dated ones are counted only for a page that lies wholly among the never contacted.
 */
export async function lastContactedPage<Row>(db: Db, query: PageQuery): Promise<Row[]> {
  const index = query.walkIndex ? sql`INDEXED BY contacts_last_contacted` : sql``;
  const rows = (
    await sql<Row>`
      SELECT ${query.columns} FROM contacts AS c ${index}
      WHERE c.deleted_at IS NULL AND c.last_contacted_at IS NOT NULL ${query.filters}
      ORDER BY c.last_contacted_at, c.sort_key, c.num
      LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db)
  ).rows;
  if (rows.length === query.limit) return rows;
  // The dated block ends on this page or before it. Where it ends is known when this page holds
  // some of it; only a page wholly past it needs the block counted.
  const dated = rows.length > 0 ? query.offset + rows.length : await countDated(db, index, query.filters);
  const rest = await sql<Row>`
    SELECT ${query.columns} FROM contacts AS c ${index}
    WHERE c.deleted_at IS NULL AND c.last_contacted_at IS NULL ${query.filters}
    ORDER BY c.sort_key, c.num
    LIMIT ${query.limit - rows.length} OFFSET ${Math.max(0, query.offset - dated)}`.execute(db);
  return [...rows, ...rest.rows];
}

async function countDated(db: Db, index: RawBuilder<unknown>, filters: RawBuilder<unknown>): Promise<number> {
  const counted = await sql<{ n: number }>`
    SELECT count(*) AS n FROM contacts AS c ${index}
    WHERE c.deleted_at IS NULL AND c.last_contacted_at IS NOT NULL ${filters}`.execute(db);
  return Number(counted.rows[0]?.n ?? 0);
}
