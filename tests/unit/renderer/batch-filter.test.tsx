// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { MethodInput } from '../../../shared/contract/index.ts';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { ContactsScreen } from '../../../renderer/features/contacts/ContactsScreen.tsx';
import { ShowBatchButton } from '../../../renderer/features/import/ShowBatchButton.tsx';
import { contactListStores } from '../../../renderer/stores/contact-list-store.ts';
import { useNavigation } from '../../../renderer/stores/navigation-store.ts';
import { giveElementsASize } from './jsdom-layout.ts';
import { fakeClient, summary, type FakeClient } from './fake-client.ts';

giveElementsASize({ height: 600, width: 320 });
beforeEach(() => {
  const list = contactListStores.person;
  list.setState({ searchText: 'zz', query: 'zz', batch: null, generation: list.getState().generation + 1, total: null, pages: new Map(), error: null, activeIndex: 0 });
  useNavigation.setState({ place: 'import' });
});
afterEach(cleanup);

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 200)));

/** Everyone, or with a batchId the two people and the company card that import made. */
function book(): FakeClient {
  const everyone = [summary(1, { displayName: 'Ada Lovelace' }), summary(2, { displayName: 'Ben Cohen' }), summary(3, { displayName: 'Initech', kind: 'company' }), summary(4, { displayName: 'Old Friend' })];
  return fakeClient({
    'contacts.list': ({ batchId = null, search = '', offset = 0, limit = 100 }) => {
      const found = (batchId === 'b1' ? everyone.slice(0, 3) : everyone).filter((c) => c.displayName.toLowerCase().includes(search.toLowerCase()));
      const companies = found.filter((c) => c.kind === 'company').length;
      return { items: found.slice(offset, offset + limit), total: found.length, people: search ? null : found.length - companies, companies: search ? null : companies };
    },
  });
}

const batch = { id: 'b1', fileName: 'people.csv', importedAt: new Date(new Date().getFullYear(), 10, 12, 10).toISOString() };

describe('"Show these contacts" after an import', () => {
  it('says how many, then opens Contacts filtered to that import, with a way back to everyone', async () => {
    const client = book();
    const { unmount } = render(
      <ClientContext.Provider value={client}>
        <ShowBatchButton batch={batch} counted />
      </ClientContext.Provider>,
    );
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Show these 2 contacts and 1 company' }));
    expect(useNavigation.getState().place).toBe('contacts');
    expect(contactListStores.person.getState()).toMatchObject({ batch, searchText: '' });
    unmount();

    render(
      <ClientContext.Provider value={client}>
        <ContactsScreen kind="person" />
      </ClientContext.Provider>,
    );
    await settle();
    expect(screen.getByText(/^From import of people\.csv, (12 Nov|Nov 12)$/)).toBeTruthy(); // the locale orders day and month
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['ALAda Lovelace', 'BCBen Cohen', 'IInitechCompany']);
    // People and company cards counted apart.
    expect(screen.getByText('2 contacts · 1 company')).toBeTruthy();
    const calls = client.callsTo('contacts.list') as MethodInput<'contacts.list'>[];
    expect(calls.at(-1)).toMatchObject({ batchId: 'b1', search: '' });

    fireEvent.click(screen.getByRole('button', { name: /Clear the filter “from import of people\.csv”/ }));
    await settle();
    expect(screen.queryByText(/From import of/)).toBeNull();
    expect(screen.getAllByRole('option')).toHaveLength(4);
    expect(screen.getByText('3 contacts · 1 company')).toBeTruthy();
    expect((client.callsTo('contacts.list') as MethodInput<'contacts.list'>[]).at(-1)).not.toHaveProperty('batchId');
  });

  it('a search counts matches, not kinds', async () => {
    const client = book();
    contactListStores.person.setState({ searchText: 'in', query: '' });
    render(
      <ClientContext.Provider value={client}>
        <ContactsScreen kind="person" />
      </ClientContext.Provider>,
    );
    await settle();
    expect(screen.getByText('1 found')).toBeTruthy();
  });

  it('on the history, names the file in the button for screen readers', async () => {
    render(
      <ClientContext.Provider value={book()}>
        <ShowBatchButton batch={batch} />
      </ClientContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show the contacts from people.csv' }));
    expect(contactListStores.person.getState().batch).toEqual(batch);
  });
});
