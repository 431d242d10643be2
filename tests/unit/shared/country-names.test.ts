import { describe, expect, it } from 'vitest';
import { countryCodeOf, foldCountryName } from '../../../shared/domain/country-names.ts';

describe('countryCodeOf', () => {
  it.each([
    // English
    ['Germany', 'DE'], ['United Kingdom', 'GB'], ['United States', 'US'], ['Russia', 'RU'], ['The Netherlands', 'NL'],
    // French, with or without accents and hyphens
    ['Allemagne', 'DE'], ['Royaume-Uni', 'GB'], ['royaume uni', 'GB'], ['États-Unis', 'US'], ['Etats Unis', 'US'], ['Espagne', 'ES'],
    // Spanish
    ['Alemania', 'DE'], ['Reino Unido', 'GB'], ['Estados Unidos', 'US'], ['España', 'ES'], ['Rusia', 'RU'],
    // Russian
    ['Германия', 'DE'], ['Великобритания', 'GB'], ['Россия', 'RU'], ['Франция', 'FR'], ['Испания', 'ES'],
    // German
    ['Deutschland', 'DE'], ['Vereinigtes Königreich', 'GB'], ['Frankreich', 'FR'], ['Spanien', 'ES'], ['Russland', 'RU'],
  ] as const)('%s -> %s', (typed, code) => {
    expect(countryCodeOf(typed)).toBe(code);
  });

  it.each([
    ['UK', 'GB'], ['U.K.', 'GB'], ['USA', 'US'], ['U.S.A.', 'US'], ['us', 'US'], ['England', 'GB'], ['Großbritannien', 'GB'],
    ['Grossbritannien', 'GB'], ['США', 'US'], ['РФ', 'RU'], ['BRD', 'DE'], ['de', 'DE'], ['FR', 'FR'], ['DEU', 'DE'], ['Holland', 'NL'],
  ] as const)('knows the code or alias %s -> %s', (typed, code) => {
    expect(countryCodeOf(typed)).toBe(code);
  });

  it('reads old codes as today’s, never as a country that no longer exists', () => {
    expect(countryCodeOf('DD')).toBe('DE');
    expect(countryCodeOf('Deutschland')).toBe('DE');
  });

  it('gives null for empty text and for what names no country', () => {
    expect(countryCodeOf('')).toBeNull();
    expect(countryCodeOf('   ')).toBeNull();
    expect(countryCodeOf('Atlantis')).toBeNull();
    expect(countryCodeOf('European Union')).toBeNull();
  });

  it('folds names the same way however they are typed', () => {
    expect(foldCountryName(' Royaume-Uni ')).toBe('royaumeuni');
    expect(foldCountryName('Großbritannien')).toBe('grossbritannien');
  });
});
