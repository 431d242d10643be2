/** Strings of the Settings screen, in one place for translation. */
export const settingsStrings = {
  title: 'Settings',
  phoneTitle: 'Phone numbers',
  defaultCountry: 'Default phone country',
  defaultCountryHint:
    'Numbers typed without a + and country code are read as numbers from this country. Choosing another one also reads again the saved numbers that were no real number with the old one.',
  saved: 'Settings saved',
  dataTitle: 'Your data',
  dataFolder: 'Data folder',
  databaseFile: 'Database file',
  version: 'Carnet version',
  schema: 'Database schema',
  contacts: 'Contacts and companies',
  shortcutsTitle: 'Keyboard shortcuts',
  themeTitle: 'Appearance',
  themeBody: 'Carnet follows your system: light or dark.',
  loading: 'Loading…',
};
