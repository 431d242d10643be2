import { sql, type RawBuilder } from 'kysely';
import type { TimelineEntry, TimelineKind, TimelineSource } from '../../../shared/contract/interactions.ts';
import type { Db } from '../db/schema.ts';

/** Where a page ends: the last entry given, in the timeline's order (at, source, id), all descending. */
export interface TimelineCursor {
  at: string;
  source: TimelineSource;
  id: string;
}

/** Whose timeline: a person, or a company card (its own entries and its live people's). */
export interface TimelineSubject {
  id: string;
  kind: 'person' | 'company';
}

export interface TimelinePageQuery {
  subject: TimelineSubject;
  /** Entries strictly after this one in the timeline's order; null from the newest. */
  after: TimelineCursor | null;
  limit: number;
  /** Only these kinds; empty: everything. */
  kinds: readonly TimelineKind[];
}

/**
 * One kind of event a timeline shows (interactions, completed tasks; later purchases, merges,
 * imports). A source pages its own entries newest first by keyset: `page` returns at most
 * `limit` entries after the cursor, ordered by (at, id) descending. The timeline merges them.
 */
export interface TimelineSourceDefinition {
  source: TimelineSource;
  /** The filter kinds this source answers; a filter naming none of them skips it. */
  kinds: readonly TimelineKind[];
  page(db: Db, query: TimelinePageQuery): Promise<TimelineEntry[]>;
}

/**
 * The keyset condition for one source's rows after `cursor`, given that source's time and id
 * columns. Entries are ordered by (at, source, id) descending, so at the cursor's very instant a
 * source named before the cursor's comes after it, and one named after it came before.
 */
export function afterCursor(source: TimelineSource, cursor: TimelineCursor | null, at: RawBuilder<unknown>, id: RawBuilder<unknown>): RawBuilder<unknown> {
  if (!cursor) return sql`1`;
  if (source < cursor.source) return sql`${at} <= ${cursor.at}`;
  if (source > cursor.source) return sql`${at} < ${cursor.at}`;
  return sql`(${at}, ${id}) < (${cursor.at}, ${cursor.id})`;
}

/** `column` names one of the subject's contacts: the person, or the company card and its live people. */
export function ofSubject(subject: TimelineSubject, column: RawBuilder<unknown>): RawBuilder<unknown> {
  if (subject.kind === 'person') return sql`${column} = ${subject.id}`;
  return sql`${column} IN (SELECT id FROM contacts WHERE company_id = ${subject.id} AND deleted_at IS NULL UNION ALL SELECT ${subject.id})`;
}
