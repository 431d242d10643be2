import { useState, type KeyboardEvent } from 'react';
import type { Task } from '../../../shared/contract/tasks.ts';
import { daysBetween } from '../../../shared/domain/local-date.ts';
import { simpleRepeat } from '../../../shared/domain/recurrence.ts';
import { useClient } from '../../app/client-context.ts';
import { shortcutLetter } from '../../app/shortcuts.ts';
import { Icon } from '../../components/Icon.tsx';
import { localToday } from '../../stores/today-store.ts';
import { formatLocalDate, formatLocalTime } from './format.ts';
import { SnoozeMenu } from './SnoozeMenu.tsx';
import { TaskForm } from './TaskForm.tsx';
import { completeWithUndo, deleteWithUndo, snoozeWithUndo } from './task-actions.ts';
import { taskStrings as s } from './strings.ts';

/** "Every 2 weeks" for the form's rules, the rule itself for any other (from the CLI). */
export function repeatText(rule: string): string {
  const simple = simpleRepeat(rule);
  return simple ? s.repeatEvery(simple.unit, simple.interval) : s.repeatRule(rule);
}

interface TaskRowProps {
  task: Task;
  /** Show the contact's name (not on the contact's own page). */
  showContact?: boolean;
  /** Enter on the row, or a click on its title, for a task about someone: open that contact. */
  onOpen?(task: Task): void;
}

/**
 * One open task: a check box, the title, when it is due (and how late), who it is about, its
 * repetition; Snooze, Edit and Delete. From the keyboard, on the focused row: Space or X checks it
 * off, S snoozes it, E edits it, Delete deletes it, Enter opens it (its contact; a task about no one opens for
 * editing). Arrow keys between rows belong to the list.
 */
export function TaskRow({ task, showContact = true, onOpen }: TaskRowProps) {
  const client = useClient();
  const [snoozing, setSnoozing] = useState(false);
  const [editing, setEditing] = useState(false);
  const open = () => (onOpen && task.contactId ? onOpen(task) : setEditing(true));
  const today = localToday();
  const late = task.dueDate !== null && task.dueDate < today ? daysBetween(task.dueDate, today) : 0;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = shortcutLetter(event.nativeEvent);
    if (event.key === ' ' || key === 'x') {
      event.preventDefault();
      // The row goes away: the keyboard carries on from the next one (or the one before).
      const rows = [...(event.currentTarget.closest('.page, .contact-tasks') ?? document).querySelectorAll<HTMLElement>('[data-list-row]')];
      const index = rows.indexOf(event.currentTarget);
      (rows[index + 1] ?? rows[index - 1])?.focus();
      void completeWithUndo(client, task);
    } else if (key === 's') {
      event.preventDefault();
      setSnoozing(true);
    } else if (event.key === 'Delete') {
      // The task's Delete, not the open contact's (ContactDetail listens on the window).
      event.preventDefault();
      void deleteWithUndo(client, task);
    } else if (key === 'e') {
      event.preventDefault();
      setEditing(true);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open();
    }
  };

  const meta = [
    task.dueDate ? formatLocalDate(task.dueDate) + (task.dueTime ? ` · ${formatLocalTime(task.dueTime)}` : '') : s.noDate,
    showContact && task.contactName ? task.contactName : null,
    task.repeat ? repeatText(task.repeat) : null,
  ].filter(Boolean);

  if (editing) {
    return (
      <li className="task-row" data-list-row="" aria-label={task.title}>
        <TaskForm
          task={task}
          defaultDue={today}
          idPrefix={`edit-${task.id}`}
          onDone={() => {
            setEditing(false);
            // Back on the row it came from, for the keyboard.
            requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-task-id="${task.id}"]`)?.focus());
          }}
        />
      </li>
    );
  }

  return (
    <li className={`task-row${late > 0 ? ' task-late' : ''}`} data-task-id={task.id} tabIndex={0} data-list-row="" aria-label={task.title} onKeyDown={onKeyDown}>
      <div className="task-main">
        <input type="checkbox" className="task-check" aria-label={s.markDone(task.title)} checked={false} onChange={() => void completeWithUndo(client, task)} tabIndex={-1} />
        <span className="row-text">
          <button type="button" className="task-title link-button" tabIndex={-1} onClick={open}>
            {task.title}
          </button>
          <span className="row-secondary">
            {meta.join(' · ')}
            {late > 0 && <span className="task-late-text"> · {s.late(late)}</span>}
          </span>
        </span>
        <span className="task-actions">
          <button type="button" className="button small ghost" tabIndex={-1} title={`${s.snooze} (S)`} aria-expanded={snoozing} onClick={() => setSnoozing((open) => !open)}>
            {s.snooze}
          </button>
          <button type="button" className="button small ghost" tabIndex={-1} title={`${s.edit} (E)`} aria-label={s.editTitle(task.title)} onClick={() => setEditing(true)}>
            {s.edit}
          </button>
          <button type="button" className="button small ghost icon-only" tabIndex={-1} title={s.delete} aria-label={s.deleteTitle(task.title)} onClick={() => void deleteWithUndo(client, task)}>
            <Icon name="trash" />
          </button>
        </span>
      </div>
      {snoozing && (
        <SnoozeMenu
          title={task.title}
          onClose={() => setSnoozing(false)}
          onChoose={(choice) => {
            setSnoozing(false);
            void snoozeWithUndo(client, task, choice);
          }}
        />
      )}
    </li>
  );
}

/**
 * Arrow keys (and Home/End) move the focus between the rows of every list inside the element the
 * handler is put on: Today's sections read as one list from the keyboard.
 */
export function moveBetweenRows(event: KeyboardEvent<HTMLElement>): void {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target as HTMLElement;
  if (!target.matches('[data-list-row]')) return;
  const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-list-row]')];
  const index = rows.indexOf(target);
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? rows.length - 1 : index + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0 || next >= rows.length) return;
  event.preventDefault();
  rows[next]!.focus();
}
