import { foldText } from '../../../shared/domain/text.ts';

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into parts, marking where a word starts with one of the search words, compared the
 * way search does (accents and case ignored): "franc" marks "Franç" in "François".
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const words = foldText(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0 || text === '') return [{ text, match: false }];

  // Fold character by character, remembering which original character each folded one came from.
  const chars = [...text];
  let folded = '';
  const origin: number[] = [];
  chars.forEach((char, index) => {
    const f = char.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    for (const unit of f) {
      folded += unit;
      origin.push(index);
    }
  });

  const marked = new Array<boolean>(chars.length).fill(false);
  const wordStart = /(^|[^\p{L}\p{N}])([\p{L}\p{N}])/gu;
  for (const found of folded.matchAll(wordStart)) {
    const start = found.index + found[1]!.length;
    const startOffset = [...folded.slice(0, start)].length;
    for (const word of words) {
      if (!folded.startsWith(word, start)) continue;
      const length = [...word].length;
      for (let i = startOffset; i < startOffset + length; i++) marked[origin[i]!] = true;
    }
  }

  const parts: TextPart[] = [];
  chars.forEach((char, index) => {
    const match = marked[index]!;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += char;
    else parts.push({ text: char, match });
  });
  return parts;
}
