import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core.ts';
import { reminderClockTick, readReminderState } from '../../../electron/main/reminder-clock.ts';
import { openTempCore } from '../../helpers/temp-core.ts';

let core: Core;
let dataDir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ core, dataDir, cleanup } = await openTempCore());
});
afterEach(async () => cleanup());

describe("the desktop app's reminder clock", () => {
  it('shows the daily summary and a task at its own time, once, in the interface language', async () => {
    await core.call('contacts.create', { firstName: 'Ana', birthday: '1990-03-05' });
    await core.call('tasks.add', { title: 'Call the printer', dueDate: '2026-03-05', dueTime: '09:30' });
    await core.call('tasks.add', { title: 'Late one', dueDate: '2026-03-01' });
    const shown: string[] = [];
    const options = {
      core,
      systemLocale: 'en-GB',
      stateFile: path.join(dataDir, 'reminders.json'),
      timeZone: () => 'Europe/Paris',
      show: (title: string, body: string) => shown.push(`${title} | ${body}`),
    };
    // 08:59 Paris: nothing yet; sleeps until 9:00.
    expect(await reminderClockTick({ ...options, now: () => new Date('2026-03-05T07:59:00Z') })).toBe(60_000);
    expect(shown).toEqual([]);
    await reminderClockTick({ ...options, now: () => new Date('2026-03-05T08:00:00Z') });
    expect(shown).toEqual(['Carnet: today | 1 task to do · 1 overdue · Birthday: Ana']);
    await reminderClockTick({ ...options, now: () => new Date('2026-03-05T08:30:00Z') });
    expect(shown[1]).toBe('Carnet: today | 9:30 · Call the printer');
    await reminderClockTick({ ...options, now: () => new Date('2026-03-05T08:31:00Z') });
    expect(shown).toHaveLength(2);
    expect(readReminderState(options.stateFile).lastDailyDate).toBe('2026-03-05');

    await core.call('settings.update', { language: 'fr' });
    await reminderClockTick({ ...options, now: () => new Date('2026-03-06T08:00:00Z') });
    expect(shown[2]).toBe('Carnet\u202f: aujourd’hui | 2 en retard');
  });

  it('does not repeat at start-up what Today shows anyway, but still reminds a task at its time', async () => {
    await core.call('tasks.add', { title: 'Call the printer', dueDate: '2026-03-05', dueTime: '11:00' });
    const shown: string[] = [];
    const options = { core, systemLocale: 'en-GB', stateFile: path.join(dataDir, 'reminders.json'), timeZone: () => 'Europe/Paris', show: (title: string, body: string) => shown.push(body) };
    await reminderClockTick({ ...options, now: () => new Date('2026-03-05T09:00:00Z'), startingUp: true });
    expect(shown).toEqual([]);
    await reminderClockTick({ ...options, now: () => new Date('2026-03-05T10:00:00Z') });
    expect(shown).toEqual(['11:00 · Call the printer']);
    await reminderClockTick({ ...options, now: () => new Date('2026-03-06T08:00:00Z') });
    expect(shown[1]).toBe('1 overdue');
  });
});
