import type en from './en.ts';

export default {
  title: 'Réglages',
  phoneTitle: 'Numéros de téléphone',
  defaultCountry: 'Pays par défaut des téléphones',
  defaultCountryHint: 'Les numéros saisis sans + ni indicatif sont lus comme des numéros de ce pays. En choisir un autre relit aussi les numéros enregistrés qui n’existaient pas dans l’ancien.',
  saved: 'Réglages enregistrés',
  dataTitle: 'Vos données',
  dataFolder: 'Dossier des données',
  databaseFile: 'Fichier de la base',
  version: 'Version de Carnet',
  schema: 'Schéma de la base',
  contacts: 'Contacts et entreprises',
  shortcutsTitle: 'Raccourcis clavier',
  themeTitle: 'Apparence',
  themeBody: 'Carnet suit votre système : clair ou sombre.',
  loading: 'Chargement…',
  languageTitle: 'Langue',
  language: 'Langue de l’interface',
  languageSystem: 'Comme le système ({name})',
  languageHint: 'Les dates et les nombres gardent le format de votre région.',
} satisfies Record<keyof typeof en, string>;
