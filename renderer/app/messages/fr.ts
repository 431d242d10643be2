import type en from './en.ts';

export default {
  appName: 'Carnet',
  'getStarted.addFirst': 'Ajouter votre premier contact',
  'getStarted.importCsv': 'Importer un CSV',
  'getStarted.importCards': 'Importer des cartes de visite',
  navLabel: 'Principal',
  'places.today': 'Aujourd’hui',
  'places.contacts': 'Contacts',
  'places.companies': 'Entreprises',
  'places.import': 'Importer',
  'places.backup': 'Sauvegarde',
  'places.settings': 'Réglages',
  helpButton: 'Raccourcis',
  helpTitle: 'Raccourcis clavier',
  helpClose: 'Fermer',
  keysOr: 'ou',
  connectionTitle: 'Carnet n’arrive pas à joindre vos données',
  connectionRetry: 'Réessayer',
  loadingApp: 'Ouverture de Carnet…',
} satisfies Record<keyof typeof en, string>;
