import { parse } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ALL_CATALOGS } from '../../../renderer/i18n/all-catalogs.ts';
import { accent, pseudoMessage } from '../../helpers/pseudo-locale.ts';

describe('the pseudo-locale', () => {
  it('accents letters and keeps placeholders, plural keys and # as they are', () => {
    expect(accent('Settings')).toBe('Šéţţîñĝš');
    const pseudo = pseudoMessage('{n, plural, one {# contact} other {# contacts}} in {name}');
    expect(new IntlMessageFormat(pseudo, 'en').format({ n: 2, name: 'Work' })).toBe('[2 çöñţåçţš îñ Work ~~~~]');
    expect(new IntlMessageFormat(pseudo, 'en').format({ n: 1, name: 'Work' })).toMatch(/^\[1 çöñţåçţ îñ Work/);
  });

  it('keeps quoted apostrophes and braces literal', () => {
    expect(new IntlMessageFormat(pseudoMessage("Carnet's '{braces}'"), 'en').format()).toMatch(/^\[Çåŕñéţ'š \{ƀŕåçéš\} ~+\]$/);
  });

  it('makes every catalog message at least 40% longer and still valid ICU', () => {
    for (const catalogs of Object.values(ALL_CATALOGS)) {
      for (const [id, english] of Object.entries(catalogs.en)) {
        const pseudo = pseudoMessage(english);
        expect(() => parse(pseudo), id).not.toThrow();
        const shown = (text: string) => String(new IntlMessageFormat(text, 'en').format(Object.fromEntries(['n', 'count', 'min', 'contacts', 'companies', 'from'].map((k) => [k, 2]))));
        if (!/\{[^}]*\}/.test(english)) expect(shown(pseudo).length, id).toBeGreaterThanOrEqual(Math.floor(shown(english).length * 1.4));
      }
    }
  });
});
