import type en from './en.ts';

export default {
  title: 'Einstellungen',
  phoneTitle: 'Telefonnummern',
  defaultCountry: 'Standardland für Telefonnummern',
  defaultCountryHint: 'Nummern ohne + und Ländervorwahl werden als Nummern aus diesem Land gelesen. Wählen Sie ein anderes, werden gespeicherte Nummern, die es im alten nicht gab, neu gelesen.',
  saved: 'Einstellungen gespeichert',
  dataTitle: 'Ihre Daten',
  dataFolder: 'Datenordner',
  databaseFile: 'Datenbankdatei',
  version: 'Carnet-Version',
  schema: 'Datenbankschema',
  contacts: 'Kontakte und Firmen',
  shortcutsTitle: 'Tastenkürzel',
  themeTitle: 'Darstellung',
  themeBody: 'Carnet folgt Ihrem System: hell oder dunkel.',
  loading: 'Wird geladen…',
  languageTitle: 'Sprache',
  language: 'Sprache der Oberfläche',
  languageSystem: 'Wie das System ({name})',
  languageHint: 'Datums- und Zahlenformate bleiben die Ihrer Region.',
} satisfies Record<keyof typeof en, string>;
