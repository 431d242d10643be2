import { CarnetError } from '../../../shared/errors.ts';
import type { CliCommand } from '../cli-types.ts';
import { tty } from '../terminal-text.ts';

export const tasksDoneCommand: CliCommand = {
  words: ['tasks', 'done'],
  usage: 'tasks done ID',
  summary: 'Marks a task done (ids from: carnet tasks list). A repeating task gets its next occurrence.',
  async run({ args, io, openCore }) {
    const id = args[0];
    if (!id || args.length > 1) throw new CarnetError('invalid_input', 'Give one task id: carnet tasks done ID (ids from: carnet tasks list)');
    const core = await openCore();
    const { task, next } = await core.call('tasks.complete', { id });
    io.stdout(tty`Done: ${task.title}\n`);
    if (next) io.stdout(tty`Next: ${next.title} due ${next.dueDate ?? ''}${next.dueTime ? ` at ${next.dueTime}` : ''}: ${next.id}\n`);
    return 0;
  },
};
