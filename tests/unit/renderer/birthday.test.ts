import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../../renderer/i18n/locale-store.ts';
import { birthdayMessages, dayComesFirst, formatBirthday, parseBirthday } from '../../../renderer/features/contacts/birthday.ts';

const today = new Date(2026, 10, 24); // 24 November 2026

describe('parseBirthday', () => {
  it('reads the stored forms back', () => {
    expect(parseBirthday('1985-03-14', 'en-GB', today)).toEqual({ ok: true, value: '1985-03-14', readAs: null });
    expect(parseBirthday('--03-14', 'en-GB', today)).toEqual({ ok: true, value: '--03-14', readAs: null });
  });

  it('treats an empty field as no birthday', () => {
    expect(parseBirthday('   ', 'en-GB', today)).toEqual({ ok: true, value: null, readAs: null });
  });

  it('reads numeric dates in the order of the locale', () => {
    expect(dayComesFirst('en-GB')).toBe(true);
    expect(dayComesFirst('en-US')).toBe(false);
    expect(parseBirthday('14/03/1985', 'en-GB', today)).toEqual({ ok: true, value: '1985-03-14', readAs: null });
    expect(parseBirthday('03/14/1985', 'en-US', today)).toEqual({ ok: true, value: '1985-03-14', readAs: null });
    expect(parseBirthday('14.03.', 'de-DE', today)).toEqual({ ok: true, value: '--03-14', readAs: null });
  });

  it('reads month names in the locale and in English, with or without a year', () => {
    expect(parseBirthday('14 March', 'en-GB', today)).toEqual({ ok: true, value: '--03-14', readAs: null });
    expect(parseBirthday('March 14, 1985', 'en-US', today)).toEqual({ ok: true, value: '1985-03-14', readAs: null });
    expect(parseBirthday('14 mars 1985', 'fr-FR', today)).toEqual({ ok: true, value: '1985-03-14', readAs: null });
    expect(parseBirthday('14 марта', 'ru-RU', today)).toEqual({ ok: true, value: '--03-14', readAs: null });
    expect(parseBirthday('3 Feb 85', 'en-GB', today)).toEqual({ ok: true, value: '1985-02-03', readAs: null });
  });

  it('accepts 29 February without a year, refuses it in a year without one', () => {
    expect(parseBirthday('29/02', 'en-GB', today)).toEqual({ ok: true, value: '--02-29', readAs: null });
    expect(parseBirthday('29/02/1985', 'en-GB', today)).toEqual({ ok: false, error: birthdayMessages.noSuchDate });
    expect(parseBirthday('31 April', 'en-GB', today)).toEqual({ ok: false, error: birthdayMessages.noSuchDate });
  });

  it('refuses dates in the future and text it cannot read, saying why', () => {
    expect(parseBirthday('1 December 2026', 'en-GB', today)).toEqual({ ok: false, error: birthdayMessages.future });
    expect(parseBirthday('next tuesday', 'en-GB', today)).toEqual({ ok: false, error: birthdayMessages.unreadable });
    expect(parseBirthday('14/03/19850', 'en-GB', today)).toEqual({ ok: false, error: birthdayMessages.unreadable });
    expect(parseBirthday('1700-01-01', 'en-GB', today)).toEqual({ ok: false, error: birthdayMessages.tooOld });
  });
});

describe('formatBirthday', () => {
  it('shows the date in the user locale, without a year when there is none', () => {
    expect(formatBirthday('1985-03-14', 'en-GB')).toBe('14 March 1985');
    expect(formatBirthday('--03-14', 'en-GB')).toBe('14 March');
    expect(formatBirthday('--03-14', 'en-US')).toBe('March 14');
  });

  it('round-trips through parseBirthday', () => {
    for (const value of ['1985-03-14', '--12-31', '--02-29']) {
      for (const locale of ['en-GB', 'en-US', 'fr-FR', 'es-ES', 'ru-RU', 'de-DE']) {
        expect(parseBirthday(formatBirthday(value, locale), locale, today)).toEqual({ ok: true, value, readAs: null });
      }
    }
  });
});

describe('parseBirthday in the editor', () => {
  it('reads a date only the other order makes real, and says how', () => {
    expect(parseBirthday('14/03/1985', 'en-US', today)).toEqual({ ok: true, value: '1985-03-14', readAs: 'March 14, 1985' });
    expect(parseBirthday('03/14/1985', 'fr-FR', today)).toEqual({ ok: true, value: '1985-03-14', readAs: '14 mars 1985' });
  });

  it('reads month names of any language whatever the interface language', () => {
    expect(parseBirthday('14 mars 1985', 'en-US', today)).toEqual({ ok: true, value: '1985-03-14', readAs: null });
    expect(parseBirthday('14 марта', 'de-DE', today)).toEqual({ ok: true, value: '--03-14', readAs: null });
  });

  it('follows the locale for a truly ambiguous date', () => {
    expect(parseBirthday('03/04/1985', 'en-US', today)).toEqual({ ok: true, value: '1985-03-04', readAs: null });
    expect(parseBirthday('03/04/1985', 'ru-RU', today)).toEqual({ ok: true, value: '1985-04-03', readAs: null });
  });
});

describe('birthday messages follow the interface language', () => {
  afterEach(() => useLocale.getState().choose('en'));

  it('refuses in French and Russian, with the year unbroken', () => {
    useLocale.getState().choose('fr');
    expect(parseBirthday('31/04/1985', 'fr-FR', today)).toEqual({ ok: false, error: 'Cette date n’existe pas' });
    expect(parseBirthday('1700-01-01', 'fr-FR', today)).toEqual({ ok: false, error: 'Indiquez une année après 1850' });
    useLocale.getState().choose('ru');
    expect(parseBirthday('завтра', 'ru-RU', today)).toEqual({ ok: false, error: 'Введите дату, например 14 марта 1985, или просто 14 марта' });
    expect(birthdayMessages.readAs('14 марта 1985 г.')).toBe('Прочитано как 14 марта 1985 г.');
  });
});
