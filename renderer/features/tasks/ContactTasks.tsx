import { useCallback, useEffect, useState } from 'react';
import type { Task } from '../../../shared/contract/tasks.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { localToday } from '../../stores/today-store.ts';
import { KeepInTouchControl } from './KeepInTouchControl.tsx';
import { TaskForm } from './TaskForm.tsx';
import { moveBetweenRows, TaskRow } from './TaskRow.tsx';
import { useTaskChanges } from './use-task-changes.ts';
import { taskStrings as s } from './strings.ts';

/** The contact page's tasks: its open tasks, a form to add one, and how often to keep in touch. */
export function ContactTasks({ contactId, kind }: { contactId: string; kind: 'person' | 'company' }) {
  const client = useClient();
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The add form opens on demand: always open, it pushed the timeline below the fold.
  const [adding, setAdding] = useState(false);

  const reload = useCallback(() => {
    client
      .call('tasks.list', { contactId, limit: 200 })
      .then((page) => {
        setTasks(page.items);
        setError(null);
      })
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, [client, contactId]);
  useEffect(reload, [reload]);
  useTaskChanges(client, reload);

  return (
    <section className="contact-tasks" aria-labelledby={`tasks-${contactId}`}>
      <h3 id={`tasks-${contactId}`}>{s.tasksTitle}</h3>
      {kind === 'person' && <KeepInTouchControl contactId={contactId} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {tasks && tasks.length === 0 && <p className="muted small">{s.noTasks}</p>}
      {tasks && tasks.length > 0 && (
        <ul className="task-list" onKeyDown={moveBetweenRows}>
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} showContact={false} />
          ))}
        </ul>
      )}
      {adding ? (
        <TaskForm contactId={contactId} defaultDue={localToday()} idPrefix={`contact-task-${contactId}`} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {s.addTaskButton}
        </button>
      )}
    </section>
  );
}
