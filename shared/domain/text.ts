/** Text folding shared by sorting, matching and search highlighting. Pure, no Node or DOM. */

/** Lowercase, accents removed ("François" -> "francois"), whitespace collapsed. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Legal-form words dropped when comparing company names, so "IBM Corp." and "I.B.M." match.
 * Only whole trailing words are dropped, never letters inside a name.
 */
const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp', 'plc',
  'gmbh', 'ag', 'kg', 'ug', 'mbh', 'sa', 'sas', 'sarl', 'sasu', 'eurl', 'sl', 'slu', 'srl', 'spa', 'bv', 'nv',
  'oy', 'ab', 'as', 'aps', 'pty', 'ooo', 'zao', 'oao', 'pao', 'ип', 'ооо', 'зао', 'оао', 'пао', 'kk', 'group',
]);

/** A key under which two spellings of one company name compare equal ("I-B-M", "IBM Corp." -> "ibm"). */
export function companyKey(name: string): string {
  const words = foldText(name)
    .replace(/&/g, ' and ')
    // Dots and hyphens inside acronyms ("I.B.M.", "I-B-M") join letters rather than split words.
    .replace(/(?<=\p{L})[.-](?=\p{L})/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join('');
}

/** A key for comparing person names regardless of accents, case and spacing. */
export function personNameKey(firstName: string, lastName: string): string {
  return foldText(`${firstName} ${lastName}`).replace(/[^\p{L}\p{N} ]+/gu, '');
}

/** Emails compare case-insensitively (the local part is case-sensitive in theory, never in practice). */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

export function displayNameOf(parts: { kind: 'person' | 'company'; firstName: string; lastName: string; company: string; emails?: readonly { value: string }[]; phones?: readonly { value: string }[] }): string {
  if (parts.kind === 'company') return parts.company;
  const name = [parts.firstName, parts.lastName].filter(Boolean).join(' ');
  return name || parts.company || parts.emails?.[0]?.value || parts.phones?.[0]?.value || 'Unnamed';
}

export function initialsOf(displayName: string): string {
  const words = displayName.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const letters = words.slice(0, 2).map((word) => [...word][0]!.toUpperCase());
  return letters.join('') || '#';
}
