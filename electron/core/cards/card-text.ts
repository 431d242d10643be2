import { foldText } from '../../../shared/domain/text.ts';

/**
 * Spellings of card words as they appear in email addresses and domains: accents dropped
 * ("Hélène" → "helene"), German umlauts also as two letters ("Müller" → "muller", "mueller"),
 * Cyrillic romanized the two common ways ("Дмитрий" → "dmitriy", "dmitrii").
 */

// Written here rather than taken from a transliteration package: one table of 33 letters, and the
// two spellings people actually use in addresses (BGN-like and passport-like) matter more than
// any one standard.
const CYRILLIC: Record<string, [string, string]> = {
  а: ['a', 'a'], б: ['b', 'b'], в: ['v', 'v'], г: ['g', 'g'], д: ['d', 'd'], е: ['e', 'e'], ё: ['e', 'yo'], ж: ['zh', 'zh'],
  з: ['z', 'z'], и: ['i', 'i'], й: ['y', 'i'], к: ['k', 'k'], л: ['l', 'l'], м: ['m', 'm'], н: ['n', 'n'], о: ['o', 'o'],
  п: ['p', 'p'], р: ['r', 'r'], с: ['s', 's'], т: ['t', 't'], у: ['u', 'u'], ф: ['f', 'f'], х: ['kh', 'h'], ц: ['ts', 'c'],
  ч: ['ch', 'ch'], ш: ['sh', 'sh'], щ: ['shch', 'sch'], ъ: ['', ''], ы: ['y', 'y'], ь: ['', ''], э: ['e', 'e'], ю: ['yu', 'iu'],
  я: ['ya', 'ia'], і: ['i', 'i'], ї: ['yi', 'i'], є: ['ye', 'ie'], ґ: ['g', 'g'],
};

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

const lettersOnly = (text: string) => text.replace(/[^a-z0-9]/g, '');

/** Distinct ASCII spellings of one word (or a whole line, squashed), lower case, letters and digits only. */
export function spellingsOf(text: string): string[] {
  const lower = text.normalize('NFC').toLowerCase();
  const out = new Set<string>();
  for (const variant of [0, 1] as const) {
    const romanized = lower.replace(/[\u0400-\u04ff]/g, (letter) => CYRILLIC[letter]?.[variant] ?? '');
    out.add(lettersOnly(foldText(romanized.replace(/ß/g, 'ss'))));
    out.add(lettersOnly(foldText(romanized.replace(/[äöüß]/g, (letter) => GERMAN[letter]!))));
  }
  out.delete('');
  return [...out];
}

/** The first spelling of a text: letters and digits, accents dropped ("Hélène Lefèvre" → "helenelefevre"). */
export function squash(text: string): string {
  return spellingsOf(text)[0] ?? '';
}

/** The words of a line, each with its spellings ("Jürgen Weiß" → [[jurgen, juergen], [weiss]]). */
export function wordSpellings(text: string): string[][] {
  return text
    .split(/[\s,&/«»"“”()]+/)
    .map(spellingsOf)
    .filter((spellings) => spellings.length > 0);
}

/**
 * Two spellings of one name: equal, or long and sharing all but their last two letters
 * ("dmitry" / "dmitrii", "alexander" / "aleksandr" does not: too far).
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  const need = Math.max(4, shorter - 2);
  return a.slice(0, need) === b.slice(0, need) && Math.abs(a.length - b.length) <= 2;
}
