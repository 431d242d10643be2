import type { KeepInTouch } from '../../../shared/contract/tasks.ts';
import type { KeepInTouchDue } from '../../../shared/contract/today.ts';
import type { KeepInTouchFrequency } from '../../../shared/domain/interaction-types.ts';
import { addFrequency, keepInTouchDueDate } from '../../../shared/domain/keep-in-touch.ts';
import { addDays, localDateOf } from '../../../shared/domain/local-date.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { nowIso } from '../clock.ts';
import type { Db } from '../db/schema.ts';

/**
 * The local date of a stored instant (last contacted, UTC). With no zone given, the zone of the
 * machine the core runs on: the user's own for the desktop app and the CLI.
 */
export function localDateOfInstant(iso: string, timeZone: string | undefined): string {
  return localDateOf(new Date(iso), timeZone);
}

interface KeepInTouchRow {
  id: string;
  keep_in_touch: KeepInTouchFrequency | null;
  keep_in_touch_since: string | null;
  last_contacted_at: string | null;
}

function describe(row: KeepInTouchRow, timeZone: string | undefined): KeepInTouch {
  const lastDate = row.last_contacted_at ? localDateOfInstant(row.last_contacted_at, timeZone) : null;
  const nextDue = row.keep_in_touch && row.keep_in_touch_since ? keepInTouchDueDate(row.keep_in_touch, lastDate, row.keep_in_touch_since) : null;
  return { contactId: row.id, frequency: row.keep_in_touch, since: row.keep_in_touch_since, lastContactedAt: row.last_contacted_at, nextDue };
}

async function liveKeepInTouchRow(db: Db, id: string): Promise<KeepInTouchRow> {
  const row = await db.selectFrom('contacts').select(['id', 'keep_in_touch', 'keep_in_touch_since', 'last_contacted_at']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new CarnetError('not_found', `No contact with id ${id}`);
  return row;
}

export async function loadKeepInTouch(db: Db, id: string, timeZone: string | undefined): Promise<KeepInTouch> {
  return describe(await liveKeepInTouchRow(db, id), timeZone);
}

/**
 * Sets how often to be in touch, or stops it (null). The day it is set is remembered as the
 * start for someone never contacted; choosing another frequency keeps that day, so changing
 * "every month" to "every quarter" does not push a never-contacted person's date further away.
 */
export async function setKeepInTouch(db: Db, id: string, frequency: KeepInTouchFrequency | null, today: string): Promise<void> {
  const row = await liveKeepInTouchRow(db, id);
  const since = frequency === null ? null : (row.keep_in_touch_since ?? today);
  await db.updateTable('contacts').set({ keep_in_touch: frequency, keep_in_touch_since: since, updated_at: nowIso() }).where('id', '=', id).execute();
}

/**
 * People due for contact on or before `until` (a local date), soonest first. Every contact with a
 * frequency is read from its index; the exact local date of the last contact (a time-zone
 * reading) is only worked out for those whose UTC date leaves it in doubt: a local date is within
 * a day of the UTC one, and the due date never goes down as the last contact moves later.
 */
export async function keepInTouchDueBy(db: Db, until: string, timeZone: string | undefined): Promise<KeepInTouchDue[]> {
  const rows = await db
    .selectFrom('contacts')
    .select(['id', 'display_name', 'keep_in_touch', 'keep_in_touch_since', 'last_contacted_at'])
    .where('keep_in_touch', 'is not', null)
    .where('deleted_at', 'is', null)
    .execute();
  const found: KeepInTouchDue[] = [];
  for (const row of rows) {
    const frequency = row.keep_in_touch!;
    let due: string;
    if (row.last_contacted_at === null) {
      due = addFrequency(row.keep_in_touch_since ?? until, frequency);
    } else {
      const utcDate = row.last_contacted_at.slice(0, 10);
      if (addFrequency(addDays(utcDate, -1), frequency) > until) continue; // not due even at the earliest reading
      due = addFrequency(localDateOfInstant(row.last_contacted_at, timeZone), frequency);
    }
    if (due <= until) found.push({ contactId: row.id, displayName: row.display_name, frequency, lastContactedAt: row.last_contacted_at, due });
  }
  return found.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.displayName.localeCompare(b.displayName)));
}
