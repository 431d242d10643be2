import type { Task } from '../../../shared/contract/tasks.ts';
import type { SnoozeChoice } from '../../../shared/domain/today.ts';
import type { CarnetClient } from '../../transport/client.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { localToday } from '../../stores/today-store.ts';
import { formatLocalDate } from './format.ts';
import { taskStrings as s } from './strings.ts';

/**
 * What a user does to a task from a row, each with a toast that can undo it (Ctrl+Z too, while it
 * shows). The change event refreshes every list that shows the task; nothing here reloads.
 */

function failed(error: unknown): void {
  useToasts.getState().show(errorMessage(error), { tone: 'error' });
}

export async function completeWithUndo(client: CarnetClient, task: Task): Promise<void> {
  try {
    const { next } = await client.call('tasks.complete', { id: task.id });
    const message = next?.dueDate ? s.completedNext(task.title, formatLocalDate(next.dueDate)) : s.completed(task.title);
    useToasts.getState().show(message, {
      action: {
        label: s.undo,
        run: async () => {
          try {
            await client.call('tasks.reopen', { id: task.id });
            useToasts.getState().show(s.reopened);
          } catch (error) {
            failed(error);
          }
        },
      },
    });
  } catch (error) {
    failed(error);
  }
}

export async function snoozeWithUndo(client: CarnetClient, task: Task, to: SnoozeChoice): Promise<void> {
  try {
    const snoozed = await client.call('tasks.snooze', { id: task.id, to, today: localToday() });
    const previous = task.dueDate;
    const undo = previous ? { action: { label: s.undo, run: () => client.call('tasks.snooze', { id: task.id, to: { date: previous }, today: localToday() }).then(() => undefined, failed) } } : {};
    useToasts.getState().show(s.snoozed(formatLocalDate(snoozed.dueDate!)), undo);
  } catch (error) {
    failed(error);
  }
}

export async function deleteWithUndo(client: CarnetClient, task: Task): Promise<void> {
  try {
    await client.call('tasks.delete', { id: task.id });
    useToasts.getState().show(s.deleted, { action: { label: s.undo, run: () => client.call('tasks.restore', { id: task.id }).then(() => undefined, failed) } });
  } catch (error) {
    failed(error);
  }
}
