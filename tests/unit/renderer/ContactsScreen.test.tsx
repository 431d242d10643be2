// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { ContactsScreen } from '../../../renderer/features/contacts/ContactsScreen.tsx';
import { contactListStores } from '../../../renderer/stores/contact-list-store.ts';
import { contactPanelStores } from '../../../renderer/stores/contact-panel-store.ts';
import { useNavigation } from '../../../renderer/stores/navigation-store.ts';
import { useChangeEvents } from '../../../renderer/app/use-change-events.ts';
import { giveElementsASize } from './jsdom-layout.ts';
import { contact, fakeClient, summary, type FakeClient } from './fake-client.ts';

giveElementsASize({ height: 600, width: 320 });

beforeEach(() => {
  const list = contactListStores.person;
  list.setState({ searchText: '', query: '', generation: list.getState().generation + 1, total: null, pages: new Map(), error: null, activeIndex: 0 });
  contactPanelStores.person.setState({ selectedId: null, mode: 'view' });
});
afterEach(cleanup);

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 200)));

function addressBook(names: string[]): FakeClient {
  const people = names.map((name, i) => summary(i, { displayName: name }));
  return fakeClient({
    'contacts.list': ({ search = '', offset = 0, limit = 100 }) => {
      const found = people.filter((p) => p.displayName.toLowerCase().includes(search.toLowerCase()));
      return { total: found.length, people: found.length, companies: 0, items: found.slice(offset, offset + limit) };
    },
    'contacts.get': ({ id }) => {
      const person = people.find((p) => p.id === id)!;
      return contact({ id, displayName: person.displayName, firstName: person.displayName, lastName: '' });
    },
    'companies.suggest': () => [],
  });
}

function renderScreen(client: FakeClient) {
  render(
    <ClientContext.Provider value={client}>
      <ContactsScreen kind="person" />
    </ClientContext.Provider>,
  );
}

describe('ContactsScreen', () => {
  it('moves through the list with arrows from the search box, opens with Enter, closes with Escape', async () => {
    renderScreen(addressBook(['Ada', 'Ben', 'Chloé']));
    await settle();
    const list = screen.getByRole('listbox', { name: 'Contacts' });
    const search = screen.getByRole('searchbox', { name: 'Search' });
    expect(screen.getAllByRole('option')).toHaveLength(3);
    expect(list.getAttribute('aria-activedescendant')).toBe('person-row-0');

    fireEvent.keyDown(search, { key: 'ArrowDown' });
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    fireEvent.keyDown(search, { key: 'ArrowDown' }); // stops at the last row
    expect(list.getAttribute('aria-activedescendant')).toBe('person-row-2');
    fireEvent.keyDown(list, { key: 'Home' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(list.getAttribute('aria-activedescendant')).toBe('person-row-1');

    fireEvent.keyDown(list, { key: 'Enter' });
    await settle();
    expect(screen.getByRole('heading', { name: 'Ben' })).toBeTruthy();
    expect(screen.getByRole('option', { name: /Ben/ }).getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(window, { key: 'Escape' });
    await settle();
    expect(screen.queryByRole('heading', { name: 'Ben' })).toBeNull();
  });

  it('filters as the user types and offers to create what was not found', async () => {
    const client = addressBook(['Ada Lovelace', 'Ben Cohen']);
    renderScreen(client);
    await settle();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'lov' } });
    await settle();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['ALAda Lovelace']);
    expect(screen.getByRole('option').querySelector('mark')?.textContent).toBe('Lov');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'Grace Hopper' } });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Create “Grace Hopper”' }));
    expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('Grace');
    expect((screen.getByLabelText('Last name') as HTMLInputElement).value).toBe('Hopper');
  });

  it('opens the first match when Enter comes before the search pause is over', async () => {
    renderScreen(addressBook(['Ada Lovelace', 'Ben Cohen']));
    await settle();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: 'coh' } });
    fireEvent.keyDown(search, { key: 'Enter' }); // at once: the typed search has not run yet
    await settle();
    expect(screen.getByRole('heading', { name: 'Ben Cohen' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('listbox', { name: 'Contacts' }));
  });

  it('sends one search for a burst of typing', async () => {
    const client = addressBook(['Ada Lovelace', 'Ben Cohen']);
    renderScreen(client);
    await settle();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    for (const text of ['a', 'ad', 'ada']) fireEvent.change(search, { target: { value: text } });
    await settle();
    const searches = (client.callsTo('contacts.list') as { search?: string }[]).map((call) => call.search);
    expect(searches).not.toContain('a');
    expect(searches).not.toContain('ad');
    expect(searches).toContain('ada');
  });

  it('teaches on an empty address book', async () => {
    useNavigation.setState({ place: 'contacts' });
    renderScreen(addressBook([]));
    await settle();
    expect(screen.getByRole('heading', { name: 'Your address book is empty' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import a CSV' }));
    expect(useNavigation.getState().place).toBe('import');
    fireEvent.click(screen.getByRole('button', { name: 'Add your first contact' }));
    expect(screen.getByRole('heading', { name: 'New contact' })).toBeTruthy();
  });

  it('refreshes the list when the core says contacts changed', async () => {
    const client = addressBook(['Ada']);
    function WithEvents() {
      useChangeEvents(client);
      return <ContactsScreen kind="person" />;
    }
    render(
      <ClientContext.Provider value={client}>
        <WithEvents />
      </ClientContext.Provider>,
    );
    await settle();
    const before = client.callsTo('contacts.list').length;
    act(() => client.emit({ type: 'contacts.changed', ids: ['someone'] }));
    await settle();
    expect(client.callsTo('contacts.list').length).toBe(before + 1);
  });
});
