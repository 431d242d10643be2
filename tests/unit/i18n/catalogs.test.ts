import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ALL_CATALOGS } from '../../../renderer/i18n/all-catalogs.ts';
import { LANGUAGES } from '../../../renderer/i18n/languages.ts';

/** The placeholders a message uses, with their kind: "n:plural", "name:argument". */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) into.add(`${element.value}:argument`);
    else if (element.type === TYPE.number) into.add(`${element.value}:number`);
    else if (element.type === TYPE.date || element.type === TYPE.time) into.add(`${element.value}:date`);
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    } else if (element.type === TYPE.tag) placeholders(element.children, into);
  }
  return into;
}

describe.each(Object.entries(ALL_CATALOGS))('the %s catalogs', (_feature, catalogs) => {
  const english = catalogs.en;

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has exactly the English ids', (language) => {
    expect(Object.keys(catalogs[language]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LANGUAGES)('every %s message parses, with the same placeholders as the English one', (language) => {
    for (const [id, text] of Object.entries(catalogs[language])) {
      let ast: MessageFormatElement[];
      try {
        ast = parse(text);
      } catch (error) {
        throw new Error(`${language} ${id}: ${(error as Error).message}`);
      }
      expect([...placeholders(ast)].sort(), `${language} ${id}`).toEqual([...placeholders(parse(english[id]!))].sort());
      expect(() => new IntlMessageFormat(text, language)).not.toThrow();
    }
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s is translated, not copied (apart from names)', (language) => {
    const same = Object.entries(catalogs[language]).filter(([id, text]) => text === english[id] && /\p{L}{4,}/u.test(text) && !/^(Carnet|CSV|vCard|Import|Contacts|E-mail|Email)\b/.test(text));
    // A few words are the same in some languages ("Import" in German); most must not be.
    expect(same.length, `${language}: ${same.map(([id]) => id).join(', ')}`).toBeLessThanOrEqual(Math.ceil(Object.keys(english).length * 0.1));
  });
});
