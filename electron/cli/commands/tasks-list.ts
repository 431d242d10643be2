import type { Task, TaskDueFilter } from '../../../shared/contract/tasks.ts';
import { localDateOf } from '../../../shared/domain/local-date.ts';
import { CarnetError } from '../../../shared/errors.ts';
import type { CliCommand } from '../cli-types.ts';
import { terminalJson, tty } from '../terminal-text.ts';

const PAGE = 1000;
const DUE_FILTERS: Record<string, TaskDueFilter> = { today: 'today', overdue: 'overdue', week: 'week' };

/** The machine's own today: the CLI runs where the user is. */
export function cliToday(): string {
  return localDateOf(new Date());
}

/** What `tasks list --json` prints for one task: the shape the README documents. */
export function taskJson(task: Task) {
  return { id: task.id, title: task.title, due: task.dueDate, time: task.dueTime, done: task.doneAt !== null, contactId: task.contactId, contactName: task.contactName, repeat: task.repeat };
}

export const tasksListCommand: CliCommand = {
  words: ['tasks', 'list'],
  usage: 'tasks list [--due today|overdue|week] [--json]',
  summary: 'Lists open tasks, soonest first (undated last): all, or those overdue, due today or due in the next 7 days.',
  valueFlags: ['due'],
  async run({ flags, io, openCore }) {
    let due: TaskDueFilter = 'all';
    if (flags.due !== undefined) {
      const filter = typeof flags.due === 'string' ? DUE_FILTERS[flags.due] : undefined;
      if (!filter) throw new CarnetError('invalid_input', `--due takes today, overdue or week (not "${String(flags.due)}")`);
      due = filter;
    }
    const core = await openCore();
    const today = cliToday();
    const tasks: Task[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await core.call('tasks.list', { due, today, offset, limit: PAGE });
      tasks.push(...page.items);
      if (page.items.length < PAGE) break;
    }
    if (flags.json) {
      io.stdout(terminalJson(tasks.map(taskJson)) + '\n');
      return 0;
    }
    if (tasks.length === 0) {
      io.stdout(due === 'all' ? 'No open tasks. Add one with: carnet tasks add TITLE --due today\n' : 'No tasks there.\n');
      return 0;
    }
    for (const task of tasks) {
      const when = task.dueDate ? `${task.dueDate}${task.dueTime ? ` ${task.dueTime}` : '      '}` : 'no date         ';
      const late = task.dueDate !== null && task.dueDate < today ? ' (overdue)' : '';
      const who = task.contactName ? tty`  (${task.contactName})` : '';
      const repeat = task.repeat ? tty`  [repeats ${task.repeat}]` : '';
      io.stdout(tty`${task.id}  ${when}  ${task.title}` + who + repeat + late + '\n');
    }
    io.stdout(tty`${tasks.length} ${tasks.length === 1 ? 'task' : 'tasks'}. Mark one done with: carnet tasks done ID\n`);
    return 0;
  },
};
