import { companyKey, foldText } from './text.ts';

/** The name parts two records are compared on: a person's first and last name, or a company card's name. */
export interface NamedRecord {
  kind: 'person' | 'company';
  firstName: string;
  lastName: string;
  company: string;
}

/**
 * The words of a person's name, folded: case and accents ignored, apostrophes dropped ("O'Brien"
 * -> "obrien"), other punctuation splits words ("Jean-Pierre" -> "jean pierre", "J.P." -> "j p").
 */
export function nameWords(firstName: string, lastName: string): string[] {
  return foldText(`${firstName} ${lastName}`)
    .replace(/['’ʼ`]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether two records can be the same person by their names. A shared email or phone is evidence,
 * not identity (a switchboard, an info@ mailbox, a couple's home number): an import only merges a
 * row into a contact that shares a key when their names agree. Names agree when one side has no
 * name, or every word of the shorter name finds its own word in the longer one, equal or as an
 * initial ("B." and "Bob"); so "Alice" / "Alice Martin", "Bob J. Durand" / "Bob Durand" and
 * "M. Curie" / "Marie Curie" agree, while "Bob" / "Robert" and "Alice Martin" / "Bob Durand" do
 * not. Word order is ignored: exports swap first and last names often enough.
 *
 * Hand-written: name-matching libraries score similarity (Jaro-Winkler and friends), which would
 * make "Jean Martin" and "Jeanne Martin" agree; this rule must be exact and explainable.
 */
export function namesAgree(a: NamedRecord, b: NamedRecord): boolean {
  if (a.kind !== b.kind) return isNameless(a) || isNameless(b);
  if (a.kind === 'company') return companiesAgree(a.company, b.company);
  const left = nameWords(a.firstName, a.lastName);
  const right = nameWords(b.firstName, b.lastName);
  if (left.length === 0 || right.length === 0) return true;
  return left.length <= right.length ? wordsFitInto(left, right) : wordsFitInto(right, left);
}

function isNameless(record: NamedRecord): boolean {
  return record.kind === 'company' ? companyKey(record.company) === '' : nameWords(record.firstName, record.lastName).length === 0;
}

function companiesAgree(a: string, b: string): boolean {
  const left = companyKey(a);
  const right = companyKey(b);
  if (left === '' || right === '') return true;
  return left === right;
}

/**
 * Every word of `shorter` takes a distinct word of `longer`: whole words first, so an initial
 * does not take the word another whole word needs ("M. Martin" in "Martin Martinez").
 */
function wordsFitInto(shorter: readonly string[], longer: readonly string[]): boolean {
  const free = [...longer];
  const initials: string[] = [];
  for (const word of shorter) {
    const at = free.indexOf(word);
    if (at >= 0) free.splice(at, 1);
    else initials.push(word);
  }
  for (const word of initials) {
    const at = free.findIndex((other) => isInitialOf(word, other) || isInitialOf(other, word));
    if (at < 0) return false;
    free.splice(at, 1);
  }
  return true;
}

/** "b" is the initial of "bob" (a one-letter word stands for any word it begins). */
function isInitialOf(initial: string, word: string): boolean {
  return [...initial].length === 1 && word.startsWith(initial);
}
