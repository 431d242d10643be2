import { localized, translator } from '../../i18n/translate.ts';
import { settingsCatalogs } from './messages/index.ts';

const t = translator(settingsCatalogs);

/** Strings of the Settings screen in the current language (texts in `messages/<language>.ts`). */
export const settingsStrings = localized(() => ({
  title: t('title'),
  phoneTitle: t('phoneTitle'),
  defaultCountry: t('defaultCountry'),
  defaultCountryHint: t('defaultCountryHint'),
  saved: t('saved'),
  dataTitle: t('dataTitle'),
  dataFolder: t('dataFolder'),
  databaseFile: t('databaseFile'),
  version: t('version'),
  schema: t('schema'),
  contacts: t('contacts'),
  shortcutsTitle: t('shortcutsTitle'),
  themeTitle: t('themeTitle'),
  themeBody: t('themeBody'),
  loading: t('loading'),
  languageTitle: t('languageTitle'),
  language: t('language'),
  languageSystem: (name: string) => t('languageSystem', { name }),
  languageHint: t('languageHint'),
  remindersTitle: t('remindersTitle'),
  notificationTime: t('notificationTime'),
  notificationHint: t('notificationHint'),
  calendarFolder: t('calendarFolder'),
  calendarFolderPlaceholder: t('calendarFolderPlaceholder'),
  calendarHint: t('calendarHint'),
  calendarExport: t('calendarExport'),
  calendarExporting: t('calendarExporting'),
  calendarExported: (count: number, path: string) => t('calendarExported', { count, path }),
}));
