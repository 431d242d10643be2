/** The languages Carnet's interface speaks. English is the source every catalog is checked against. */
export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the user chose in Settings: a language, or whatever the system uses. */
export const LANGUAGE_CHOICES = ['system', ...LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];
