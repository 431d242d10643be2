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
  connectionTitle: 'Carnet cannot reach your data',
  connectionRetry: 'Try again',
  loadingApp: 'Opening Carnet…',
};
