import { describe, expect, it } from 'vitest';
import { nextOccurrence, upcomingBirthdays } from '../../../renderer/features/today/upcoming-birthdays.ts';

describe('nextOccurrence', () => {
  it('counts days from today, today included', () => {
    expect(nextOccurrence('1980-11-24', new Date(2026, 10, 24, 15, 30))).toMatchObject({ inDays: 0, turns: 46 });
    expect(nextOccurrence('--11-25', new Date(2026, 10, 24))).toMatchObject({ inDays: 1, turns: null });
  });

  it('wraps into next year', () => {
    const next = nextOccurrence('2000-01-02', new Date(2026, 11, 30))!;
    expect(next.inDays).toBe(3);
    expect(next.date.getFullYear()).toBe(2027);
    expect(next.turns).toBe(27);
  });

  it('celebrates 29 February on 1 March in other years', () => {
    const next = nextOccurrence('--02-29', new Date(2027, 1, 20))!;
    expect([next.date.getMonth(), next.date.getDate()]).toEqual([2, 1]);
  });

  it('ignores values that are not birthdays', () => {
    expect(nextOccurrence('soon', new Date())).toBeNull();
  });
});

describe('upcomingBirthdays', () => {
  it('keeps those within the window, soonest first then by name', () => {
    const today = new Date(2026, 10, 24);
    const found = upcomingBirthdays(
      [
        { id: 'a', name: 'Zoë', birthday: '--11-26' },
        { id: 'b', name: 'Ada', birthday: '--11-26' },
        { id: 'c', name: 'Ben', birthday: '--11-24' },
        { id: 'd', name: 'Far', birthday: '--12-20' },
      ],
      today,
      14,
    );
    expect(found.map((b) => b.name)).toEqual(['Ben', 'Ada', 'Zoë']);
  });
});
