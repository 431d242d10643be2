import { z } from 'zod';
import { timelineEntryId, type TimelineEntry, type TimelineKind } from '../../../shared/contract/interactions.ts';
import { CarnetError } from '../../../shared/errors.ts';
import type { Db } from '../db/schema.ts';
import { completedTaskSource } from './task-source.ts';
import { interactionSource } from './interaction-source.ts';
import { purchaseSource } from './purchase-source.ts';
import type { TimelineCursor, TimelineSourceDefinition, TimelineSubject } from './timeline-source.ts';

/** Every source a timeline merges. A new kind of event adds its source here (and its member in the contract's union). */
export const TIMELINE_SOURCES: readonly TimelineSourceDefinition[] = [interactionSource, completedTaskSource, purchaseSource];

/**
 * One page of a contact's timeline, newest first: each source gives its next `limit + 1` entries
 * after the cursor, the merge keeps the first `limit` in (at, source, id) descending order, and
 * `next` is the last one kept when more remain. A keyset, never an offset: page 500 costs what
 * page 1 costs, and an entry logged meanwhile never shifts what the next page holds.
 */
export async function timelinePage(db: Db, subject: TimelineSubject, options: { cursor: string | null; limit: number; kinds: readonly TimelineKind[] }): Promise<{ entries: TimelineEntry[]; next: string | null }> {
  const after = options.cursor === null ? null : decodeCursor(options.cursor);
  const sources = TIMELINE_SOURCES.filter((source) => options.kinds.length === 0 || source.kinds.some((kind) => options.kinds.includes(kind)));
  const pages = await Promise.all(sources.map((source) => source.page(db, { subject, after, limit: options.limit + 1, kinds: options.kinds })));
  const merged = pages.flat().sort(newestFirst);
  const entries = merged.slice(0, options.limit);
  const last = entries[entries.length - 1];
  return { entries, next: merged.length > options.limit && last ? encodeCursor({ at: last.at, source: last.source, id: timelineEntryId(last) }) : null };
}


function newestFirst(a: TimelineEntry, b: TimelineEntry): number {
  return compare(b.at, a.at) || compare(b.source, a.source) || compare(timelineEntryId(b), timelineEntryId(a));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const cursorSchema = z.tuple([z.string().max(40), z.enum(TIMELINE_SOURCES.map((source) => source.source) as [string, ...string[]]), z.string().max(64)]);

/** A cursor is opaque to callers: base64url of [at, source, id]. */
export function encodeCursor(cursor: TimelineCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.source, cursor.id])).toString('base64url');
}

function decodeCursor(text: string): TimelineCursor {
  try {
    const [at, source, id] = cursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return { at, source: source as TimelineCursor['source'], id };
  } catch {
    const message = 'This cursor was not given by timeline.page; start again without one';
    throw new CarnetError('invalid_input', message, [{ path: 'cursor', message }]);
  }
}
