import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../renderer/app/error-message.ts';
import { coreSentence } from '../../../renderer/i18n/core-sentences.ts';
import { LANGUAGES } from '../../../renderer/i18n/languages.ts';
import { useLocale } from '../../../renderer/i18n/locale-store.ts';
import { CORE_CATALOGS, CORE_ENGLISH, type CoreMessageId } from '../../../shared/messages/catalogs.ts';
import { coreMessage, englishText, followedBy, type MessageParams } from '../../../shared/messages/core-text.ts';
import { CarnetError } from '../../../shared/errors.ts';

afterEach(() => useLocale.getState().choose('en'));

/** Values for every placeholder of a message, with each select set to `choice` (a key it has, or "other"). */
function sampleParams(elements: MessageFormatElement[], choice: (options: string[]) => string, into: Record<string, string | number> = {}): Record<string, string | number> {
  for (const element of elements) {
    if (element.type === TYPE.argument) into[element.value] ??= `«${element.value}»`;
    else if (element.type === TYPE.number) into[element.value] = 3;
    else if (element.type === TYPE.plural) {
      into[element.value] = 3;
      for (const option of Object.values(element.options)) sampleParams(option.value, choice, into);
    } else if (element.type === TYPE.select) {
      into[element.value] = choice(Object.keys(element.options));
      for (const option of Object.values(element.options)) sampleParams(option.value, choice, into);
    }
  }
  return into;
}

/** Every way a message's selects can be chosen, one key at a time (enough to render each branch). */
function paramSets(english: string): MessageParams[] {
  const ast = parse(english);
  const keys = new Set<string>();
  const collect = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.select) Object.keys(element.options).forEach((key) => keys.add(key));
      if (element.type === TYPE.select || element.type === TYPE.plural) Object.values(element.options).forEach((option) => collect(option.value));
    }
  };
  collect(ast);
  return [...keys, 'other'].map((key) => sampleParams(ast, (options) => (options.includes(key) ? key : 'other')));
}

const areas = Object.values(CORE_CATALOGS);

describe('core messages', () => {
  it.each(Object.keys(CORE_ENGLISH))('%s renders in every language with its values', (id) => {
    const area = areas.find((catalogs) => id in catalogs.en)!;
    for (const params of paramSets(CORE_ENGLISH[id as CoreMessageId])) {
      for (const language of LANGUAGES) {
        const text = String(new IntlMessageFormat((area[language] as Record<string, string>)[id]!, language).format(params));
        expect(text.trim(), `${language} ${id}`).not.toBe('');
        // Every value given shows up or was a choice: no "{name}" left, no value lost.
        expect(text, `${language} ${id}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('the English text is what the CLI prints, the same sentence as before the ids', () => {
    expect(englishText('error.contactNotFound', { id: 'abc' })).toBe('No contact with id abc');
    expect(englishText('import.note.blankLines', { count: 1 })).toBe('1 blank line skipped');
    expect(englishText('import.note.blankLines', { count: 2 })).toBe('2 blank lines skipped');
    expect(englishText('error.trashNotFound', { ids: 'a, b, c', more: 2 })).toBe('No contact in the trash with id a, b, c and 2 more. Nothing was changed.');
    expect(englishText('error.trashNotFound', { ids: 'a', more: 0 })).toBe('No contact in the trash with id a. Nothing was changed.');
    expect(englishText('error.couldNotWrite', { target: '/x', reason: 'diskFull', detail: 'ENOSPC' })).toBe('Could not write /x: the disk is full');
    expect(englishText('error.couldNotWrite', { target: '/x', reason: 'other', detail: 'EBUSY: busy' })).toBe('Could not write /x: EBUSY: busy');
  });

  it('a CarnetError keeps its id, values and second sentence across the payload (IPC, HTTP, workers)', () => {
    const error = new CarnetError('invalid_input', followedBy(coreMessage('backup.wrongPassphrase', { fileName: 'a.carnetbackup' }), coreMessage('error.restoreNothingChanged')));
    expect(error.message).toBe('The passphrase is wrong for a.carnetbackup. Check it and try again (passphrases are case-sensitive). Nothing was restored; your current data is unchanged.');
    const back = CarnetError.fromPayload(JSON.parse(JSON.stringify(error.toPayload())));
    expect(back.said).toEqual(error.said);
    useLocale.getState().choose('fr');
    expect(errorMessage(back)).toBe('La phrase secrète est fausse pour a.carnetbackup. Vérifiez-la et réessayez (les majuscules comptent). Rien n’a été restauré\u00A0; vos données actuelles sont inchangées.');
  });

  it('are said in the interface language, with Russian plurals', () => {
    useLocale.getState().choose('ru');
    const said = (count: number) => coreSentence(coreMessage('import.note.blankLines', { count }));
    expect([1, 2, 5, 21].map(said)).toEqual(['Пропущена 1 пустая строка', 'Пропущены 2 пустые строки', 'Пропущено 5 пустых строк', 'Пропущена 21 пустая строка']);
    useLocale.getState().choose('de');
    expect(errorMessage(new CarnetError('not_found', coreMessage('error.restoreNoUndo')))).toBe('Es gibt keine Wiederherstellung, die rückgängig gemacht werden kann.');
  });

  it('say a part that is a core message itself in the same language', () => {
    const warning = coreMessage('import.warning.vcardPhoto', { what: 'photo', line: 7, name: 'Ann Lee', reason: coreMessage('image.notBase64') });
    expect(warning.text).toBe('Line 7 (Ann Lee): the photo is not valid base64; photo skipped.');
    useLocale.getState().choose('fr');
    expect(coreSentence(JSON.parse(JSON.stringify(warning)))).toBe('Ligne 7 (Ann Lee)\u00A0: photo inutilisable (ce n’est pas du base64 valide)\u00A0; photo ignorée.');
  });

  it('fall back to the English the core wrote for a sentence without an id, or with an id this renderer does not know', () => {
    useLocale.getState().choose('fr');
    expect(errorMessage(new CarnetError('conflict', 'A plain sentence from a newer feature'))).toBe('A plain sentence from a newer feature');
    expect(coreSentence({ text: 'From a newer core', id: 'error.notYetKnown', params: { x: 1 } })).toBe('From a newer core');
    // A value missing (a core of another version): the English text is still right.
    expect(coreSentence({ text: 'No contact with id ?', id: 'error.contactNotFound' })).toBe('No contact with id ?');
  });
});
