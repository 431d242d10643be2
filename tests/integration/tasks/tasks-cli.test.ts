import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core.ts';
import { addDays, addMonths, localDateOf } from '../../../shared/domain/local-date.ts';
import { makeTempDir } from '../../helpers/temp-core.ts';
import { runCarnet } from '../../helpers/run-cli.ts';

let dir: string;
let cleanup: () => void;
const carnet = (...argv: string[]) => runCarnet(['--data', dir, ...argv]);
const today = () => localDateOf(new Date());

beforeEach(async () => {
  ({ dir, cleanup } = makeTempDir());
  const core = await createCore({ dataDir: dir, locale: 'fr-FR', autoBackup: { enabled: false } });
  await core.call('contacts.create', { firstName: 'Ana', lastName: 'Pérez', emails: [{ value: 'ana@shop.example' }], birthday: '1996-02-29' });
  await core.call('contacts.create', { firstName: 'Ana', lastName: 'Gil' });
  await core.close();
});
afterEach(() => cleanup());

describe('carnet tasks', () => {
  it('adds, lists as text and JSON, filters by due, and marks done with the next occurrence', async () => {
    const added = await carnet('tasks', 'add', 'Call', 'back', '--due', 'today', '--time', '09:30', '--contact', 'ana@shop.example', '--repeat', 'FREQ=WEEKLY;INTERVAL=2');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Added Call back due \d{4}-\d\d-\d\d at 09:30 for Ana Pérez, repeating FREQ=WEEKLY;INTERVAL=2: [0-9a-f-]{36}\n$/);
    await carnet('tasks', 'add', 'Old', '--due', addDays(today(), -3));
    await carnet('tasks', 'add', 'Someday');

    const json = JSON.parse((await carnet('tasks', 'list', '--json')).stdout) as Record<string, unknown>[];
    expect(json.map((task) => task.title)).toEqual(['Old', 'Call back', 'Someday']);
    const call = json[1]!;
    expect(Object.keys(call).sort()).toEqual(['contactId', 'contactName', 'done', 'due', 'id', 'repeat', 'time', 'title']);
    expect(call).toMatchObject({ due: today(), time: '09:30', done: false, contactName: 'Ana Pérez', repeat: 'FREQ=WEEKLY;INTERVAL=2' });

    const overdue = await carnet('tasks', 'list', '--due', 'overdue');
    expect(overdue.stdout).toContain('Old');
    expect(overdue.stdout).toContain('(overdue)');
    expect(overdue.stdout).not.toContain('Call back');
    expect((await carnet('tasks', 'list', '--due', 'today')).stdout).toContain('Call back  (Ana Pérez)  [repeats FREQ=WEEKLY;INTERVAL=2]');

    const done = await carnet('tasks', 'done', String(call.id));
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(`Next: Call back due ${addDays(today(), 14)} at 09:30`);
    const week = JSON.parse((await carnet('tasks', 'list', '--due', 'week', '--json')).stdout) as unknown[];
    expect(week).toEqual([]);
    const all = JSON.parse((await carnet('tasks', 'list', '--json')).stdout) as { title: string; due: string }[];
    expect(all.find((task) => task.title === 'Call back')?.due).toBe(addDays(today(), 14));
  });

  it('says what is wrong and adds nothing', async () => {
    const cases: [string[], RegExp, number][] = [
      [['tasks', 'add', 'X', '--due', 'someday'], /--due takes YYYY-MM-DD, today or tomorrow/, 1],
      [['tasks', 'add', 'X', '--due', 'today', '--time', '9h'], /dueTime: Use a time such as 09:30/, 1],
      [['tasks', 'add', 'X', '--due', 'today', '--repeat', 'FREQ=HOURLY'], /repeat: Tasks repeat by day at most/, 1],
      [['tasks', 'add', 'X', '--repeat', 'FREQ=DAILY'], /needs a due date/, 1],
      [['tasks', 'add', 'X', '--contact', 'Ana'], /matches 2 contacts/, 2],
      [['tasks', 'add', 'X', '--contact', 'Nobody'], /No contact matches/, 1],
      [['tasks', 'add'], /Say what to do/, 1],
      [['tasks', 'list', '--due', 'tomorrow'], /--due takes today, overdue or week/, 1],
      [['tasks', 'done', 'nope'], /No task with id nope/, 1],
    ];
    for (const [argv, message, code] of cases) {
      const result = await carnet(...argv);
      expect(result.code, argv.join(' ')).toBe(code);
      expect(result.stderr, argv.join(' ')).toMatch(message);
    }
    expect((await carnet('tasks', 'list')).stdout).toContain('No open tasks');
  });
});

describe('carnet calendar export', () => {
  it('writes an .ics that an independent parser reads: timed tasks floating, birthdays yearly, 29 February on 28 February', async () => {
    await carnet('tasks', 'add', 'Call back', '--due', '2030-03-14', '--time', '09:30', '--contact', 'ana@shop.example');
    await carnet('tasks', 'add', 'Invoice', '--due', '2030-03-15');
    await carnet('tasks', 'add', 'No date');
    const core = await createCore({ dataDir: dir, locale: 'fr-FR', autoBackup: { enabled: false } });
    const gil = (await core.call('contacts.list', { search: 'Gil' })).items[0]!;
    await core.call('contacts.update', { id: gil.id, fields: { firstName: 'Ana', lastName: 'Gil', birthday: '--07-14' } });
    await core.call('contacts.setKeepInTouch', { id: gil.id, frequency: '1m', today: today() });
    await core.close();
    const file = path.join(dir, 'out', 'carnet.ics');
    fs.mkdirSync(path.dirname(file));
    const result = await carnet('calendar', 'export', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote 5 events');

    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const bySummary = new Map(events.map((event) => [event.summary, event]));
    const call = bySummary.get('Call back (Ana Pérez)')!;
    expect(call.startDate.toString()).toBe('2030-03-14T09:30:00');
    expect(call.startDate.isDate).toBe(false);
    expect(call.startDate.zone?.tzid).toBe('floating');
    const invoice = bySummary.get('Invoice')!;
    expect(invoice.startDate.isDate).toBe(true);
    expect(invoice.startDate.toString()).toBe('2030-03-15');

    const birthday = bySummary.get('Birthday: Ana Pérez')!;
    expect(birthday.isRecurring()).toBe(true);
    const iterator = birthday.iterator();
    const dates = Array.from({ length: 5 }, () => iterator.next()!.toString());
    expect(dates).toEqual(['1996-02-29', '1997-02-28', '1998-02-28', '1999-02-28', '2000-02-29']);

    const yearless = bySummary.get('Birthday: Ana Gil')!;
    expect(yearless.startDate.toString()).toBe('2000-07-14');
    expect(yearless.iterator().next()!.isDate).toBe(true);
    const keep = bySummary.get('Get in touch with Ana Gil')!;
    expect(keep.startDate.toString()).toBe(addMonths(today(), 1));
    expect(keep.startDate.isDate).toBe(true);
    expect(events.map((event) => event.uid)).toContain(`keep-in-touch-${gil.id}@carnet`);
  });

  it('writes the event titles in the interface language the app asks for', async () => {
    const core = await createCore({ dataDir: dir, locale: 'fr-FR', autoBackup: { enabled: false } });
    const bea = await core.call('contacts.create', { firstName: 'Béa', lastName: 'Roy', birthday: '1990-05-02' });
    await core.call('contacts.setKeepInTouch', { id: bea.id, frequency: '1m', today: today() });
    await core.call('tasks.add', { title: 'Relancer le devis', dueDate: '2030-03-15', contactId: bea.id });
    const summaries = async (language?: 'fr' | 'de' | 'ru') => {
      const { path: written } = await core.call('calendar.export', { folder: dir, today: today(), ...(language ? { language } : {}) });
      const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(written, 'utf8')));
      return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component).summary).sort();
    };
    expect(await summaries('fr')).toEqual(['Anniversaire\u00A0: Ana Pérez', 'Anniversaire\u00A0: Béa Roy', 'Prendre des nouvelles de Béa Roy', 'Relancer le devis (Béa Roy)']);
    expect(await summaries('de')).toEqual(['Bei Béa Roy melden', 'Geburtstag: Ana Pérez', 'Geburtstag: Béa Roy', 'Relancer le devis (Béa Roy)']);
    expect(await summaries('ru')).toEqual(['Relancer le devis (Béa Roy)', 'День рождения: Ana Pérez', 'День рождения: Béa Roy', 'Связаться: Béa Roy']);
    // Without a language (the CLI, scripts): English, as before.
    expect(await summaries()).toEqual(['Birthday: Ana Pérez', 'Birthday: Béa Roy', 'Get in touch with Béa Roy', 'Relancer le devis (Béa Roy)']);
    await core.close();
  });

  it('refuses a folder that does not exist, and leaves nothing behind', async () => {
    const result = await carnet('calendar', 'export', path.join(dir, 'missing', 'x.ics'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/does not exist/);
    expect((await carnet('calendar', 'export', dir)).stderr).toMatch(/is a folder/);
  });
});
