import { describe, expect, it } from 'vitest';
import { dueNotifications, EMPTY_SCHEDULE_STATE, nextCheckIn, type Notification, type ScheduleInput, type ScheduleState } from '../../../shared/domain/notification-schedule.ts';

const MINUTE = 60_000;

/** Runs the clock minute by minute from `start` to `end`, as the apps' timers do, collecting what shows and when. */
function run(start: string, end: string, input: Omit<ScheduleInput, 'now' | 'state'> & { zoneAt?: (now: Date) => string }) {
  let state: ScheduleState = EMPTY_SCHEDULE_STATE;
  const shown: { at: string; notification: Notification }[] = [];
  for (let t = Date.parse(start); t <= Date.parse(end); t += MINUTE) {
    const now = new Date(t);
    const result = dueNotifications({ ...input, timeZone: input.zoneAt?.(now) ?? input.timeZone, now, state });
    state = result.state;
    for (const notification of result.notifications) shown.push({ at: now.toISOString(), notification });
  }
  return shown;
}

const base = { timeZone: 'Europe/Paris', notificationTime: '09:00', tasks: [], birthdays: [] };

describe('the daily summary', () => {
  it('comes once a day at the chosen local time', () => {
    const shown = run('2026-06-01T00:00:00Z', '2026-06-03T23:59:00Z', base);
    expect(shown.map((s) => s.at)).toEqual(['2026-06-01T07:00:00.000Z', '2026-06-02T07:00:00.000Z', '2026-06-03T07:00:00.000Z']);
  });

  it('keeps to 9:00 local across the spring and autumn clock changes', () => {
    const spring = run('2026-03-28T00:00:00Z', '2026-03-30T23:00:00Z', base);
    expect(spring.map((s) => s.at)).toEqual(['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z']);
    const autumn = run('2026-10-24T00:00:00Z', '2026-10-26T23:00:00Z', base);
    expect(autumn.map((s) => s.at)).toEqual(['2026-10-24T07:00:00.000Z', '2026-10-25T08:00:00.000Z', '2026-10-26T08:00:00.000Z']);
  });

  it('at a time the clocks skip, comes right after the jump; at one that happens twice, the first time', () => {
    const skipped = run('2026-03-29T00:00:00Z', '2026-03-29T03:00:00Z', { ...base, notificationTime: '02:30' });
    expect(skipped.map((s) => s.at)).toEqual(['2026-03-29T01:30:00.000Z']); // 03:30 CEST
    const twice = run('2026-10-24T23:00:00Z', '2026-10-25T03:00:00Z', { ...base, notificationTime: '02:30' });
    expect(twice.map((s) => s.at)).toEqual(['2026-10-25T00:30:00.000Z']); // the first 02:30 (CEST)
  });

  it('after a flight west, the same date does not come twice; the next day comes at 9:00 in the new zone', () => {
    // Paris until 10:00 UTC on 1 June, then New York.
    const zoneAt = (now: Date) => (now.getTime() < Date.parse('2026-06-01T10:00:00Z') ? 'Europe/Paris' : 'America/New_York');
    const shown = run('2026-06-01T00:00:00Z', '2026-06-02T23:00:00Z', { ...base, zoneAt });
    expect(shown.map((s) => s.at)).toEqual(['2026-06-01T07:00:00.000Z', '2026-06-02T13:00:00.000Z']);
  });

  it('after a flight east, the new day is summarised at 9:00 there', () => {
    const zoneAt = (now: Date) => (now.getTime() < Date.parse('2026-06-01T20:00:00Z') ? 'America/New_York' : 'Asia/Tokyo');
    const shown = run('2026-06-01T05:00:00Z', '2026-06-02T06:00:00Z', { ...base, zoneAt });
    expect(shown.map((s) => [s.at, (s.notification as { date: string }).date])).toEqual([
      ['2026-06-01T13:00:00.000Z', '2026-06-01'],
      ['2026-06-02T00:00:00.000Z', '2026-06-02'], // 9:00 in Tokyo
    ]);
  });

  it('counts what is due that day and who has a birthday, 29 February on 28 February in other years', () => {
    const input = {
      ...base,
      tasks: [
        { id: 'a', title: 'late', dueDate: '2027-02-20', dueTime: null },
        { id: 'b', title: 'today', dueDate: '2027-02-28', dueTime: null },
        { id: 'c', title: 'later', dueDate: '2027-03-02', dueTime: null },
      ],
      birthdays: [
        { name: 'Leap', birthday: '2000-02-29' },
        { name: 'Nope', birthday: '--03-01' },
      ],
      keepInTouchDueBy: () => 2,
    };
    const [first] = run('2027-02-28T07:00:00Z', '2027-02-28T09:00:00Z', input);
    expect(first?.notification).toEqual({ kind: 'daily', date: '2027-02-28', tasksDue: 1, overdue: 1, birthdays: ['Leap'], keepInTouch: 2 });
    const leapYear = run('2028-02-28T07:00:00Z', '2028-02-29T09:00:00Z', input);
    expect(leapYear.map((s) => (s.notification as { birthdays: string[] }).birthdays)).toEqual([[], ['Leap']]);
  });

  it('crosses the year end', () => {
    const shown = run('2026-12-31T07:00:00Z', '2027-01-01T09:00:00Z', { ...base, birthdays: [{ name: 'Jan', birthday: '--01-01' }] });
    expect(shown.map((s) => s.notification)).toEqual([
      expect.objectContaining({ date: '2026-12-31', birthdays: [] }),
      expect.objectContaining({ date: '2027-01-01', birthdays: ['Jan'] }),
    ]);
  });

  it('a machine asleep at 9:00 summarises the day when it wakes', () => {
    const state = { lastDailyDate: '2026-06-01', shownTasks: [] };
    const result = dueNotifications({ ...base, now: new Date('2026-06-02T12:00:00Z'), state });
    expect(result.notifications).toEqual([expect.objectContaining({ kind: 'daily', date: '2026-06-02' })]);
    expect(result.state.lastDailyDate).toBe('2026-06-02');
  });
});

describe('task reminders', () => {
  const task = { id: 't1', title: 'Call Ana', dueDate: '2026-03-29', dueTime: '09:30' };

  it('come at the task’s own local time, once, on a day the clocks change', () => {
    const shown = run('2026-03-29T00:00:00Z', '2026-03-29T12:00:00Z', { ...base, notificationTime: '23:00', tasks: [task] });
    expect(shown).toEqual([{ at: '2026-03-29T07:30:00.000Z', notification: { kind: 'task', taskId: 't1', title: 'Call Ana', date: '2026-03-29', time: '09:30' } }]);
  });

  it('float with the user: 9:30 in New York after the flight', () => {
    const shown = run('2026-03-29T00:00:00Z', '2026-03-29T20:00:00Z', { ...base, timeZone: 'America/New_York', notificationTime: '23:00', tasks: [task] });
    expect(shown.filter((s) => s.notification.kind === 'task').map((s) => s.at)).toEqual(['2026-03-29T13:30:00.000Z']);
  });

  it('a snoozed task is reminded again at its new date; one missed by hours is left to the summary', () => {
    let state: ScheduleState = EMPTY_SCHEDULE_STATE;
    const at = (iso: string, tasks: typeof task[]) => {
      const result = dueNotifications({ ...base, notificationTime: '23:00', tasks, now: new Date(iso), state });
      state = result.state;
      return result.notifications.filter((n) => n.kind === 'task');
    };
    expect(at('2026-03-29T07:30:00Z', [task])).toHaveLength(1);
    expect(at('2026-03-29T07:31:00Z', [task])).toHaveLength(0);
    const snoozed = { ...task, dueDate: '2026-03-30' };
    expect(at('2026-03-30T07:30:00Z', [snoozed])).toHaveLength(1);
    expect(at('2026-04-02T12:00:00Z', [{ ...task, id: 't2', dueDate: '2026-04-02', dueTime: '08:00' }])).toHaveLength(0);
  });

  it('the clock sleeps until the next thing, at most a quarter of an hour', () => {
    const now = new Date('2026-03-29T07:25:00Z');
    expect(nextCheckIn({ ...base, now, notificationTime: '23:00', tasks: [task], state: EMPTY_SCHEDULE_STATE })).toBe(5 * MINUTE);
    expect(nextCheckIn({ ...base, now, notificationTime: '23:00', tasks: [], state: EMPTY_SCHEDULE_STATE })).toBe(15 * MINUTE);
  });
});
