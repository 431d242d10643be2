import { describe, expect, it } from 'vitest';
import { foldDateWord, monthNames, numericDateOrder, readBirthday } from '../../../shared/domain/birthday-reading.ts';

const today = new Date(2026, 10, 24); // 24 November 2026
const read = (text: string, order: 'dmy' | 'mdy' | null = 'dmy') => readBirthday(text, { order, today });
const date = (value: string, reordered = false) => ({ kind: 'date', value, reordered });

describe('readBirthday: month names in the five languages, whatever the order asked for', () => {
  it.each([
    // English
    ['14 March 1985', '1985-03-14'],
    ['March 14, 1985', '1985-03-14'],
    ['March 14th', '--03-14'],
    ['the 14th of March 1985', '1985-03-14'],
    ['3 Feb 85', '1985-02-03'],
    ['Sept 9', '--09-09'],
    // French: accents and dots optional, "1er"
    ['14 mars 1985', '1985-03-14'],
    ['14 mars', '--03-14'],
    ['3 févr. 1990', '1990-02-03'],
    ['3 fevrier 1990', '1990-02-03'],
    ['1er août', '--08-01'],
    ['15 aout 1970', '1970-08-15'],
    ['2 juil 2001', '2001-07-02'],
    // Spanish
    ['14 de marzo de 1985', '1985-03-14'],
    ['14 de marzo', '--03-14'],
    ['9 sept. 1999', '1999-09-09'],
    ['31 dic 1960', '1960-12-31'],
    // German
    ['14. März 1985', '1985-03-14'],
    ['14. Maerz 1985', null],
    ['14 Marz', '--03-14'],
    ['1. Dez.', '--12-01'],
    ['24. Juni 1975', '1975-06-24'],
    // Russian: genitive (the form used with a day), stand-alone, short, "г."
    ['14 марта 1985', '1985-03-14'],
    ['14 марта 1985 г.', '1985-03-14'],
    ['14 марта', '--03-14'],
    ['14 март', '--03-14'],
    ['9 мая', '--05-09'],
    ['1 сент. 1950', '1950-09-01'],
    ['14-го февраля', '--02-14'],
  ] as const)('%s -> %s', (text, expected) => {
    if (expected === null) expect(read(text)).toEqual({ kind: 'invalid', problem: 'unreadable' });
    else {
      expect(read(text, 'dmy')).toEqual(date(expected));
      expect(read(text, 'mdy')).toEqual(date(expected));
      expect(read(text, null)).toEqual(date(expected));
    }
  });
});

describe('readBirthday: numeric dates', () => {
  it('reads the stored and machine forms', () => {
    expect(read('1985-03-14')).toEqual(date('1985-03-14'));
    expect(read('1985-03-14T00:00:00Z')).toEqual(date('1985-03-14'));
    expect(read('19850314')).toEqual(date('1985-03-14'));
    expect(read('1985/03/14')).toEqual(date('1985-03-14'));
    expect(read('--03-14')).toEqual(date('--03-14'));
    expect(read('--0314')).toEqual(date('--03-14'));
  });

  it('reads a date only one order makes real that way, and flags it when the order asked for was the other', () => {
    expect(read('14/03/1985', 'mdy')).toEqual(date('1985-03-14', true));
    expect(read('14/03/1985', 'dmy')).toEqual(date('1985-03-14'));
    expect(read('14/03/1985', null)).toEqual(date('1985-03-14'));
    expect(read('03/14/1985', 'dmy')).toEqual(date('1985-03-14', true));
    expect(read('14.03.', 'mdy')).toEqual(date('--03-14', true));
    // 31/04 is no date, 04/31 neither: nothing to reorder.
    expect(read('31/04/1985', 'mdy')).toEqual({ kind: 'invalid', problem: 'no_such_date' });
  });

  it('follows the order for a truly ambiguous date, and says so when there is none', () => {
    expect(read('03/04/1985', 'dmy')).toEqual(date('1985-04-03'));
    expect(read('03/04/1985', 'mdy')).toEqual(date('1985-03-04'));
    expect(read('03/04/1985', null)).toEqual({ kind: 'ambiguous' });
    expect(read('05/05/1985', null)).toEqual(date('1985-05-05'));
  });

  it('reads two-digit years as the latest past one', () => {
    expect(read('14/03/85')).toEqual(date('1985-03-14'));
    expect(read('14/03/07')).toEqual(date('2007-03-14'));
  });
});

describe('readBirthday: refusals say why', () => {
  it.each([
    ['next tuesday', 'unreadable'],
    ['14 Marchember 1985', 'unreadable'],
    ['14 March May 1985', 'unreadable'],
    ['March', 'unreadable'],
    ['14/03/19850', 'unreadable'],
    ['1/2/3/4', 'unreadable'],
    ['29/02/1985', 'no_such_date'],
    ['31 April', 'no_such_date'],
    ['--02-30', 'no_such_date'],
    ['40/40/1985', 'no_such_date'],
    ['1 December 2026', 'future'],
    ['1700-01-01', 'too_old'],
  ] as const)('%s: %s', (text, problem) => {
    expect(read(text)).toEqual({ kind: 'invalid', problem });
  });

  it('treats blank text as no date', () => {
    expect(read('   ')).toEqual({ kind: 'empty' });
  });

  it('accepts a year-less 29 February', () => {
    expect(read('29/02')).toEqual(date('--02-29'));
  });
});

describe('month names', () => {
  it('come from Intl for all five languages, folded, with one month per name', () => {
    const names = monthNames();
    for (const [name, month] of [['march', 3], ['mars', 3], ['marzo', 3], ['marz', 3], ['марта', 3], ['март', 3], ['fevr', 2], ['dez', 12], ['juil', 7]] as const) {
      expect(names.get(name)).toBe(month);
    }
    // "jui" starts juin and juillet: it means neither.
    expect(names.has('jui')).toBe(false);
    expect(foldDateWord('Févr.')).toBe('fevr');
  });

  it('numeric order follows the locale', () => {
    expect(numericDateOrder('en-US')).toBe('mdy');
    expect(numericDateOrder('en-GB')).toBe('dmy');
    expect(numericDateOrder('de-DE')).toBe('dmy');
  });
});
