import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { substituteCatalogsForTests, type Messages } from '../../renderer/i18n/translate.ts';

/**
 * The pseudo-locale: every catalog's English with its letters accented ("Settings" ->
 * "Ŝéţţîñĝš") and 40% longer, the room German and Russian often need. A screen rendered in it
 * still reads, but any English word on it was not taken from a catalog. Tests only.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!]),
);

export function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter]!);
}

/** The length of the literal text a message shows (its first plural/select branch counted). */
function literalLength(elements: MessageFormatElement[]): number {
  let length = 0;
  for (const element of elements) {
    if (element.type === TYPE.literal) length += element.value.length;
    else if (element.type === TYPE.plural || element.type === TYPE.select) length += literalLength(Object.values(element.options)[0]?.value ?? []);
    else if (element.type === TYPE.tag) length += literalLength(element.children);
  }
  return length;
}

/** Accents the literal text only: placeholders, plural/select keys and `#` stay as they are. */
function accentLiterals(elements: MessageFormatElement[]): void {
  for (const element of elements) {
    if (element.type === TYPE.literal) element.value = accent(element.value);
    else if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) accentLiterals(option.value);
    else if (element.type === TYPE.tag) accentLiterals(element.children);
  }
}

/** One message in the pseudo-locale: "[Ŝéţţîñĝš ~~~]", accented and padded to 140% of its text. */
export function pseudoMessage(english: string): string {
  const ast = parse(english);
  const padding = Math.ceil(literalLength(ast) * 0.4);
  accentLiterals(ast);
  // The brackets show where a message starts and ends, so a clipped or glued one is seen.
  return `[${printAST(ast)}${padding > 0 ? ` ${'~'.repeat(Math.max(padding - 1, 1))}` : ''}]`;
}

const pseudoCatalogs = new WeakMap<Messages, Messages>();

/** A feature's pseudo catalog, built once from its English catalog. */
export function pseudoCatalog(english: Messages): Messages {
  let pseudo = pseudoCatalogs.get(english);
  if (!pseudo) {
    pseudo = Object.fromEntries(Object.entries(english).map(([id, text]) => [id, pseudoMessage(text)]));
    pseudoCatalogs.set(english, pseudo);
  }
  return pseudo;
}

/** Shows the interface in the pseudo-locale until `usePseudoLocale(false)`. */
export function usePseudoLocale(on = true): void {
  substituteCatalogsForTests(on ? pseudoCatalog : null);
}
