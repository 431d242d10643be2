import type { Place } from '../stores/navigation-store.ts';

/** Strings of the app shell (sidebar, help, connection errors), in one place for translation. */
export const appStrings = {
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
