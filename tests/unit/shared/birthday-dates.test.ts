import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextBirthday } from '../../../shared/domain/birthday-dates.ts';
import { daysBetween, utcToDate } from '../../../shared/domain/local-date.ts';
import { snoozeDate, todayCount } from '../../../shared/domain/today.ts';

describe('birthdays on local dates', () => {
  it('counts days from today, today included, with the age turned', () => {
    expect(nextBirthday('1980-11-24', '2026-11-24')).toEqual({ date: '2026-11-24', inDays: 0, turns: 46 });
    expect(nextBirthday('--11-25', '2026-11-24')).toEqual({ date: '2026-11-25', inDays: 1, turns: null });
  });

  it('wraps into next year', () => {
    expect(nextBirthday('2000-01-02', '2026-12-30')).toEqual({ date: '2027-01-02', inDays: 3, turns: 27 });
  });

  it('celebrates 29 February on 28 February in other years', () => {
    expect(nextBirthday('--02-29', '2027-02-20')?.date).toBe('2027-02-28');
    expect(nextBirthday('2000-02-29', '2027-03-01')).toEqual({ date: '2028-02-29', inDays: 365, turns: 28 });
    expect(nextBirthday('2000-02-29', '2028-02-28')?.date).toBe('2028-02-29');
  });

  it('ignores values that are not birthdays', () => {
    expect(nextBirthday('soon', '2026-01-01')).toBeNull();
  });

  it('is always within a year, on the birthday’s month', () => {
    const date = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => utcToDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))));
    fc.assert(
      fc.property(date, date, (birth, today) => {
        const next = nextBirthday(birth, today)!;
        expect(next.inDays).toBeGreaterThanOrEqual(0);
        expect(next.inDays).toBeLessThanOrEqual(366);
        expect(daysBetween(today, next.date)).toBe(next.inDays);
        expect(next.date.slice(5, 7)).toBe(birth.slice(5, 7));
      }),
    );
  });
});

describe('Today helpers', () => {
  it('snoozes to tomorrow, a week from today, or a date', () => {
    expect(snoozeDate('tomorrow', '2026-12-31')).toBe('2027-01-01');
    expect(snoozeDate('next-week', '2026-12-28')).toBe('2027-01-04');
    expect(snoozeDate({ date: '2027-02-01' }, '2026-12-28')).toBe('2027-02-01');
  });

  it('counts overdue and due tasks, keep-in-touch due and birthdays today', () => {
    expect(todayCount({ overdue: 2, dueToday: 1, keepInTouch: 3, birthdaysToday: 1 })).toBe(7);
  });
});
