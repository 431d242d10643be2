import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core.ts';
import type { CarnetEvent } from '../../../shared/contract/events.ts';
import type { CarnetError } from '../../../shared/errors.ts';
import { openTempCore } from '../../helpers/temp-core.ts';

let core: Core;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => cleanup());

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as CarnetError);
const taskCount = () => (core.context.database.sqlite.prepare('SELECT count(*) AS n FROM tasks').get() as { n: number }).n;

describe('tasks', () => {
  it('adds a task on a floating date and time, for a contact, and reads it back with the name', async () => {
    const ada = await core.call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace' });
    const task = await core.call('tasks.add', { title: '  Call back ', dueDate: '2026-03-14', dueTime: '09:30', contactId: ada.id, notes: 'About the quote' });
    expect(task).toMatchObject({ title: 'Call back', dueDate: '2026-03-14', dueTime: '09:30', contactId: ada.id, contactName: 'Ada Lovelace', doneAt: null, repeat: null });
    expect(task.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(await core.call('tasks.get', { id: task.id })).toEqual(task);
    const row = core.context.database.sqlite.prepare('SELECT due_date, due_time, created_at FROM tasks WHERE id = ?').get(task.id) as Record<string, string>;
    expect(row).toMatchObject({ due_date: '2026-03-14', due_time: '09:30' });
  });

  it('refuses bad input with the field it concerns and writes nothing', async () => {
    const cases: [unknown, string][] = [
      [{ title: '' }, 'title'],
      [{ title: 'x', dueDate: '2026-02-30' }, 'dueDate'],
      [{ title: 'x', dueDate: '14/03/2026' }, 'dueDate'],
      [{ title: 'x', dueDate: '2026-03-14', dueTime: '25:00' }, 'dueTime'],
      [{ title: 'x', dueTime: '09:00' }, 'dueTime'],
      [{ title: 'x', repeat: 'FREQ=WEEKLY' }, 'repeat'],
      [{ title: 'x', dueDate: '2026-03-14', repeat: 'FREQ=HOURLY' }, 'repeat'],
      [{ title: 'x', dueDate: '2026-03-14', repeat: 'FREQ=DAILY;COUNT=0' }, 'repeat'],
    ];
    for (const [input, path] of cases) {
      const error = await errorOf(core.call('tasks.add', input));
      expect(error?.code, JSON.stringify(input)).toBe('invalid_input');
      expect(error?.issues?.map((issue) => issue.path)).toContain(path);
    }
    const unknownContact = await errorOf(core.call('tasks.add', { title: 'x', contactId: 'nobody' }));
    expect(unknownContact?.code).toBe('not_found');
    expect(taskCount()).toBe(0);
  });

  it('keeps a repeat rule in its normal form', async () => {
    const task = await core.call('tasks.add', { title: 'Invoice', dueDate: '2026-03-14', repeat: 'rrule:freq=weekly;interval=2' });
    expect(task.repeat).toBe('FREQ=WEEKLY;INTERVAL=2');
  });

  it('completing a repeating task creates the next one counted from the due date, once; reopening removes it', async () => {
    const events: CarnetEvent[] = [];
    core.onEvent((event) => events.push(event));
    const task = await core.call('tasks.add', { title: 'Water plants', dueDate: '2026-01-31', dueTime: '08:00', repeat: 'FREQ=MONTHLY' });
    const done = await core.call('tasks.complete', { id: task.id });
    expect(done.task.doneAt).not.toBeNull();
    expect(done.next).toMatchObject({ title: 'Water plants', dueDate: '2026-02-28', dueTime: '08:00', repeat: 'FREQ=MONTHLY', repeatOf: task.id, doneAt: null });
    expect(events).toContainEqual({ type: 'tasks.changed', ids: [task.id, done.next!.id] });
    // Completing again changes nothing and creates nothing.
    const again = await core.call('tasks.complete', { id: task.id });
    expect(again.next?.id).toBe(done.next!.id);
    expect(taskCount()).toBe(2);

    const reopened = await core.call('tasks.reopen', { id: task.id });
    expect(reopened).toMatchObject({ nextRemoved: true, nextKept: false, task: { doneAt: null } });
    expect(taskCount()).toBe(1);
    // Redo: a new next occurrence, still only one.
    const redone = await core.call('tasks.complete', { id: task.id });
    expect(redone.next?.dueDate).toBe('2026-02-28');
    expect(taskCount()).toBe(2);
  });

  it('reopening keeps a next occurrence the user has touched since', async () => {
    const task = await core.call('tasks.add', { title: 'Report', dueDate: '2026-03-02', repeat: 'FREQ=WEEKLY' });
    const { next } = await core.call('tasks.complete', { id: task.id });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await core.call('tasks.update', { id: next!.id, fields: { title: 'Report (long)', dueDate: next!.dueDate, repeat: next!.repeat } });
    const reopened = await core.call('tasks.reopen', { id: task.id });
    expect(reopened).toMatchObject({ nextRemoved: false, nextKept: true });
    // Completing the first again does not make a second next occurrence.
    const done = await core.call('tasks.complete', { id: task.id });
    expect(done.next?.id).toBe(next!.id);
    expect(taskCount()).toBe(2);
  });

  it('a rule used up creates nothing more: COUNT carried down, UNTIL passed', async () => {
    const counted = await core.call('tasks.add', { title: 'Twice', dueDate: '2026-03-01', repeat: 'FREQ=DAILY;COUNT=2' });
    const first = await core.call('tasks.complete', { id: counted.id });
    expect(first.next).toMatchObject({ dueDate: '2026-03-02', repeat: 'FREQ=DAILY;COUNT=1' });
    expect((await core.call('tasks.complete', { id: first.next!.id })).next).toBeNull();
    const until = await core.call('tasks.add', { title: 'Until', dueDate: '2026-03-10', repeat: 'FREQ=WEEKLY;UNTIL=20260315' });
    expect((await core.call('tasks.complete', { id: until.id })).next).toBeNull();
  });

  it('completes a task whose stored rule cannot be read (written by another tool), without a next one', async () => {
    const task = await core.call('tasks.add', { title: 'Odd', dueDate: '2026-03-01' });
    core.context.database.sqlite.prepare("UPDATE tasks SET repeat = 'FREQ=HOURLY' WHERE id = ?").run(task.id);
    const done = await core.call('tasks.complete', { id: task.id });
    expect(done).toMatchObject({ task: { doneAt: expect.any(String) }, next: null });
  });

  it('snoozes to tomorrow, the same day next week or a date, keeping the time', async () => {
    const task = await core.call('tasks.add', { title: 'Ping', dueDate: '2026-03-01', dueTime: '10:00' });
    expect((await core.call('tasks.snooze', { id: task.id, to: 'tomorrow', today: '2026-03-05' })).dueDate).toBe('2026-03-06');
    expect((await core.call('tasks.snooze', { id: task.id, to: 'next-week', today: '2026-03-05' })).dueDate).toBe('2026-03-12');
    const picked = await core.call('tasks.snooze', { id: task.id, to: { date: '2026-04-01' }, today: '2026-03-05' });
    expect(picked).toMatchObject({ dueDate: '2026-04-01', dueTime: '10:00' });
    await core.call('tasks.complete', { id: task.id });
    expect((await errorOf(core.call('tasks.snooze', { id: task.id, to: 'tomorrow', today: '2026-03-05' })))?.code).toBe('conflict');
  });

  it('deletes softly and restores', async () => {
    const task = await core.call('tasks.add', { title: 'Gone', dueDate: '2026-03-01' });
    await core.call('tasks.delete', { id: task.id });
    expect((await errorOf(core.call('tasks.get', { id: task.id })))?.code).toBe('not_found');
    expect((await core.call('tasks.list', {})).total).toBe(0);
    expect(taskCount()).toBe(1);
    expect((await core.call('tasks.restore', { id: task.id })).title).toBe('Gone');
    expect((await core.call('tasks.list', {})).total).toBe(1);
  });

  it('lists by contact and by due filter, soonest first, undated last', async () => {
    const ada = await core.call('contacts.create', { firstName: 'Ada' });
    const add = (title: string, dueDate: string | null, extra: object = {}) => core.call('tasks.add', { title, dueDate, ...extra });
    await add('late', '2026-03-01');
    await add('today timed', '2026-03-05', { dueTime: '14:00' });
    await add('today', '2026-03-05', { contactId: ada.id });
    await add('in a week', '2026-03-12');
    await add('later', '2026-03-13');
    await add('someday', null, { contactId: ada.id });
    const titles = async (input: object) => (await core.call('tasks.list', { today: '2026-03-05', ...input })).items.map((task) => task.title);
    expect(await titles({})).toEqual(['late', 'today', 'today timed', 'in a week', 'later', 'someday']);
    expect(await titles({ due: 'overdue' })).toEqual(['late']);
    expect(await titles({ due: 'today' })).toEqual(['today', 'today timed']);
    expect(await titles({ due: 'week' })).toEqual(['in a week']);
    expect(await titles({ due: 'undated' })).toEqual(['someday']);
    expect(await titles({ contactId: ada.id })).toEqual(['today', 'someday']);
    expect((await errorOf(core.call('tasks.list', { due: 'today' })))?.code).toBe('invalid_input');
  });
});

describe('keep in touch', () => {
  it('counts from the day it was set for someone never contacted, from the last contact otherwise', async () => {
    const ada = await core.call('contacts.create', { firstName: 'Ada' });
    const set = await core.call('contacts.setKeepInTouch', { id: ada.id, frequency: '1m', today: '2026-01-31', timeZone: 'Europe/Paris' });
    expect(set).toMatchObject({ frequency: '1m', since: '2026-01-31', nextDue: '2026-02-28', lastContactedAt: null });
    // Changing the frequency keeps the start.
    expect((await core.call('contacts.setKeepInTouch', { id: ada.id, frequency: '3m', today: '2026-02-10' })).nextDue).toBe('2026-04-30');
    // A last contact late in the evening in Paris is the next day in UTC+... and the same day here.
    core.context.database.sqlite.prepare('UPDATE contacts SET last_contacted_at = ? WHERE id = ?').run('2026-03-31T22:30:00.000Z', ada.id);
    expect((await core.call('contacts.keepInTouch', { id: ada.id, today: '2026-04-01', timeZone: 'Europe/Paris' })).nextDue).toBe('2026-07-01');
    expect((await core.call('contacts.keepInTouch', { id: ada.id, today: '2026-04-01', timeZone: 'America/New_York' })).nextDue).toBe('2026-06-30');
    const stopped = await core.call('contacts.setKeepInTouch', { id: ada.id, frequency: null, today: '2026-04-01' });
    expect(stopped).toMatchObject({ frequency: null, since: null, nextDue: null });
    expect((await errorOf(core.call('contacts.setKeepInTouch', { id: ada.id, frequency: '5w', today: '2026-04-01' })))?.code).toBe('invalid_input');
    expect((await errorOf(core.call('contacts.setKeepInTouch', { id: 'nobody', frequency: '1m', today: '2026-04-01' })))?.code).toBe('not_found');
    expect((await errorOf(core.call('contacts.keepInTouch', { id: ada.id, today: '2026-04-01', timeZone: 'Mars/Olympus' })))?.code).toBe('invalid_input');
  });
});

describe('today', () => {
  it('gathers overdue, due today, keep-in-touch due, birthdays today first with the age, and the next seven days', async () => {
    const ada = await core.call('contacts.create', { firstName: 'Ada', birthday: '1990-03-05' });
    const ben = await core.call('contacts.create', { firstName: 'Ben', birthday: '--03-10' });
    const cy = await core.call('contacts.create', { firstName: 'Cy' });
    const dee = await core.call('contacts.create', { firstName: 'Dee' });
    await core.call('contacts.create', { firstName: 'Far', birthday: '--05-01' });
    await core.call('tasks.add', { title: 'late', dueDate: '2026-03-01' });
    await core.call('tasks.add', { title: 'now', dueDate: '2026-03-05', dueTime: '09:00' });
    await core.call('tasks.add', { title: 'soon', dueDate: '2026-03-12' });
    await core.call('tasks.add', { title: 'later', dueDate: '2026-03-13' });
    const done = await core.call('tasks.add', { title: 'done', dueDate: '2026-03-02' });
    await core.call('tasks.complete', { id: done.id });
    await core.call('contacts.setKeepInTouch', { id: cy.id, frequency: '2w', today: '2026-02-19' }); // due 03-05
    await core.call('contacts.setKeepInTouch', { id: dee.id, frequency: '2w', today: '2026-02-24' }); // due 03-10
    const today = await core.call('today.get', { today: '2026-03-05', timeZone: 'Europe/Paris' });
    expect(today.overdue.items.map((task) => task.title)).toEqual(['late']);
    expect(today.dueToday.items.map((task) => task.title)).toEqual(['now']);
    expect(today.next.tasks.items.map((task) => task.title)).toEqual(['soon']);
    expect(today.keepInTouch.items).toEqual([expect.objectContaining({ contactId: cy.id, due: '2026-03-05' })]);
    expect(today.next.keepInTouch.items).toEqual([expect.objectContaining({ contactId: dee.id, due: '2026-03-10' })]);
    expect(today.birthdays).toEqual([
      expect.objectContaining({ contactId: ada.id, inDays: 0, turns: 36, date: '2026-03-05' }),
      expect.objectContaining({ contactId: ben.id, inDays: 5, turns: null }),
    ]);
    // overdue 1 + today 1 + keep in touch 1 + birthday today 1
    expect(today.count).toBe(4);
  });

  it('shows a 29 February birthday on 28 February in other years, and wraps the list over the new year', async () => {
    const leap = await core.call('contacts.create', { firstName: 'Leap', birthday: '2000-02-29' });
    const newYear = await core.call('contacts.create', { firstName: 'Jan', birthday: '--01-02' });
    const feb = await core.call('today.get', { today: '2027-02-28' });
    expect(feb.birthdays).toEqual([expect.objectContaining({ contactId: leap.id, inDays: 0, date: '2027-02-28', turns: 27 })]);
    const before = await core.call('today.get', { today: '2027-02-15' });
    expect(before.birthdays).toEqual([expect.objectContaining({ contactId: leap.id, inDays: 13 })]);
    const leapYear = await core.call('today.get', { today: '2028-02-28' });
    expect(leapYear.birthdays).toEqual([expect.objectContaining({ contactId: leap.id, inDays: 1, date: '2028-02-29' })]);
    const december = await core.call('today.get', { today: '2026-12-25' });
    expect(december.birthdays).toEqual([expect.objectContaining({ contactId: newYear.id, inDays: 8, date: '2027-01-02' })]);
  });

  it('cuts long lists at the limit but counts them all', async () => {
    for (let i = 0; i < 5; i++) await core.call('tasks.add', { title: `late ${i}`, dueDate: '2026-03-01' });
    const today = await core.call('today.get', { today: '2026-03-05', limit: 2 });
    expect(today.overdue.items).toHaveLength(2);
    expect(today.overdue.total).toBe(5);
    expect(today.count).toBe(5);
  });
});
