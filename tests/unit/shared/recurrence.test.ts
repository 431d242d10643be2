import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextOccurrence, normalizeRepeatRule, RepeatRuleError, repeatRuleOf, simpleRepeat, REPEAT_UNITS } from '../../../shared/domain/recurrence.ts';
import { addDays, daysBetween, daysInMonth, utcToDate } from '../../../shared/domain/local-date.ts';

/** Any date from 1900 to 2200. */
const localDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }).map((date) => utcToDate(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))));
const interval = fc.integer({ min: 1, max: 24 });

describe('recurrence expansion (property)', () => {
  it('every N days and weeks: exactly N days or 7N days later', () => {
    fc.assert(
      fc.property(localDate, interval, fc.constantFrom('day' as const, 'week' as const), (due, n, unit) => {
        const next = nextOccurrence(repeatRuleOf(unit, n), due)!;
        expect(daysBetween(due, next.dueDate)).toBe(unit === 'day' ? n : 7 * n);
        expect(next.repeat).toBe(repeatRuleOf(unit, n));
      }),
    );
  });

  it('every N months and years: N months on, on the same day or the target month’s last', () => {
    fc.assert(
      fc.property(localDate, interval, fc.constantFrom('month' as const, 'year' as const), (due, n, unit) => {
        const next = nextOccurrence(repeatRuleOf(unit, n), due)!;
        const months = unit === 'month' ? n : 12 * n;
        const [y, m, d] = due.split('-').map(Number) as [number, number, number];
        const [ny, nm, nd] = next.dueDate.split('-').map(Number) as [number, number, number];
        expect(ny * 12 + nm - (y * 12 + m)).toBe(months);
        expect(nd).toBe(Math.min(d, daysInMonth(ny, nm)));
      }),
    );
  });

  it('any weekly rule with days of the week: the next one is later, within the period, on one of those days', () => {
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    fc.assert(
      fc.property(localDate, fc.integer({ min: 1, max: 4 }), fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }), (due, n, byDay) => {
        const rule = `FREQ=WEEKLY;INTERVAL=${n};BYDAY=${byDay.map((d) => days[d]).join(',')}`;
        const next = nextOccurrence(rule, due)!;
        const gap = daysBetween(due, next.dueDate);
        expect(gap).toBeGreaterThan(0);
        expect(gap).toBeLessThanOrEqual(7 * n + 6);
        const weekday = (new Date(`${next.dueDate}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
        expect(byDay).toContain(weekday);
      }),
      { numRuns: 200 },
    );
  });

  it('COUNT runs out after exactly COUNT occurrences, one task at a time', () => {
    fc.assert(
      fc.property(localDate, fc.integer({ min: 1, max: 12 }), (start, count) => {
        let rule = `FREQ=DAILY;COUNT=${count}`;
        let due = start;
        let occurrences = 1;
        for (;;) {
          const next = nextOccurrence(rule, due);
          if (!next) break;
          expect(next.dueDate).toBe(addDays(due, 1));
          ({ repeat: rule, dueDate: due } = next);
          occurrences++;
        }
        expect(occurrences).toBe(count);
      }),
      { numRuns: 50 },
    );
  });

  it('UNTIL is never passed', () => {
    fc.assert(
      fc.property(localDate, fc.integer({ min: 0, max: 60 }), (due, days) => {
        const until = addDays(due, days);
        const next = nextOccurrence(`FREQ=WEEKLY;UNTIL=${until.replaceAll('-', '')}`, due);
        if (days >= 7) expect(next?.dueDate).toBe(addDays(due, 7));
        else expect(next).toBeNull();
      }),
    );
  });

  it('normal forms read back as themselves; the form’s rules are recognised', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REPEAT_UNITS), interval, (unit, n) => {
        const rule = repeatRuleOf(unit, n);
        expect(normalizeRepeatRule(rule)).toBe(rule);
        expect(normalizeRepeatRule(`rrule:${rule.toLowerCase()}`)).toBe(rule);
        expect(simpleRepeat(rule)).toEqual({ unit, interval: n });
      }),
    );
  });

  it('never crashes on arbitrary text: a rule or a RepeatRuleError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        try {
          normalizeRepeatRule(text);
        } catch (error) {
          expect(error).toBeInstanceOf(RepeatRuleError);
        }
      }),
    );
  });
});

describe('repeat rules', () => {
  it('refuses what a task cannot repeat by, saying why', () => {
    const refused: [string, RegExp][] = [
      ['', /empty/],
      ['FREQ=HOURLY', /by day/],
      ['INTERVAL=2', /FREQ/],
      ['FREQ=DAILY;INTERVAL=0', /INTERVAL/],
      ['FREQ=DAILY;COUNT=2;UNTIL=20260101', /COUNT or UNTIL/],
      ['FREQ=MONTHLY;BYMONTHDAY=32', /BYMONTHDAY/],
      ['FREQ=DAILY;BYHOUR=9', /BYHOUR/],
      ['FREQ=DAILY;BYDAY=XX', /BY/],
      ['FREQ=DAILY\nFREQ=WEEKLY', /one line/],
      ['NOPE=1', /RFC 5545/],
    ];
    for (const [rule, message] of refused) expect(() => normalizeRepeatRule(rule), rule).toThrow(message);
  });

  it('keeps a yearly 29 February task in February', () => {
    expect(nextOccurrence('FREQ=YEARLY', '2024-02-29')?.dueDate).toBe('2025-02-28');
    expect(nextOccurrence('FREQ=MONTHLY;BYDAY=-1FR', '2026-01-01')?.dueDate).toBe('2026-01-30');
  });
});
