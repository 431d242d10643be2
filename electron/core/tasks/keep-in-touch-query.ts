import type { KeepInTouch } from '../../../shared/contract/tasks.ts';
import type { KeepInTouchDue } from '../../../shared/contract/today.ts';
import { KEEP_IN_TOUCH_FREQUENCIES, type KeepInTouchFrequency } from '../../../shared/domain/interaction-types.ts';
import { addFrequency, keepInTouchDueDate } from '../../../shared/domain/keep-in-touch.ts';
import { addDays, dateToUtc, localDateOf, utcToDate, zonedParts } from '../../../shared/domain/local-date.ts';
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

const DAY_MS = 86_400_000;

/**
 * `localDateOfInstant` for many instants at once (Today reads thousands of last contacts): the
 * zone's offset is asked of Intl once per UTC day, and used for every instant of that day when it
 * is the same at both ends of the day (a day with a clock change asks Intl for each instant).
 */
export function localDateReader(timeZone: string | undefined): (iso: string) => string {
  if (timeZone === undefined) return (iso) => localDateOfInstant(iso, undefined);
  const offsets = new Map<number, number | null>();
  const offsetAt = (ms: number) => {
    const { date, time } = zonedParts(new Date(ms), timeZone);
    const [h, m, sec] = time.split(':').map(Number) as [number, number, number];
    return dateToUtc(date).getTime() + ((h % 24) * 3600 + m * 60 + sec) * 1000 - ms;
  };
  return (iso) => {
    const ms = Date.parse(iso);
    const day = Math.floor(ms / DAY_MS);
    let offset = offsets.get(day);
    if (offset === undefined) {
      const start = offsetAt(day * DAY_MS);
      offset = start === offsetAt(day * DAY_MS + DAY_MS - 1000) ? start : null;
      offsets.set(day, offset);
    }
    return offset === null ? localDateOfInstant(iso, timeZone) : utcToDate(new Date(ms + offset));
  };
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
 * The latest local date a last contact can have for someone with `frequency` to be due by
 * `until`: `addFrequency` never goes down as its date goes up, so one date per frequency turns
 * "is due" into a comparison of text.
 */
export function latestDueBase(frequency: KeepInTouchFrequency, until: string): string {
  let base = addDays(until, -400); // due by `until` for every frequency (the longest is a year)
  let step = 256;
  while (step >= 1) {
    const later = addDays(base, step);
    if (addFrequency(later, frequency) <= until) base = later;
    else step /= 2;
  }
  return base;
}

/**
 * People due for contact on or before `until` (a local date), soonest first. Whether one is due
 * is a comparison of text against one date per frequency (`latestDueBase`), first in SQL on the
 * UTC instant (with a day to spare), then exactly on the local date of the last contact (a
 * time-zone reading), worked out only for the few the SQL range leaves in doubt or due.
 */
export async function keepInTouchDueBy(db: Db, until: string, timeZone: string | undefined): Promise<KeepInTouchDue[]> {
  const found: KeepInTouchDue[] = [];
  const localDate = localDateReader(timeZone);
  for (const frequency of KEEP_IN_TOUCH_FREQUENCIES) {
    const base = latestDueBase(frequency, until);
    // A local date is at most a day after the UTC one: a last contact before `base + 2 days` (UTC)
    // may be due, a later one cannot. One range of `contacts_keep_in_touch_due` (migration 0008),
    // never-contacted people first (NULL sorts first), read from the index alone.
    const candidates = (contacted: boolean) => {
      const query = db.selectFrom('contacts').select(['id', 'display_name', 'keep_in_touch_since', 'last_contacted_at']).where('keep_in_touch', '=', frequency).where('deleted_at', 'is', null);
      return (contacted ? query.where('last_contacted_at', '<', addDays(base, 2)) : query.where('last_contacted_at', 'is', null)).execute();
    };
    // Two ranges of the index rather than one OR, which SQLite would answer by reading every
    // person with this frequency.
    const rows = [...(await candidates(false)), ...(await candidates(true))];
    for (const row of rows) {
      let from: string;
      if (row.last_contacted_at === null) {
        from = row.keep_in_touch_since ?? until;
        if (from > base) continue;
      } else {
        // The UTC date, less a day, is the earliest the local date can be.
        if (addDaysCheap(row.last_contacted_at.slice(0, 10), -1) > base) continue;
        from = localDate(row.last_contacted_at);
        if (from > base) continue;
      }
      found.push({ contactId: row.id, displayName: row.display_name, frequency, lastContactedAt: row.last_contacted_at, due: addFrequency(from, frequency) });
    }
  }
  return found.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.displayName.localeCompare(b.displayName)));
}

/** The day before a 'YYYY-MM-DD' without a Date when it is not the 1st (most days). */
function addDaysCheap(date: string, days: -1): string {
  const day = Number(date.slice(8, 10));
  return day > 1 ? `${date.slice(0, 8)}${String(day + days).padStart(2, '0')}` : addDays(date, days);
}
