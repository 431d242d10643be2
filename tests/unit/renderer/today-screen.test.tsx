// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { TodayScreen } from '../../../renderer/features/today/TodayScreen.tsx';
import { Sidebar } from '../../../renderer/app/Sidebar.tsx';
import { useToday, localToday } from '../../../renderer/stores/today-store.ts';
import { useToasts } from '../../../renderer/stores/toast-store.ts';
import { useQuickLog } from '../../../renderer/stores/quick-log-store.ts';
import { useNavigation } from '../../../renderer/stores/navigation-store.ts';
import { addDays } from '../../../shared/domain/local-date.ts';
import type { Task } from '../../../shared/contract/tasks.ts';
import type { Today } from '../../../shared/contract/today.ts';
import { fakeClient } from './fake-client.ts';

const day = localToday();

function task(id: string, title: string, dueDate: string | null, extra: Partial<Task> = {}): Task {
  return { id, title, dueDate, dueTime: null, contactId: null, contactName: null, notes: '', repeat: null, repeatOf: null, doneAt: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...extra };
}

function todayWith(parts: Partial<Today> = {}): Today {
  return {
    today: day,
    overdue: { items: [task('t1', 'Send the quote', addDays(day, -2), { contactId: 'c1', contactName: 'Ana Pérez' })], total: 1 },
    dueToday: { items: [task('t2', 'Water the plants', day, { repeat: 'FREQ=WEEKLY' }), task('t3', 'Call the printer', day, { dueTime: '09:30' })], total: 2 },
    keepInTouch: { items: [{ contactId: 'c2', displayName: 'Ben Cohen', frequency: '2w', lastContactedAt: null, due: day }], total: 1 },
    birthdays: [{ contactId: 'c1', displayName: 'Ana Pérez', birthday: '1986-01-01', date: day, inDays: 0, turns: 40 }],
    next: { tasks: { items: [], total: 0 }, keepInTouch: { items: [], total: 0 } },
    count: 5,
    ...parts,
  };
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

function renderToday(today: Today = todayWith()) {
  const client = fakeClient({
    'app.info': () => ({ version: '0', dataDir: '/d', databasePath: '/d/c', schemaVersion: 6, contactCount: 3 }),
    'today.get': () => today,
    'tasks.complete': ({ id }) => ({ task: { ...task(id, 'x', day), doneAt: 'now' }, next: id === 't2' ? task('t9', 'Water the plants', addDays(day, 7)) : null }),
    'tasks.reopen': ({ id }) => ({ task: task(id, 'x', day), nextRemoved: true, nextKept: false }),
    'tasks.snooze': ({ id }) => task(id, 'x', addDays(day, 1)),
    'tasks.add': (input) => task('new', String(input.title), (input.dueDate as string) ?? null),
    'tasks.update': ({ id, fields }) => task(id, String(fields.title), (fields.dueDate as string) ?? null),
    'tasks.delete': ({ id }) => ({ id }),
  });
  render(
    <ClientContext.Provider value={client}>
      <Sidebar />
      <TodayScreen />
    </ClientContext.Provider>,
  );
  return client;
}

beforeEach(() => {
  useToday.setState({ status: 'idle', today: null, error: null });
  useToasts.setState({ toasts: [] });
  useQuickLog.getState().close();
});
afterEach(cleanup);

describe('Today', () => {
  it('shows each section, the late days, the age and the sidebar count', async () => {
    renderToday();
    await settle();
    expect(within(screen.getByRole('region', { name: /Overdue/ })).getByText(/2 days late/)).toBeTruthy();
    const due = screen.getByRole('region', { name: /Due today/ });
    expect(within(due).getAllByRole('listitem').map((row) => row.getAttribute('aria-label'))).toEqual(['Water the plants', 'Call the printer']);
    expect(within(due).getByText(/Every week/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: /Keep in touch/ })).getByText('Never contacted')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: /Birthdays/ })).getByText(/turns 40/)).toBeTruthy();
    expect(screen.getByText('Nothing planned for the next 7 days.')).toBeTruthy();
    expect(screen.getByLabelText('5 things to do today')).toBeTruthy();
  });

  it('checks a task off with Space, says when the next one is, moves the focus on, and Undo reopens it', async () => {
    const client = renderToday();
    await settle();
    const row = screen.getByRole('listitem', { name: 'Water the plants' });
    row.focus();
    fireEvent.keyDown(row, { key: ' ', code: 'Space' });
    await settle();
    expect(client.callsTo('tasks.complete')).toEqual([{ id: 't2' }]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Call the printer');
    const toast = useToasts.getState().toasts.at(-1)!;
    expect(toast.message).toMatch(/^Done: Water the plants\. Next on /);
    await act(async () => toast.action!.run());
    expect(client.callsTo('tasks.reopen')).toEqual([{ id: 't2' }]);
  });

  it('X checks off too; S opens the snooze choices; arrows move between rows of every section', async () => {
    const client = renderToday();
    await settle();
    const first = screen.getByRole('listitem', { name: 'Send the quote' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown', code: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Water the plants');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown', code: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown', code: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Ben Cohen');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp', code: 'ArrowUp' });
    // A Russian layout types "ы" on the S key: the key's place counts.
    fireEvent.keyDown(document.activeElement!, { key: 'ы', code: 'KeyS' });
    const menu = screen.getByRole('group', { name: 'Snooze “Call the printer”' });
    fireEvent.click(within(menu).getByRole('button', { name: 'Same day next week' }));
    await settle();
    expect(client.callsTo('tasks.snooze')).toEqual([{ id: 't3', to: 'next-week', today: day }]);
    const late = screen.getByRole('listitem', { name: 'Send the quote' });
    late.focus();
    fireEvent.keyDown(late, { key: 'x', code: 'KeyX' });
    await settle();
    expect(client.callsTo('tasks.complete')).toEqual([{ id: 't1' }]);
  });

  it('Enter opens the contact a task is about; Log call opens the quick-log form on a call', async () => {
    renderToday();
    await settle();
    const late = screen.getByRole('listitem', { name: 'Send the quote' });
    fireEvent.keyDown(late, { key: 'Enter', code: 'Enter' });
    expect(useNavigation.getState().place).toBe('contacts');
    fireEvent.click(screen.getByRole('button', { name: 'Log a call with Ana Pérez' }));
    expect(useQuickLog.getState().request).toEqual({ contactId: 'c1', type: 'call' });
  });

  it('Enter on a task about no one edits it in place; Escape cancels, Save updates it; Delete deletes it', async () => {
    const client = renderToday();
    await settle();
    const row = screen.getByRole('listitem', { name: 'Water the plants' });
    fireEvent.keyDown(row, { key: 'Enter', code: 'Enter' });
    const form = screen.getByRole('form', { name: 'Edit “Water the plants”' });
    expect((within(form).getByLabelText('Repeat') as HTMLSelectElement).value).toBe('week');
    fireEvent.keyDown(within(form).getByLabelText('What to do'), { key: 'Escape', code: 'Escape' });
    expect(screen.queryByRole('form', { name: 'Edit “Water the plants”' })).toBeNull();
    fireEvent.keyDown(screen.getByRole('listitem', { name: 'Water the plants' }), { key: 'e', code: 'KeyE' });
    const again = screen.getByRole('form', { name: 'Edit “Water the plants”' });
    fireEvent.change(within(again).getByLabelText('What to do'), { target: { value: 'Water the ferns' } });
    fireEvent.click(within(again).getByRole('button', { name: 'Save' }));
    await settle();
    expect(client.callsTo('tasks.update')).toEqual([{ id: 't2', fields: { title: 'Water the ferns', dueDate: day, dueTime: null, contactId: null, notes: '', repeat: 'FREQ=WEEKLY' } }]);
    fireEvent.keyDown(screen.getByRole('listitem', { name: 'Call the printer' }), { key: 'Delete', code: 'Delete' });
    await settle();
    expect(client.callsTo('tasks.delete')).toEqual([{ id: 't3' }]);
  });

  it('adds a repeating task from the form', async () => {
    const client = renderToday();
    await settle();
    fireEvent.change(screen.getByLabelText('What to do'), { target: { value: 'Stock check' } });
    fireEvent.change(screen.getByLabelText('Repeat'), { target: { value: '2week' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add task' }));
    await settle();
    expect(client.callsTo('tasks.add')).toEqual([{ title: 'Stock check', dueDate: day, dueTime: null, contactId: null, notes: '', repeat: 'FREQ=WEEKLY;INTERVAL=2' }]);
    expect((screen.getByLabelText('What to do') as HTMLInputElement).value).toBe('');
  });

  it('says so when nothing is due', async () => {
    renderToday(todayWith({ overdue: { items: [], total: 0 }, dueToday: { items: [], total: 0 }, keepInTouch: { items: [], total: 0 }, birthdays: [], count: 0 }));
    await settle();
    expect(screen.getByText('Nothing due today.')).toBeTruthy();
    expect(screen.getByText('No birthdays in the next two weeks.')).toBeTruthy();
    expect(screen.queryByLabelText(/things to do today/)).toBeNull();
  });
});
