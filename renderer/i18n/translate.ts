import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { currentLanguage, currentLocale } from './locale-store.ts';
import type { Language } from './languages.ts';

/** A feature's messages in one language: id -> ICU MessageFormat text. */
export type Messages = Readonly<Record<string, string>>;

/** A feature's catalogs: English is the source; every other language has exactly its ids. */
export type Catalogs<English extends Messages> = { en: English } & { readonly [L in Exclude<Language, 'en'>]: { readonly [K in keyof English]: string } };

export type Values = Record<string, PrimitiveType>;

/**
 * The translate function of one feature's catalogs: `t('rows', { n: 5 })` in the current
 * language, with ICU plurals and selects ("{n, plural, one {# row} other {# rows}}"), numbers
 * formatted for the current locale. Compiled messages are cached per language.
 *
 * @example
 * const t = translator(importCatalogs);
 * t('reading', { name: 'clients.csv' }) // "Reading clients.csv…" or "Lecture de clients.csv…"
 */
export function translator<English extends Messages>(catalogs: Catalogs<English>): (id: keyof English & string, values?: Values) => string {
  const compiled = new Map<string, IntlMessageFormat>();
  return (id, values) => {
    const language = currentLanguage();
    const locale = currentLocale();
    const key = `${locale}\u0000${id}`;
    let format = compiled.get(key);
    if (!format) {
      const text = (catalogs[language] as Messages)[id] ?? catalogs.en[id] ?? id;
      format = new IntlMessageFormat(text, [locale, language]);
      compiled.set(key, format);
    }
    return String(format.format(values));
  };
}

/**
 * A feature's strings object, built in the current language and built again when the language
 * changes: components keep reading `s.title` and calling `s.rows(5)`, and a language chosen in
 * Settings applies at the next render. Function members call the translator when called.
 *
 * @example
 * export const importStrings = localized(() => ({ title: t('title'), rows: (n: number) => t('rows', { n }) }));
 */
export function localized<Strings extends object>(build: () => Strings): Strings {
  const built = new Map<string, Strings>();
  const current = (): Strings => {
    const key = `${currentLanguage()}\u0000${currentLocale()}`;
    let strings = built.get(key);
    if (!strings) {
      strings = build();
      built.set(key, strings);
    }
    return strings;
  };
  return new Proxy({} as Strings, {
    get: (_target, property) => Reflect.get(current(), property),
    has: (_target, property) => Reflect.has(current(), property),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_target, property) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(current(), property);
      return descriptor ? { ...descriptor, configurable: true } : undefined;
    },
  });
}
