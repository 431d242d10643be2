import { afterEach, describe, expect, it } from 'vitest';
import { formattingLocale, languageOf } from '../../../renderer/i18n/languages.ts';
import { useLocale } from '../../../renderer/i18n/locale-store.ts';
import { localized, translator } from '../../../renderer/i18n/translate.ts';
import { appStrings } from '../../../renderer/app/strings.ts';

const contacts = {
  en: { count: '{n, plural, one {# contact} other {# contacts}}' },
  fr: { count: '{n, plural, one {# contact} other {# contacts}}' },
  es: { count: '{n, plural, one {# contacto} other {# contactos}}' },
  ru: { count: '{n, plural, one {# контакт} few {# контакта} many {# контактов} other {# контакта}}' },
  de: { count: '{n, plural, one {# Kontakt} other {# Kontakte}}' },
};
const t = translator(contacts);

afterEach(() => useLocale.getState().choose('en'));

describe('translator', () => {
  it('uses Russian plural forms (1, 2, 5, 11, 21, 22, 25)', () => {
    useLocale.getState().choose('ru');
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => t('count', { n }))).toEqual([
      '1 контакт', '2 контакта', '5 контактов', '11 контактов', '21 контакт', '22 контакта', '25 контактов',
    ]);
  });

  it('uses French plural forms (0 and 1 are singular) and French digit grouping', () => {
    useLocale.getState().choose('fr');
    expect([0, 1, 2].map((n) => t('count', { n }))).toEqual(['0 contact', '1 contact', '2 contacts']);
    expect(t('count', { n: 12345 }).replace(/\u202f|\u00a0/g, ' ')).toBe('12 345 contacts');
  });

  it('applies a new choice at once to strings objects', () => {
    useLocale.getState().choose('en');
    expect(appStrings.places.settings).toBe('Settings');
    useLocale.getState().choose('de');
    expect(appStrings.places.settings).toBe('Einstellungen');
    useLocale.getState().choose('ru');
    expect(appStrings.places.today).toBe('Сегодня');
  });

  it('keeps function members working across languages', () => {
    const strings = localized(() => ({ count: (n: number) => t('count', { n }) }));
    useLocale.getState().choose('es');
    expect(strings.count(2)).toBe('2 contactos');
  });
});

describe('languages', () => {
  it('picks the first system language Carnet speaks', () => {
    expect(languageOf(['pt-BR', 'fr-CA', 'en'])).toBe('fr');
    expect(languageOf(['ja'])).toBe('en');
  });

  it('formats with the chosen language and the system region', () => {
    expect(formattingLocale('en', 'en-GB')).toBe('en-GB');
    expect(new Intl.DateTimeFormat(formattingLocale('en', 'en-GB')).format(new Date(Date.UTC(2026, 2, 14, 12)))).toBe('14/03/2026');
    expect(formattingLocale('fr', 'de-CH')).toBe('fr-CH');
  });
});
