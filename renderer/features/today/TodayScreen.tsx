import { useEffect, useState, type ReactNode } from 'react';
import type { Task } from '../../../shared/contract/tasks.ts';
import { useClient } from '../../app/client-context.ts';
import { userLocale } from '../../app/locale.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useNavigation } from '../../stores/navigation-store.ts';
import { contactPanelStores } from '../../stores/contact-panel-store.ts';
import { localToday, useToday } from '../../stores/today-store.ts';
import { GetStarted } from '../../components/GetStarted.tsx';
import { TaskForm } from '../tasks/TaskForm.tsx';
import { moveBetweenRows, TaskRow } from '../tasks/TaskRow.tsx';
import { dateToUtc } from '../../../shared/domain/local-date.ts';
import { BirthdayList } from './BirthdayList.tsx';
import { OverdueCustomers } from '../reports/OverdueCustomers.tsx';
import { KeepInTouchList } from './KeepInTouchList.tsx';
import { openContact } from './open-contact.ts';
import { todayStrings as s } from './strings.ts';

/** A task opens what it is about: its contact. */
function openTask(task: Task): void {
  if (task.contactId) openContact(task.contactId);
}

function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <section className="card today-section" aria-labelledby={id}>
      <h2 id={id}>
        {title}
        {count !== undefined && count > 0 && <span className="count-badge">{count}</span>}
      </h2>
      {children}
    </section>
  );
}

function TaskList({ tasks, total }: { tasks: Task[]; total: number }) {
  return (
    <>
      <ul className="task-list">
        {tasks.map((task) => (
          <TaskRow key={task.id} task={task} onOpen={openTask} />
        ))}
      </ul>
      {total > tasks.length && <p className="muted small">{s.more(total - tasks.length)}</p>}
    </>
  );
}

/**
 * Today says what to do: overdue tasks, tasks due today, people due for contact, birthdays
 * (today's first), and the next seven days; a form to add a task. The whole screen is one list
 * for the keyboard: arrows move between rows, Space or X checks a task off, S snoozes, Enter opens.
 */
export function TodayScreen() {
  const client = useClient();
  const locale = userLocale();
  const go = useNavigation((state) => state.go);
  const state = useToday();
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const todayDate = localToday();

  useEffect(() => {
    client
      .call('app.info', {})
      .then((info) => setCount(info.contactCount))
      .catch((failure: unknown) => setError(errorMessage(failure)));
    void useToday.getState().load(client);
  }, [client]);

  const addFirst = () => {
    go('contacts');
    contactPanelStores.person.getState().startNew();
  };

  const today = state.today;
  const nothingDue = today !== null && today.count === 0;
  return (
    <div className="page today" onKeyDown={moveBetweenRows}>
      <header className="page-header">
        <h1>{s.title}</h1>
        <p className="muted">{new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(dateToUtc(todayDate))}</p>
        <p className="muted small today-keys">{s.keysHint}</p>
      </header>
      {(error ?? state.error) && (
        <p className="form-error" role="alert">
          {error ?? state.error}
        </p>
      )}
      {count === 0 && <GetStarted title={s.emptyTitle} body={s.emptyBody} titleId="today-empty-title" onAddFirst={addFirst} />}
      <section className="card" aria-label={s.title}>
        <TaskForm defaultDue={todayDate} idPrefix="today-task" />
      </section>
      {state.status === 'loading' && (
        <p className="muted" role="status">
          {s.loading}
        </p>
      )}
      {today && (
        <>
          {nothingDue && (
            <section className="card today-clear">
              <p>{s.allClear}</p>
              <p className="muted small">{s.allClearHint}</p>
            </section>
          )}
          {today.overdue.total > 0 && (
            <Section id="today-overdue" title={s.overdueTitle} count={today.overdue.total}>
              <TaskList tasks={today.overdue.items} total={today.overdue.total} />
            </Section>
          )}
          {today.dueToday.total > 0 && (
            <Section id="today-due" title={s.dueTodayTitle} count={today.dueToday.total}>
              <TaskList tasks={today.dueToday.items} total={today.dueToday.total} />
            </Section>
          )}
          {today.keepInTouch.total > 0 && (
            <Section id="today-keep-in-touch" title={s.keepInTouchTitle} count={today.keepInTouch.total}>
              <KeepInTouchList people={today.keepInTouch.items} />
              {today.keepInTouch.total > today.keepInTouch.items.length && <p className="muted small">{s.more(today.keepInTouch.total - today.keepInTouch.items.length)}</p>}
            </Section>
          )}
          <OverdueCustomers />
          <Section id="birthdays-title" title={s.birthdaysTitle}>
            <BirthdayList birthdays={today.birthdays} />
          </Section>
          <Section id="today-next" title={s.nextTitle} count={today.next.tasks.total + today.next.keepInTouch.total}>
            {today.next.tasks.total === 0 && today.next.keepInTouch.total === 0 ? (
              <p className="muted">{s.nothingNext}</p>
            ) : (
              <>
                <TaskList tasks={today.next.tasks.items} total={today.next.tasks.total} />
                <KeepInTouchList people={today.next.keepInTouch.items} showDue />
              </>
            )}
          </Section>
        </>
      )}
      {count !== null && count > 0 && (
        <section className="card" aria-labelledby="glance-title">
          <h2 id="glance-title">{s.glanceTitle}</h2>
          <p>{s.people(count)}</p>
        </section>
      )}
    </div>
  );
}
