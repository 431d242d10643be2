// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { ContactsScreen } from '../../../renderer/features/contacts/ContactsScreen.tsx';
import { useLocale } from '../../../renderer/i18n/locale-store.ts';
import { contactListStores } from '../../../renderer/stores/contact-list-store.ts';
import { contactPanelStores } from '../../../renderer/stores/contact-panel-store.ts';
import { contact, fakeClient, summary, type FakeClient } from './fake-client.ts';

// jsdom lays nothing out: give the scroller a size so the virtual list renders rows.
const sizes = ['clientHeight', 'clientWidth'] as const;
beforeAll(() => {
  for (const size of sizes) Object.defineProperty(HTMLElement.prototype, size, { configurable: true, get: () => (size === 'clientHeight' ? 600 : 320) });
});
afterAll(() => {
  for (const size of sizes) delete (HTMLElement.prototype as unknown as Record<string, unknown>)[size];
});

beforeEach(() => {
  const list = contactListStores.person;
  list.setState({ searchText: '', query: '', generation: list.getState().generation + 1, total: null, pages: new Map(), error: null, activeIndex: 0 });
  contactPanelStores.person.setState({ selectedId: null, mode: 'view' });
});
afterEach(() => {
  cleanup();
  // Other test files expect the default (the system's language, English in jsdom).
  act(() => useLocale.getState().choose('system'));
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 200)));

/** An address book that says it holds `total` people (only the first few are listed). */
function addressBook(total: number, names = ['Ada Lovelace', 'Ben Cohen']): FakeClient {
  const people = names.map((name, i) => summary(i, { displayName: name }));
  return fakeClient({
    'contacts.list': ({ search = '' }) => {
      const found = people.filter((p) => p.displayName.toLowerCase().includes(search.toLowerCase()));
      return { total: search ? found.length : total, items: found, people: search ? null : total, companies: search ? null : 0 };
    },
    'contacts.get': ({ id }) => contact({ id }),
    'companies.suggest': () => [],
  });
}

/** Reads the language as the app's shell does, so a new choice renders the screen again. */
function Speaking() {
  const language = useLocale((state) => state.language);
  return (
    <div lang={language}>
      <ContactsScreen kind="person" />
    </div>
  );
}

function renderScreen(client: FakeClient) {
  render(
    <ClientContext.Provider value={client}>
      <Speaking />
    </ClientContext.Provider>,
  );
}

describe('the contacts screen in another language', () => {
  it('speaks French: labels, typographic spaces, digit grouping, and the editor’s checks', async () => {
    act(() => useLocale.getState().choose('fr'));
    renderScreen(addressBook(12345));
    await settle();
    expect(screen.getByRole('listbox', { name: 'Contacts' })).toBeTruthy();
    // French groups thousands with a (narrow) no-break space: "12 345 contacts".
    expect(screen.getByText(/^12\s345 contacts$/u)).toBeTruthy();

    const search = screen.getByRole('searchbox', { name: 'Rechercher' });
    fireEvent.change(search, { target: { value: 'Grace Hopper' } });
    await settle();
    // No-break spaces inside the guillemets (Testing Library folds spaces, so compare the text itself).
    expect(screen.getByText(/^Aucun résultat pour/).textContent).toBe('Aucun résultat pour «\u00A0Grace Hopper\u00A0»');
    const create = screen.getByRole('button', { name: /^Créer/ });
    expect(create.textContent).toBe('Créer «\u00A0Grace Hopper\u00A0»');
    fireEvent.click(create);

    expect((screen.getByLabelText('Prénom') as HTMLInputElement).value).toBe('Grace');
    expect((screen.getByLabelText('Nom') as HTMLInputElement).value).toBe('Hopper');
    const email = screen.getByLabelText('E-mail', { exact: true });
    fireEvent.change(email, { target: { value: 'grace@' } });
    fireEvent.blur(email);
    expect(screen.getByText('Ce n’est pas une adresse e-mail, par exemple nom@exemple.fr')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeTruthy();
    expect(screen.queryByText('Save')).toBeNull();
  });

  it.each([
    [1, '1 контакт'],
    [3, '3 контакта'],
    [5, '5 контактов'],
    [21, '21 контакт'],
    [112, '112 контактов'],
  ])('speaks Russian, with the plural form of %i', async (total, text) => {
    act(() => useLocale.getState().choose('ru'));
    renderScreen(addressBook(total));
    await settle();
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.getByRole('listbox', { name: 'Контакты' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Поиск' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Новый контакт' })).toBeTruthy();
  });

  it('follows a language chosen while the screen is open', async () => {
    renderScreen(addressBook(2));
    await settle();
    expect(screen.getByText('2 contacts')).toBeTruthy();
    act(() => useLocale.getState().choose('de'));
    await settle();
    expect(screen.getByText('2 Kontakte')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Suchen' })).toBeTruthy();
  });
});
