import { localized, translator } from '../i18n/translate.ts';
import type { Place } from '../stores/navigation-store.ts';
import { appCatalogs } from './messages/index.ts';

const t = translator(appCatalogs);

/**
 * Strings of the app shell (sidebar, help, connection errors) in the current language. The texts
 * live in `messages/<language>.ts`, one catalog per language.
 */
export const appStrings = localized(() => ({
  appName: t('appName'),
  /** The empty address book's three ways in (Today and Contacts). */
  getStarted: {
    addFirst: t('getStarted.addFirst'),
    importCsv: t('getStarted.importCsv'),
    importCards: t('getStarted.importCards'),
  },
  navLabel: t('navLabel'),
  places: {
    today: t('places.today'),
    contacts: t('places.contacts'),
    companies: t('places.companies'),
    import: t('places.import'),
    backup: t('places.backup'),
    settings: t('places.settings'),
  } satisfies Record<Place, string>,
  helpButton: t('helpButton'),
  helpTitle: t('helpTitle'),
  /** What each keyboard shortcut does (help overlay and Settings). */
  shortcuts: {
    search: t('shortcuts.search'),
    newContact: t('shortcuts.newContact'),
    move: t('shortcuts.move'),
    firstLast: t('shortcuts.firstLast'),
    open: t('shortcuts.open'),
    edit: t('shortcuts.edit'),
    save: t('shortcuts.save'),
    escape: t('shortcuts.escape'),
    delete: t('shortcuts.delete'),
    undo: t('shortcuts.undo'),
    /** "Go to Today, Contacts, …", the places named as in the sidebar. */
    places: (places: string) => t('shortcuts.places', { places }),
    help: t('shortcuts.help'),
  },
  /** Key names as printed on keyboards of the language ("Pos1" and "Entf" in German). */
  keys: { home: t('keys.home'), end: t('keys.end'), enter: t('keys.enter'), esc: t('keys.esc'), ctrl: t('keys.ctrl'), delete: t('keys.delete') },
  helpClose: t('helpClose'),
  /** Between two keys that do the same thing: "Ctrl+F or /". */
  keysOr: t('keysOr'),
  /** The country menu (Settings, the first-start question, the import wizard). */
  countrySelect: {
    option: (name: string, code: string) => t('countrySelect.option', { name, code }),
    defaultOption: (name: string, code: string) => t('countrySelect.defaultOption', { name, code }),
    loading: t('countrySelect.loading'),
  },
  /** The first-start question: which country phone numbers written without + belong to. */
  countryQuestion: {
    title: t('countryQuestion.title'),
    body: t('countryQuestion.body'),
    suggested: t('countryQuestion.suggested'),
    label: t('countryQuestion.label'),
    confirm: t('countryQuestion.confirm'),
    saving: t('countryQuestion.saving'),
  },
  /** After a new default country (first start or Settings) read stored numbers again. */
  phonesReread: (count: number) => t('phonesReread', { count }),
  connectionTitle: t('connectionTitle'),
  connectionRetry: t('connectionRetry'),
  loadingApp: t('loadingApp'),
}));
