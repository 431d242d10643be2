import type en from './en.ts';

export default {
  appName: 'Carnet',
  'getStarted.addFirst': 'Ersten Kontakt anlegen',
  'getStarted.importCsv': 'CSV importieren',
  'getStarted.importCards': 'Visitenkarten importieren',
  navLabel: 'Hauptmenü',
  'places.today': 'Heute',
  'places.contacts': 'Kontakte',
  'places.companies': 'Firmen',
  'places.import': 'Import',
  'places.backup': 'Sicherung',
  'places.settings': 'Einstellungen',
  helpButton: 'Tastenkürzel',
  helpTitle: 'Tastenkürzel',
  helpClose: 'Schließen',
  keysOr: 'oder',
  connectionTitle: 'Carnet erreicht Ihre Daten nicht',
  connectionRetry: 'Erneut versuchen',
  loadingApp: 'Carnet wird geöffnet…',
} satisfies Record<keyof typeof en, string>;
