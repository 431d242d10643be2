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
    trash: t('places.trash'),
    reports: t('places.reports'),
  } satisfies Record<Place, string>,
  /** The sidebar's count beside Today, as a screen reader says it. */
  todayCount: (count: number) => t('todayCount', { count }),
  helpButton: t('helpButton'),
  helpTitle: t('helpTitle'),
  helpClose: t('helpClose'),
  /** Between two keys that do the same thing: "Ctrl+F or /". */
  keysOr: t('keysOr'),
  /** "2 contacts", "1 company", "2 contacts and 1 company": people and company cards counted apart (import, trash). */
  peopleAndCompanies: (people: number, companies: number) =>
    t('peopleAndCompanies', { people, companies, shape: companies === 0 ? 'people' : people === 0 ? 'companies' : 'both' }),
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
