import { describe, expect, it } from 'vitest';
import { snapshotsToDelete } from '../../electron/core/backup/rotation.ts';

const at = (day: number, hour: number) => ({ name: `d${day}h${hour}`, createdAt: new Date(2026, 10, day, hour, 0, 0) });
const names = (list: { name: string }[]) => list.map((item) => item.name).sort();

describe('automatic snapshot rotation', () => {
  const now = new Date(2026, 10, 24, 18, 0, 0);

  it('keeps the newest three from today and deletes older ones from today', () => {
    const today = [at(24, 9), at(24, 11), at(24, 13), at(24, 15), at(24, 17)];
    expect(names(snapshotsToDelete(today, now))).toEqual(['d24h11', 'd24h9']);
  });

  it('keeps the newest one of each earlier day', () => {
    const list = [at(23, 8), at(23, 20), at(22, 10), at(22, 12), at(24, 9)];
    expect(names(snapshotsToDelete(list, now))).toEqual(['d22h10', 'd23h8']);
  });

  it('never keeps more than the total, dropping the oldest days first', () => {
    const list = [at(24, 10), at(24, 12), at(24, 14), ...Array.from({ length: 12 }, (_, i) => at(10 + i, 12))];
    const deleted = snapshotsToDelete(list, now);
    expect(list.length - deleted.length).toBe(10);
    expect(names(deleted)).toEqual(['d10h12', 'd11h12', 'd12h12', 'd13h12', 'd14h12']);
  });

  it('honours a custom policy and deletes nothing when under it', () => {
    expect(snapshotsToDelete([at(24, 10), at(23, 10)], now)).toEqual([]);
    expect(names(snapshotsToDelete([at(24, 10), at(24, 11)], now, { keepToday: 1, maxTotal: 5 }))).toEqual(['d24h10']);
  });
});
