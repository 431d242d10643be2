/** Birthday arithmetic for the Today screen. Pure: `today` is passed in, so tests pin the date. */

export interface BirthdayEntry {
  id: string;
  name: string;
  /** `YYYY-MM-DD` or `--MM-DD`. */
  birthday: string;
}

export interface UpcomingBirthday extends BirthdayEntry {
  /** 0 = today, 1 = tomorrow… */
  inDays: number;
  /** The date it falls on next (local midnight). */
  date: Date;
  /** The age they turn, when the year is known. */
  turns: number | null;
}

const DAY_MS = 86_400_000;

function parts(birthday: string): { year: number | null; month: number; day: number } | null {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(birthday);
  if (!match) return null;
  return { year: match[1] === '-' ? null : Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The next time this birthday comes round on or after `today`. 29 February falls on 1 March in other years. */
export function nextOccurrence(birthday: string, today: Date): { date: Date; inDays: number; turns: number | null } | null {
  const p = parts(birthday);
  if (!p) return null;
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  for (const year of [start.getFullYear(), start.getFullYear() + 1]) {
    // Date rolls 29 February over to 1 March in years without it, which is when people celebrate.
    const date = new Date(year, p.month - 1, p.day);
    if (date >= start) {
      const inDays = Math.round((date.getTime() - start.getTime()) / DAY_MS);
      return { date, inDays, turns: p.year === null ? null : year - p.year };
    }
  }
  return null;
}

/** Birthdays within the next `days` days (today included), soonest first, then by name. */
export function upcomingBirthdays(entries: Iterable<BirthdayEntry>, today: Date, days: number): UpcomingBirthday[] {
  const found: UpcomingBirthday[] = [];
  for (const entry of entries) {
    const next = nextOccurrence(entry.birthday, today);
    if (next && next.inDays < days) found.push({ ...entry, ...next });
  }
  return found.sort((a, b) => a.inDays - b.inDays || a.name.localeCompare(b.name));
}
