import { describe, expect, it } from 'vitest';
import { highlightParts } from '../../../renderer/features/contacts/highlight.ts';

const marked = (text: string, query: string) => highlightParts(text, query).filter((p) => p.match).map((p) => p.text);

describe('highlightParts', () => {
  it('marks the accented original for an unaccented search', () => {
    expect(highlightParts('François Lefèvre', 'franc')).toEqual([
      { text: 'Franç', match: true },
      { text: 'ois Lefèvre', match: false },
    ]);
  });

  it('marks only word starts, for every search word', () => {
    expect(marked('François Lefèvre', 'lef fra')).toEqual(['Fra', 'Lef']);
    expect(marked('Atelier Lefèvre', 'lier')).toEqual([]);
    expect(marked('Jean-Luc Picard', 'luc')).toEqual(['Luc']);
  });

  it('leaves text alone when nothing matches or the query is empty', () => {
    expect(highlightParts('Ada Lovelace', 'zz')).toEqual([{ text: 'Ada Lovelace', match: false }]);
    expect(highlightParts('Ada Lovelace', '  ')).toEqual([{ text: 'Ada Lovelace', match: false }]);
  });

  it('keeps every character, including ones outside the basic plane', () => {
    const parts = highlightParts('𝒜da 😀 Ölz', 'olz');
    expect(parts.map((p) => p.text).join('')).toBe('𝒜da 😀 Ölz');
    expect(marked('𝒜da 😀 Ölz', 'olz')).toEqual(['Ölz']);
  });
});
