/**
 * Which automatic snapshots to keep (the policy Actual Budget uses): the newest few from today,
 * then the newest one of each earlier day, and never more than a total. Pure, so it is tested
 * without files or clocks.
 */
export interface RotationPolicy {
  keepToday: number;
  maxTotal: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { keepToday: 3, maxTotal: 10 };

export interface Snapshotted {
  name: string;
  createdAt: Date;
}

/** Returns the snapshots to delete. "Today" and "a day" are the user's local calendar days. */
export function snapshotsToDelete<T extends Snapshotted>(snapshots: readonly T[], now: Date, policy: RotationPolicy = DEFAULT_ROTATION): T[] {
  const newestFirst = [...snapshots].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const today = localDay(now);
  const keep = new Set<T>();
  const daysSeen = new Set<string>();
  let keptToday = 0;
  for (const snapshot of newestFirst) {
    const day = localDay(snapshot.createdAt);
    if (day >= today) {
      // Today (or, with a clock set back, "the future"): the newest few.
      if (keptToday < policy.keepToday) {
        keep.add(snapshot);
        keptToday++;
      }
    } else if (!daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(snapshot);
    }
  }
  const kept = newestFirst.filter((snapshot) => keep.has(snapshot)).slice(0, policy.maxTotal);
  return newestFirst.filter((snapshot) => !kept.includes(snapshot));
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
