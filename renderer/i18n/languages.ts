import { LANGUAGES, type Language } from '../../shared/domain/languages.ts';

export { LANGUAGES, LANGUAGE_CHOICES, type Language, type LanguageChoice } from '../../shared/domain/languages.ts';

/** Each language named in itself, as language pickers do (a user who cannot read the current one still finds theirs). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  de: 'Deutsch',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the system's preferred languages that Carnet speaks ("fr-CA" -> fr), else English. */
export function languageOf(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The locale numbers and dates are formatted with: the chosen language with the system's region,
 * so a British user who picks English keeps day-first dates and a Swiss user who picks German
 * keeps Swiss number grouping ("en" + "en-GB" -> "en-GB"; "fr" + "en-GB" -> "fr-GB").
 */
export function formattingLocale(language: Language, systemLocale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(systemLocale).maximize().region;
  } catch {
    region = undefined;
  }
  if (!region) return language;
  const candidate = `${language}-${region}`;
  return Intl.DateTimeFormat.supportedLocalesOf([candidate]).length > 0 ? candidate : language;
}
