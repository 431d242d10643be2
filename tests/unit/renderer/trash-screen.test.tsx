// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { MethodInput } from '../../../shared/contract/index.ts';
import type { TrashImport, TrashItem } from '../../../shared/contract/trash.ts';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { TrashScreen } from '../../../renderer/features/trash/TrashScreen.tsx';
import { useTrashList } from '../../../renderer/stores/trash-list-store.ts';
import { useToasts } from '../../../renderer/stores/toast-store.ts';
import { useChangeEvents } from '../../../renderer/app/use-change-events.ts';
import { giveElementsASize } from './jsdom-layout.ts';
import { fakeClient, type FakeClient } from './fake-client.ts';

giveElementsASize({ height: 600, width: 700 });
beforeEach(() => {
  useTrashList.setState({ generation: useTrashList.getState().generation + 1, total: null, pages: new Map(), people: null, companies: null, error: null, batch: null, imports: null, selected: new Map() });
  useToasts.setState({ toasts: [] });
});
afterEach(cleanup);

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

const batch = { id: 'b1', fileName: 'people.csv', importedAt: '2026-11-10T09:00:00.000Z', undoneAt: '2026-11-12T09:00:00.000Z' };
function item(id: string, displayName: string, overrides: Partial<TrashItem> = {}): TrashItem {
  return { id, kind: 'person', displayName, company: '', primaryEmail: null, deletedAt: '2026-11-12T10:00:00.000Z', reason: 'deleted', batch: null, ...overrides };
}

/** A fake core holding a trash; restore and delete take rows out and say so with a change event. */
function trashOf(items: TrashItem[], imports: TrashImport[] = []) {
  let trash = [...items];
  const client: FakeClient = fakeClient({
    'trash.list': ({ offset = 0, limit = 100 }) => ({
      items: trash.slice(offset, offset + limit),
      total: trash.length,
      people: trash.filter((t) => t.kind === 'person').length,
      companies: trash.filter((t) => t.kind === 'company').length,
      retentionDays: 30,
    }),
    'trash.imports': () => imports,
    'trash.restore': (input) => {
      const ids = 'ids' in input && input.ids ? input.ids : trash.filter((t) => t.batch?.id === input.batchId).map((t) => t.id);
      const gone = trash.filter((t) => ids.includes(t.id));
      trash = trash.filter((t) => !ids.includes(t.id));
      client.emit({ type: 'contacts.changed', ids });
      return { restored: gone.length, people: gone.filter((t) => t.kind === 'person').length, companies: gone.filter((t) => t.kind === 'company').length };
    },
    'trash.delete': ({ ids }) => {
      trash = trash.filter((t) => !ids.includes(t.id));
      client.emit({ type: 'contacts.changed', ids });
      return { deleted: ids.length, people: ids.length, companies: 0 };
    },
    'trash.empty': () => {
      const count = trash.length;
      trash = [];
      client.emit({ type: 'contacts.changed', ids: [] });
      return { deleted: count, people: count, companies: 0 };
    },
    'contacts.birthdays': () => [],
  });
  return client;
}

function WithEvents({ client }: { client: FakeClient }) {
  useChangeEvents(client);
  return null;
}
function renderTrash(client: FakeClient) {
  render(
    <ClientContext.Provider value={client}>
      <WithEvents client={client} />
      <TrashScreen />
    </ClientContext.Provider>,
  );
}

describe('TrashScreen', () => {
  it('says what the trash is for when it is empty', async () => {
    renderTrash(trashOf([]));
    await settle();
    expect(screen.getByRole('heading', { name: 'The trash is empty' })).toBeTruthy();
    expect(screen.getByText(/When you delete a contact, or undo an import, the contacts go here for 30 days/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Empty trash…' })).toBeNull();
  });

  it('lists each contact with when and why, and restores one', async () => {
    const client = trashOf([item('a', 'Ada Lovelace', { company: 'Engines' }), item('c', 'Initech', { kind: 'company', reason: 'import_undone', batch })]);
    renderTrash(client);
    await settle();
    const rows = within(screen.getByRole('list', { name: 'Contacts in the trash' })).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toMatch(/Ada Lovelace.*Person · Engines.*Deleted/);
    expect(rows[1]!.textContent).toMatch(/Initech.*Company.*Removed .* by undoing the import of people\.csv/);
    expect(screen.getByText('1 contact and 1 company')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Restore Ada Lovelace' }));
    await settle();
    expect(client.callsTo('trash.restore')).toEqual([{ ids: ['a'] }]);
    expect(useToasts.getState().toasts.map((t) => t.message)).toContain('Ada Lovelace is back in Contacts');
    await settle();
    expect(within(screen.getByRole('list', { name: 'Contacts in the trash' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('asks before deleting forever; Cancel (or Escape) deletes nothing', async () => {
    const client = trashOf([item('a', 'Ada Lovelace'), item('b', 'Ben Cohen')]);
    renderTrash(client);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Ada Lovelace forever' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Ada Lovelace forever?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(client.callsTo('trash.delete')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Delete Ada Lovelace forever' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete forever' }));
    await settle();
    expect(client.callsTo('trash.delete')).toEqual([{ ids: ['a'] }]);
    expect(useToasts.getState().toasts.map((t) => t.message)).toContain('1 contact deleted for good');
  });

  it('restores the ticked rows together', async () => {
    const client = trashOf([item('a', 'Ada Lovelace'), item('b', 'Ben Cohen'), item('c', 'Chloé Martin')]);
    renderTrash(client);
    await settle();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Ada Lovelace' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Chloé Martin' }));
    expect(screen.getByText('2 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore 2 selected' }));
    await settle();
    expect(client.callsTo('trash.restore')).toEqual([{ ids: ['a', 'c'] }]);
    expect(useToasts.getState().toasts.map((t) => t.message)).toContain('2 contacts back in Contacts');
    expect(screen.queryByText('2 selected')).toBeNull();
  });

  it('empties the trash only after a confirmation that counts what goes', async () => {
    const client = trashOf([item('a', 'Ada Lovelace'), item('b', 'Ben Cohen')]);
    renderTrash(client);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Empty trash…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Empty the trash?' });
    expect(dialog.textContent).toMatch(/The 2 contacts in the trash will be deleted for good/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Empty trash' }));
    await settle();
    expect(client.callsTo('trash.empty')).toEqual([{ jobId: expect.stringMatching(/^trash-ui-/) }]);
    await settle();
    expect(screen.getByRole('heading', { name: 'The trash is empty' })).toBeTruthy();
  });

  it('restores everything one undone import removed, and can show only those', async () => {
    const client = trashOf([item('a', 'Ada Lovelace'), item('p', 'Paul Import', { reason: 'import_undone', batch }), item('c', 'Initech', { kind: 'company', reason: 'import_undone', batch })], [{ ...batch, people: 1, companies: 1 }]);
    renderTrash(client);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Show only the contacts from people.csv' }));
    await settle();
    expect(screen.getByText('Removed by undoing the import of people.csv')).toBeTruthy();
    expect((client.callsTo('trash.list') as MethodInput<'trash.list'>[]).at(-1)).toMatchObject({ batchId: 'b1' });
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filter and show the whole trash' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Restore all 1 contact and 1 company from people.csv' }));
    await settle();
    expect(client.callsTo('trash.restore')).toEqual([{ batchId: 'b1', jobId: expect.stringMatching(/^trash-ui-/) }]);
    expect(useToasts.getState().toasts.map((t) => t.message)).toContain('1 contact and 1 company back in Contacts');
  });
});
