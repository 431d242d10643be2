import { describe, expect, it } from 'vitest';
import { companyKey, displayNameOf, foldText, initialsOf } from '../../../shared/domain/text.ts';
import { toFtsQuery } from '../../../electron/core/contacts/search-query.ts';
import { toE164 } from '../../../electron/core/contacts/phone.ts';
import { dataFlagFrom, resolveDataDir } from '../../../electron/core/data-dir.ts';
import { birthdaySchema } from '../../../shared/contract/contacts.ts';

describe('text folding', () => {
  it('folds accents and case', () => {
    expect(foldText('  François   LEFÈVRE ')).toBe('francois lefevre');
    expect(foldText('Ærøskøbing')).toBe('ærøskøbing'); // letters that are not accents stay
  });
  it('compares company names normalized', () => {
    const ibm = companyKey('IBM');
    for (const name of ['I.B.M.', 'I-B-M', 'IBM Corp.', 'ibm corporation', 'IBM, Inc.']) expect(companyKey(name), name).toBe(ibm);
    expect(companyKey('Société Générale SA')).toBe(companyKey('societe generale'));
    expect(companyKey('Acme')).not.toBe(companyKey('Acne'));
    expect(companyKey('Corp')).toBe('corp'); // a name that is only a suffix is kept
  });
  it('builds display names and initials', () => {
    expect(displayNameOf({ kind: 'person', firstName: 'Ana', lastName: '', company: 'X' })).toBe('Ana');
    expect(displayNameOf({ kind: 'person', firstName: '', lastName: '', company: 'Acme' })).toBe('Acme');
    expect(displayNameOf({ kind: 'person', firstName: '', lastName: '', company: '', emails: [{ value: 'a@b.co' }] })).toBe('a@b.co');
    expect(initialsOf('élodie martin')).toBe('ÉM');
    expect(initialsOf('+33 6 12')).toBe('#');
  });
});

describe('toFtsQuery', () => {
  it('makes every word a quoted prefix', () => {
    expect(toFtsQuery('fra lef')).toBe('"fra"* "lef"*');
    expect(toFtsQuery('ana@example.com')).toBe('"ana"* "example"* "com"*');
  });
  it('neutralizes FTS syntax and empty input', () => {
    expect(toFtsQuery('   ')).toBeNull();
    expect(toFtsQuery('"*()')).toBeNull();
    expect(toFtsQuery('NEAR(a b)')).toBe('"NEAR"* "a"* "b"*');
  });
  it('also searches a phone-like input as one run of digits in the phones', () => {
    expect(toFtsQuery('+33 6 98 76')).toBe('("33"* "6"* "98"* "76"*) OR phones : "3369876"*');
    expect(toFtsQuery('(415) 555-1234')).toBe('("415"* "555"* "1234"*) OR phones : "4155551234"*');
    expect(toFtsQuery('0033 6 1')).toBe('("0033"* "6"* "1"*) OR phones : "003361"* OR phones : "3361"*');
    expect(toFtsQuery('５５５１２３４')).toBe('"5551234"*'); // one word already is the run (full-width digits folded)
    expect(toFtsQuery('06 1')).toBe('"06"* "1"*'); // fewer than 4 digits: words only
    expect(toFtsQuery('ana 5678')).toBe('"ana"* "5678"*'); // not a phone number: words only
  });
});

describe('phones', () => {
  it('normalizes with the default country and keeps international numbers', () => {
    expect(toE164('06 12 34 56 78', 'FR')).toBe('+33612345678');
    expect(toE164('0033 6 12 34 56 78', 'US')).toBe('+33612345678');
    expect(toE164('(415) 555-2671', 'US')).toBe('+14155552671');
    expect(toE164('+49 30 123456', 'FR')).toBe('+4930123456');
    expect(toE164('12', 'FR')).toBeNull();
    expect(toE164('call me', 'FR')).toBeNull();
  });
});

describe('birthdays', () => {
  it('accepts full and year-less dates that exist', () => {
    for (const value of ['1980-09-21', '--02-29', '--12-31', '2000-02-29']) expect(birthdaySchema.safeParse(value).success, value).toBe(true);
    for (const value of ['1981-02-29', '--02-30', '--13-01', '1980-9-21', '21/09/1980', '']) expect(birthdaySchema.safeParse(value).success, value).toBe(false);
  });
});

describe('data folder', () => {
  const base = { env: {}, platform: 'linux' as const, homeDir: '/home/ana' };
  it('prefers --data, then CARNET_DATA_DIR, then the platform folder', () => {
    expect(resolveDataDir({ ...base, flag: '/tmp/x' })).toBe('/tmp/x');
    expect(resolveDataDir({ ...base, env: { CARNET_DATA_DIR: '/srv/carnet' } })).toBe('/srv/carnet');
    expect(resolveDataDir(base)).toBe('/home/ana/.config/Carnet');
    expect(resolveDataDir({ ...base, env: { XDG_CONFIG_HOME: '/cfg' } })).toBe('/cfg/Carnet');
    expect(resolveDataDir({ ...base, platform: 'darwin' })).toBe('/home/ana/Library/Application Support/Carnet');
    expect(resolveDataDir({ ...base, env: { PORTABLE_EXECUTABLE_DIR: '/media/usb' }, platform: 'win32' })).toMatch(/CarnetData$/);
  });
  it('reads --data in both spellings', () => {
    expect(dataFlagFrom(['serve', '--data', '/d'])).toBe('/d');
    expect(dataFlagFrom(['--data=/e', 'serve'])).toBe('/e');
    expect(dataFlagFrom(['serve'])).toBeUndefined();
  });
});
