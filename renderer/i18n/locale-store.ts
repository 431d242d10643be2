import { create } from 'zustand';
import { formattingLocale, languageOf, type Language, type LanguageChoice } from './languages.ts';

function systemLocales(): readonly string[] {
  if (typeof navigator === 'undefined') return ['en'];
  return navigator.languages?.length ? navigator.languages : [navigator.language || 'en'];
}

interface LocaleState {
  /** What Settings holds (stored in the database: the web host's origin changes with its port). */
  choice: LanguageChoice;
  /** The language the interface speaks now. */
  language: Language;
  /** The locale dates, numbers and lists are formatted with. */
  locale: string;
  /** Applies a choice at once (no restart): every string is read again on the next render. */
  choose(choice: LanguageChoice): void;
}

/** The language the system asks for, as Carnet speaks it ("Same as the system" in Settings). */
export function systemLanguage(): Language {
  return languageOf(systemLocales());
}

function resolve(choice: LanguageChoice): { language: Language; locale: string } {
  const system = systemLocales();
  const language = choice === 'system' ? systemLanguage() : choice;
  return { language, locale: formattingLocale(language, system[0] ?? 'en') };
}

/** The interface language: the system's until the user picks one in Settings. */
export const useLocale = create<LocaleState>((set) => ({
  choice: 'system',
  ...resolve('system'),
  choose(choice) {
    set({ choice, ...resolve(choice) });
  },
}));

/** The language now, for code outside React (strings read by a translator). */
export function currentLanguage(): Language {
  return useLocale.getState().language;
}

/** The formatting locale now, for Intl formatters outside React. */
export function currentLocale(): string {
  return useLocale.getState().locale;
}
