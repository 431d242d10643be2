import { describe, expect, it } from 'vitest';
import { inferDateOrder, readDate, splitFullName, splitMultiValue, splitTags } from '../../../electron/core/import/csv/values.ts';

describe('readDate', () => {
  it.each([
    ['1980-04-03', null, '1980-04-03'],
    ['1980-04-03T00:00:00Z', null, '1980-04-03'],
    ['19800403', null, '1980-04-03'],
    ['--04-12', null, '--04-12'],
    ['--0229', null, '--02-29'],
    ['3/14/1975', 'mdy', '1975-03-14'],
    ['3/14/1975', null, '1975-03-14'], // 14 cannot be a month
    ['25.12.1979', null, '1979-12-25'],
    ['03/04/1985', 'dmy', '1985-04-03'],
    ['03/04/1985', 'mdy', '1985-03-04'],
    ['12 March 1980', null, '1980-03-12'],
    ['March 12, 1980', null, '1980-03-12'],
    // The contact editor's reader: month names of Carnet's five languages.
    ['12 mars 1980', null, '1980-03-12'],
    ['12 de marzo de 1980', null, '1980-03-12'],
    ['12. März 1980', null, '1980-03-12'],
    ['12 марта 1980', null, '1980-03-12'],
  ] as const)('%s (%s) -> %s', (raw, order, expected) => {
    expect(readDate(raw, order)).toEqual({ kind: 'date', value: expected });
  });

  it('treats Outlook empty dates as no date', () => {
    expect(readDate('0/0/00', 'mdy')).toEqual({ kind: 'empty' });
    expect(readDate('', null)).toEqual({ kind: 'empty' });
  });

  it('never guesses an ambiguous day/month', () => {
    expect(readDate('03/04/1985', null)).toEqual({ kind: 'ambiguous' });
  });

  it('rejects dates that do not exist', () => {
    expect(readDate('2/30/1980', 'mdy')).toEqual({ kind: 'invalid' });
    expect(readDate('--02-30', null)).toEqual({ kind: 'invalid' });
    expect(readDate('next tuesday', null)).toEqual({ kind: 'invalid' });
  });
});

describe('inferDateOrder', () => {
  it('a day above 12 decides', () => {
    expect(inferDateOrder(['03/04/1985', '25/12/1979'])).toMatchObject({ order: 'dmy', ambiguous: false });
    expect(inferDateOrder(['03/04/1985', '12/25/1979', '0/0/00'])).toMatchObject({ order: 'mdy', ambiguous: false });
  });

  it('says when the column cannot tell, with examples', () => {
    expect(inferDateOrder(['03/04/1985', '1980-01-01', '05.06.1990'])).toEqual({ order: null, ambiguous: true, examples: ['03/04/1985', '05.06.1990'] });
  });

  it('contradicting values are ambiguous too', () => {
    expect(inferDateOrder(['25/12/1979', '12/25/1979'])).toMatchObject({ order: null, ambiguous: true });
  });

  it('ISO-only columns need no answer', () => {
    expect(inferDateOrder(['1980-01-01', '--04-12'])).toEqual({ order: null, ambiguous: false, examples: [] });
  });
});

describe('multi-values and tags', () => {
  it('splits Google " ::: " cells', () => {
    expect(splitMultiValue('a@example.com ::: b@example.com')).toEqual(['a@example.com', 'b@example.com']);
  });

  it('drops Google system labels and splits Outlook categories', () => {
    expect(splitTags('* myContacts ::: Friends ::: * starred')).toEqual(['Friends']);
    expect(splitTags('* My Contacts ::: Test')).toEqual(['Test']);
    expect(splitTags('Clients;VIP; clients')).toEqual(['Clients', 'VIP']);
    expect(splitTags('influencer, developer')).toEqual(['influencer', 'developer']);
  });

  it('splits full names', () => {
    expect(splitFullName('Doe, John')).toEqual({ firstName: 'John', lastName: 'Doe' });
    expect(splitFullName('John Q. Doe')).toEqual({ firstName: 'John Q.', lastName: 'Doe' });
    expect(splitFullName('Cher')).toEqual({ firstName: 'Cher', lastName: '' });
  });
});
