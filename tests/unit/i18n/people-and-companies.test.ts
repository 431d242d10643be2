import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../../renderer/i18n/locale-store.ts';
import { appStrings } from '../../../renderer/app/strings.ts';

afterEach(() => useLocale.getState().choose('en'));

describe('people and company cards counted apart', () => {
  it('says contacts and companies apart, leaving out an empty part', () => {
    useLocale.getState().choose('en');
    const say = appStrings.peopleAndCompanies;
    expect([say(1, 1), say(2, 0), say(0, 3), say(0, 0), say(1, 0)]).toEqual(['1 contact and 1 company', '2 contacts', '3 companies', '0 contacts', '1 contact']);
    expect(say(100_000, 1295)).toMatch(/^100.000 contacts and 1.295 companies$/);
  });

  it('follows the language, with its plural forms', () => {
    useLocale.getState().choose('ru');
    expect(appStrings.peopleAndCompanies(2, 5)).toBe('2 контакта и 5 компаний');
    useLocale.getState().choose('fr');
    expect(appStrings.peopleAndCompanies(1, 2)).toBe('1 contact et 2 entreprises');
    useLocale.getState().choose('de');
    expect(appStrings.places.trash).toBe('Papierkorb');
  });
});
