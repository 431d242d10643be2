import { CarnetError } from '../../../shared/errors.ts';
import type { CliCommand } from '../cli-types.ts';
import { tty } from '../terminal-text.ts';
import { cliToday } from './tasks-list.ts';

export const calendarExportCommand: CliCommand = {
  words: ['calendar', 'export'],
  usage: 'calendar export FILE',
  summary: 'Writes an iCalendar (.ics) file of open dated tasks, keep-in-touch dates and birthdays, for phone and desktop calendars.',
  async run({ args, io, openCore }) {
    const file = args[0];
    if (!file || args.length > 1) throw new CarnetError('invalid_input', 'Give one file to write: carnet calendar export carnet.ics');
    const core = await openCore();
    const result = await core.call('calendar.export', { file, today: cliToday() });
    io.stdout(tty`Wrote ${result.events} ${result.events === 1 ? 'event' : 'events'} to ${result.path}\n`);
    return 0;
  },
};
