import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFrequency, keepInTouchDueDate } from '../../../shared/domain/keep-in-touch.ts';
import { KEEP_IN_TOUCH_FREQUENCIES } from '../../../shared/domain/interaction-types.ts';
import { addMonths, daysBetween, daysInMonth, isLocalDate, utcToDate, zonedInstant } from '../../../shared/domain/local-date.ts';

const localDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }).map((date) => utcToDate(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))));
const frequency = fc.constantFrom(...KEEP_IN_TOUCH_FREQUENCIES);

describe('keep-in-touch arithmetic (property)', () => {
  it('is a real date, later, and never moves back when the last contact moves later', () => {
    fc.assert(
      fc.property(localDate, localDate, frequency, (a, b, f) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(isLocalDate(addFrequency(early, f))).toBe(true);
        expect(addFrequency(early, f) > early).toBe(true);
        expect(addFrequency(early, f) <= addFrequency(late, f)).toBe(true);
      }),
    );
  });

  it('two weeks is 14 days; months land on the same day or the month’s last (31 January + 1 month = 28 February)', () => {
    fc.assert(
      fc.property(localDate, frequency, (date, f) => {
        const due = addFrequency(date, f);
        if (f === '2w') {
          expect(daysBetween(date, due)).toBe(14);
          return;
        }
        const months = { '1m': 1, '3m': 3, '6m': 6, '1y': 12 }[f];
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [ny, nm, nd] = due.split('-').map(Number) as [number, number, number];
        expect(ny * 12 + nm - (y * 12 + m)).toBe(months);
        expect(nd).toBe(Math.min(d, daysInMonth(ny, nm)));
      }),
    );
  });

  it('counts from the last contact, or from the day it was set for someone never contacted', () => {
    fc.assert(
      fc.property(localDate, localDate, frequency, (last, since, f) => {
        expect(keepInTouchDueDate(f, last, since)).toBe(addFrequency(last, f));
        expect(keepInTouchDueDate(f, null, since)).toBe(addFrequency(since, f));
      }),
    );
  });
});

describe('local dates', () => {
  it('clamps month ends', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addFrequency('2026-08-31', '6m')).toBe('2027-02-28');
  });

  it('finds the instant of a wall-clock time in a zone, across clock changes', () => {
    expect(zonedInstant('2026-07-01', '09:00', 'Europe/Paris').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(zonedInstant('2026-01-01', '09:00', 'Europe/Paris').toISOString()).toBe('2026-01-01T08:00:00.000Z');
    expect(zonedInstant('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z'); // skipped: 03:30 EDT
    expect(zonedInstant('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z'); // twice: the EDT one
    expect(zonedInstant('2026-06-01', '09:00', 'Asia/Kolkata').toISOString()).toBe('2026-06-01T03:30:00.000Z');
  });
});
