/**
 * Turns what a user types in the search box into an FTS5 MATCH expression: every word must match
 * as a prefix ("fra lef" finds "François Lefèvre"). Words are quoted so FTS5 operators and
 * punctuation in user input (AND, NEAR, quotes, colons) are searched as text, never parsed.
 * Returns null when the input holds nothing searchable.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' ');
}
