import { addDays, isLocalDate } from '../../../shared/domain/local-date.ts';
import { CarnetError } from '../../../shared/errors.ts';
import type { CliCommand } from '../cli-types.ts';
import { resolvePerson } from '../person-argument.ts';
import { tty } from '../terminal-text.ts';
import { cliToday } from './tasks-list.ts';

/** --due as the user writes it: a date, today or tomorrow (on this machine's calendar). */
function dueDateOf(value: string | boolean | undefined): string | null {
  if (value === undefined) return null;
  if (value === 'today') return cliToday();
  if (value === 'tomorrow') return addDays(cliToday(), 1);
  if (typeof value === 'string' && isLocalDate(value)) return value;
  throw new CarnetError('invalid_input', `--due takes YYYY-MM-DD, today or tomorrow (not "${String(value)}")`);
}

export const tasksAddCommand: CliCommand = {
  words: ['tasks', 'add'],
  usage: 'tasks add TITLE [--due YYYY-MM-DD|today|tomorrow] [--time HH:MM] [--contact PERSON] [--repeat RRULE]',
  summary: 'Adds a task. PERSON is an id, an email or a search that matches one contact; RRULE an RFC 5545 rule such as FREQ=WEEKLY;INTERVAL=2.',
  valueFlags: ['due', 'time', 'contact', 'repeat'],
  async run({ args, flags, io, openCore }) {
    const title = args.join(' ').trim();
    if (title === '') throw new CarnetError('invalid_input', 'Say what to do: carnet tasks add "Call Ana back" --due tomorrow');
    const dueDate = dueDateOf(flags.due);
    const core = await openCore();
    const contact = typeof flags.contact === 'string' ? await resolvePerson(core, flags.contact) : null;
    const task = await core.call('tasks.add', {
      title,
      dueDate,
      dueTime: typeof flags.time === 'string' ? flags.time : null,
      contactId: contact?.id ?? null,
      repeat: typeof flags.repeat === 'string' ? flags.repeat : null,
    });
    const when = task.dueDate ? ` due ${task.dueDate}${task.dueTime ? ` at ${task.dueTime}` : ''}` : '';
    io.stdout(tty`Added ${task.title}${when}${task.contactName ? ` for ${task.contactName}` : ''}${task.repeat ? `, repeating ${task.repeat}` : ''}: ${task.id}\n`);
    return 0;
  },
};
