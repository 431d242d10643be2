import type { Place } from '../stores/navigation-store.ts';

/** Strings of the app shell (sidebar, help, connection errors), in one place for translation. */
export const appStrings = {
  /** "2 contacts", "1 company", "2 contacts and 1 company": people and company cards counted apart (import, trash). */
  peopleAndCompanies(people: number, companies: number, locale?: string): string {
    const number = new Intl.NumberFormat(locale);
    const parts = [];
    if (people > 0 || companies === 0) parts.push(`${number.format(people)} contact${people === 1 ? '' : 's'}`);
    if (companies > 0) parts.push(`${number.format(companies)} ${companies === 1 ? 'company' : 'companies'}`);
    return parts.join(' and ');
  },
  appName: 'Carnet',
  /** The empty address book's three ways in (Today and Contacts). */
  getStarted: {
    addFirst: 'Add your first contact',
    importCsv: 'Import a CSV',
    importCards: 'Import business cards',
  },
  navLabel: 'Main',
  places: {
    today: 'Today',
    contacts: 'Contacts',
    companies: 'Companies',
    import: 'Import',
    backup: 'Backup',
    settings: 'Settings',
    trash: 'Trash',
  } satisfies Record<Place, string>,
  helpButton: 'Shortcuts',
  helpTitle: 'Keyboard shortcuts',
  helpClose: 'Close',
  /** Between two keys that do the same thing: "Ctrl+F or /". */
  keysOr: 'or',
  /** The country menu (Settings, the first-start question, the import wizard). */
  countrySelect: {
    option: (name: string, code: string) => `${name} (${code})`,
    defaultOption: (name: string, code: string) => `${name} (${code}), the default`,
    loading: 'Loading…',
  },
  /** The first-start question: which country phone numbers written without + belong to. */
  countryQuestion: {
    title: 'Where are your phone numbers from?',
    body: 'Numbers written without a + and country code, such as 06 12 34 56 78 or (415) 555-0123, are read as numbers from this country. It decides how they are stored, matched when you import, and found when you search.',
    suggested: 'Suggested from your system’s language. You can change it later in Settings.',
    label: 'Country for phone numbers',
    confirm: 'Use this country',
    saving: 'Saving…',
  },
  /** After a new default country (first start or Settings) read stored numbers again. */
  phonesReread: (count: number, locale: string) =>
    count === 1 ? 'One phone number was read again with this country.' : `${new Intl.NumberFormat(locale).format(count)} phone numbers were read again with this country.`,
  connectionTitle: 'Carnet cannot reach your data',
  connectionRetry: 'Try again',
  loadingApp: 'Opening Carnet…',
};
