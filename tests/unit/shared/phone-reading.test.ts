import { describe, expect, it } from 'vitest';
import { countryNameOf, readPhoneNumber } from '../../../shared/domain/phone-reading.ts';
import { toE164 } from '../../../electron/core/contacts/phone.ts';

describe('readPhoneNumber', () => {
  it('reads a French national number with France as the default country', () => {
    expect(readPhoneNumber('06 12 34 56 78', 'FR', 'en')).toEqual({
      e164: '+33612345678',
      international: '+33 6 12 34 56 78',
      national: '06 12 34 56 78',
      callingCode: '33',
      country: 'FR',
      countryName: 'France',
      usedDefaultCountry: true,
      possible: true,
      valid: true,
      problem: null,
    });
  });

  it('reads a US number with the United States as the default country', () => {
    const reading = readPhoneNumber('(415) 555-2671', 'US', 'en');
    expect(reading).toMatchObject({ e164: '+14155552671', international: '+1 415 555 2671', country: 'US', countryName: 'United States', valid: true, usedDefaultCountry: true });
  });

  it('flags a number that is not valid for its country: a French mobile read as a US number', () => {
    const reading = readPhoneNumber('06 12 34 56 78', 'US', 'en');
    expect(reading).toMatchObject({ country: 'US', possible: true, valid: false, problem: 'not_valid' });
    // Stored anyway (the length fits), so typing it again still matches it: only the screen warns.
    expect(reading?.e164).toBe('+10612345678');
  });

  it('says when a number is too short or too long, and gives no E.164 form then', () => {
    expect(readPhoneNumber('06 12 34', 'FR')).toMatchObject({ e164: null, possible: false, valid: false, problem: 'too_short' });
    expect(readPhoneNumber('06 12 34 56 78 99 99', 'FR')).toMatchObject({ e164: null, valid: false, problem: 'too_long' });
  });

  it('ignores the default country for a number written with + or 00', () => {
    for (const typed of ['+44 20 7946 0018', '0044 20 7946 0018']) {
      expect(readPhoneNumber(typed, 'FR', 'en'), typed).toMatchObject({ e164: '+442079460018', country: 'GB', countryName: 'United Kingdom', usedDefaultCountry: false, valid: true });
    }
    expect(readPhoneNumber('+33 6 12 34 56 78', 'US', 'en')).toMatchObject({ e164: '+33612345678', country: 'FR', valid: true, usedDefaultCountry: false });
  });

  it('names the country in the given language', () => {
    expect(readPhoneNumber('06 12 34 56 78', 'FR', 'de')?.countryName).toBe('Frankreich');
    expect(countryNameOf('FR', 'not a locale!')).toBe('FR');
  });

  it('reads numbers of no country (+800) without a country name', () => {
    expect(readPhoneNumber('+800 1234 5678', 'FR')).toMatchObject({ e164: '+80012345678', country: null, countryName: null, valid: true });
  });

  it('returns null when there is no number to read, and never throws on a bad default country', () => {
    for (const typed of ['', '   ', 'call me', '+', '--']) expect(readPhoneNumber(typed, 'FR'), typed).toBeNull();
    expect(() => readPhoneNumber('06 12 34 56 78', 'ZZ')).not.toThrow();
  });

  it('agrees with what the core stores (toE164)', () => {
    for (const typed of ['06 12 34 56 78', '0033 6 12 34 56 78', '(415) 555-2671', '+49 30 123456', '12', '555-0100 x23', '+1 555 555 5555']) {
      for (const country of ['FR', 'US', 'DE']) expect(readPhoneNumber(typed, country)?.e164 ?? null, `${typed} ${country}`).toBe(toE164(typed, country));
    }
  });
});
