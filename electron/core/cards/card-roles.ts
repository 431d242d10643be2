import { BUSINESS_WORDS, LEGAL_FORMS, TITLE_WORDS } from './card-patterns.ts';
import { sameWord, wordSpellings } from './card-text.ts';

/**
 * Which of a card's remaining lines (not an email, phone, website or address) is the person's
 * name, which the company and which the job title. Person and company often share a word
 * ("Daniel Kim" at "Kim Digital", kim@kimdigital.example), so no single clue decides: each line
 * gets a person score and a company score from all the evidence, and the pair (name, company)
 * with the best total wins.
 *
 * Person evidence: the shape of a name, the email's local part spelling first and last name
 * (daniel.kim, dkim, kimd), the line's height among the name-shaped lines, a job title right
 * above or below it. Company evidence: a legal form (GmbH, SARL, ООО), business words (Digital,
 * Studio, Consulting), the email or website domain spelled out by the line, an ALL-CAPS logo.
 * Each kind counts against the other: a line the email spells as first + last name is not the
 * company, a line with a legal form is not the person.
 */

export interface RoleLine {
  text: string;
  /** Position among all the card's lines, top to bottom. */
  index: number;
  height: number;
  confidence: number;
}

export interface RolePick<L> {
  line: L;
  certainty: number;
}

export interface Roles<L> {
  name: RolePick<L> | null;
  company: RolePick<L> | null;
  title: RolePick<L> | null;
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|d[eiu]|de la|van|von|der|del|da|le|la|y|al|bin|ibn)$/u;
const HONORIFIC = /^(?:dr|mr|mrs|ms|mme|mlle|m|prof|herr|frau|sr|sra|srta|dott|ing|dipl)\.?$/i;

/** Local parts that name a mailbox, not a person. */
const GENERIC_LOCAL = /^(?:info|hello|hi|contact|office|mail|email|sales|admin|team|support|kontakt|bonjour|hola|studio|post|enquiries|inquiries|welcome|jobs|press|service|booking|bureau)$/;

/** Rough "is this a person's name" shape: 2-4 capitalised words, no digits or symbols. */
export function nameShape(text: string): number {
  if (/[\d@/:|&+«»"]/.test(text)) return 0;
  const words = text.split(/\s+/).filter((word) => !HONORIFIC.test(word));
  if (words.length < 2 || words.length > 4) return words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') ? 0.2 : 0;
  if (!words.every((word) => NAME_WORD.test(word))) return 0;
  if (words.every((word) => word === word.toUpperCase() && word.length > 1)) return 0.5; // ALL CAPS: often a logo
  return 1;
}

const matchesWord = (token: string, word: string[]) => word.some((spelling) => sameWord(token, spelling));
const startsWord = (token: string, word: string[]) => word.some((spelling) => spelling.startsWith(token));

/**
 * How the email's local part spells a person on this line: 1 for first and last name in any of
 * the usual forms (daniel.kim, d.kim, dkim, danielk, kimdaniel), 0.6 for one word of the line alone
 * (kim@, daniel@: as true of "Kim Digital" as of "Daniel Kim"), 0 otherwise or for info@, hello@.
 */
export function localPartSpells(text: string, emails: string[]): number {
  const words = wordSpellings(text).filter((word) => word.some((spelling) => spelling.length >= 2));
  let best = 0;
  for (const email of emails) {
    const local = (email.split('@')[0] ?? '').toLowerCase();
    if (GENERIC_LOCAL.test(local)) continue;
    const tokens = local.split(/[._+-]+|\d+/).filter(Boolean);
    if (tokens.length >= 2) {
      // d.kim, daniel.kim, kim.daniel: every token a word or an initial, at least one a whole word;
      // with an initial the words keep their order (d.kim is Daniel Kim, not Kim Digital).
      const at: number[] = [];
      for (const token of tokens) {
        const index = words.findIndex((word, i) => !at.includes(i) && (token.length === 1 ? startsWord(token, word) : matchesWord(token, word)));
        if (index < 0) break;
        at.push(index);
      }
      const whole = tokens.filter((token) => token.length > 1).length;
      const ordered = at.every((index, i) => i === 0 || index > at[i - 1]!);
      if (at.length === tokens.length && whole >= 1 && (whole === tokens.length || ordered)) best = Math.max(best, 1);
      else if (tokens.some((token) => token.length > 1 && words.some((word) => matchesWord(token, word)))) best = Math.max(best, 0.6);
      continue;
    }
    const token = tokens[0] ?? '';
    if (token.length < 2) continue;
    // danielkim, kimdaniel, dkim, danielk: an initial only from the earlier word (dkim is not Kim Digital).
    const twoWords = words.some((a, i) =>
      words.some((b, j) => i !== j && a.some((x) => b.some((y) => token === x + y || (i < j && (token === x + y[0] || (token[0] === x[0] && sameWord(token.slice(1), y))))))),
    );
    if (twoWords) best = Math.max(best, 1);
    else if (words.some((word) => matchesWord(token, word))) best = Math.max(best, 0.6);
  }
  return best;
}

/**
 * How much of a domain the line spells, 0..1: its words in order, each whole, cut to a prefix of
 * 3+ letters, or as an initial, words skipped allowed ("Herrera Arquitectos" spells herrera-arq,
 * "Boulangeries Dupré SARL" spells dupre, "Daniel Kim" only the kim of kimdigital).
 */
export function domainSpelled(text: string, hosts: string[]): number {
  const words = wordSpellings(text);
  let best = 0;
  for (const host of hosts) {
    const labels = host.toLowerCase().split('.');
    const roots = [labels.slice(0, -1).join('')];
    // kim.digital: the top-level domain can be part of the name.
    if (labels.length >= 2 && labels[labels.length - 1]!.length > 3 && !/^(?:com|net|org|info|example)$/.test(labels[labels.length - 1]!)) roots.push(labels.join(''));
    for (const root of roots.map((r) => r.replace(/[^a-z0-9]/g, '')).filter((r) => r.length >= 3)) {
      best = Math.max(best, spelledPrefix(root, words) / root.length);
    }
  }
  return best;
}

/** Longest start of `root` written by the words in order (a tiny search: a card line has few words). */
function spelledPrefix(root: string, words: string[][]): number {
  const memo = new Map<number, number>();
  const from = (at: number, next: number): number => {
    if (at === root.length || next === words.length) return at;
    const key = at * 100 + next;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let best = at;
    for (let k = next; k < words.length; k++) {
      for (const spelling of words[k]!) {
        let common = 0;
        while (common < spelling.length && at + common < root.length && spelling[common] === root[at + common]) common++;
        for (let length = common; length >= 1; length--) {
          if (length === spelling.length || length >= 3 || length === 1) best = Math.max(best, from(at + length, k + 1));
        }
      }
    }
    memo.set(key, best);
    return best;
  };
  return from(0, 0);
}

const isAllCaps = (text: string) => /\p{Lu}{3,}/u.test(text) && text === text.toUpperCase() && !/\d/.test(text);

/** Assigns name, company and title among the lines left once emails, phones, websites and addresses are taken. */
export function assignRoles<L extends RoleLine>(lines: L[], evidence: { emails: string[]; hosts: string[] }): Roles<L> {
  const titleLines = lines.filter((line) => TITLE_WORDS.test(line.text) && !LEGAL_FORMS.test(line.text));
  const nameShaped = lines.filter((line) => nameShape(line.text) > 0);
  const tallest = Math.max(1, ...nameShaped.map((line) => line.height));

  const scored = lines.map((line) => {
    const shape = nameShape(line.text);
    const local = localPartSpells(line.text, evidence.emails);
    const domain = domainSpelled(line.text, evidence.hosts);
    const form = LEGAL_FORMS.test(line.text);
    const business = BUSINESS_WORDS.test(line.text);
    const title = TITLE_WORDS.test(line.text);
    const besideTitle = titleLines.some((t) => t !== line && Math.abs(t.index - line.index) === 1);

    let person = 0;
    if (shape > 0 && !(title && local === 0) && !form) {
      person = shape * (0.45 + 0.25 * (line.height / tallest)) + 0.35 * local + (besideTitle ? 0.15 : 0) - (business ? 0.35 : 0);
    }
    const byDomain = domain >= 0.85 ? 0.85 : domain >= 0.5 ? 0.6 : 0;
    const byWords = business ? (title ? 0.3 : 0.7) : 0;
    const byForm = form ? 0.9 : 0;
    const byLogo = isAllCaps(line.text) && !title ? 0.55 : 0;
    let company = Math.max(byDomain, byForm, byWords, byLogo, byDomain && (byForm || byWords) ? 0.95 : 0);
    // The email spells this line as first + last name: a person, whatever the domain says.
    if (local === 1) company -= 0.4;
    return { line, person, company: Math.max(0, company) };
  });

  // The best pair: the same line can be the best name and the best company, never both.
  let best = { total: 0, name: null as (typeof scored)[number] | null, company: null as (typeof scored)[number] | null };
  const options = [null, ...scored];
  for (const name of options) {
    if (name && name.person < 0.1) continue;
    for (const company of options) {
      if (company && (company === name || company.company < 0.4)) continue;
      const total = (name?.person ?? 0) + (company?.company ?? 0);
      if (total > best.total) best = { total, name, company };
    }
  }

  const nameLine = best.name?.line ?? null;
  const runnerUp = Math.max(0, ...scored.filter((s) => s !== best.name && s !== best.company).map((s) => s.person));
  // A close second candidate makes the pick less sure: the review screen should flag it.
  const name = best.name ? { line: best.name.line, certainty: Math.min(1, best.name.person) * (best.name.person - runnerUp < 0.15 ? 0.8 : 1) } : null;
  let company = best.company ? { line: best.company.line, certainty: Math.min(1, best.company.company) } : null;

  let title: RolePick<L> | null = null;
  for (const line of titleLines) {
    if (line === nameLine || line === company?.line) continue;
    const gap = nameLine ? Math.abs(line.index - nameLine.index) : 3;
    const certainty = gap <= 1 ? 0.9 : gap <= 3 ? 0.75 : 0.6;
    if (certainty > (title?.certainty ?? 0)) title = { line, certainty };
  }

  // No company clue anywhere: the line right after the title is often the company.
  if (!company && title) {
    const afterTitle = lines.find((line) => line.index === title.line.index + 1 && line !== nameLine && !/\d/.test(line.text) && line.confidence >= 0.5 && (line.text.match(/\p{L}/gu) ?? []).length >= 3);
    if (afterTitle) company = { line: afterTitle, certainty: 0.45 };
  }
  return { name, company, title };
}

/** Splits a name line into first and last name, honorifics dropped ("Dr. Avery Smith" → Avery / Smith). */
export function splitName(text: string): { firstName: string; lastName: string } {
  const words = text.split(/\s+/).filter((word) => word && !HONORIFIC.test(word));
  const lastName = words.length > 1 ? words.pop()! : '';
  return { firstName: words.join(' '), lastName };
}

