import type { CountryCode } from 'libphonenumber-js';
import type { ContactInput } from '../../../shared/contract/contacts.ts';
import { foldText } from '../../../shared/domain/text.ts';
import { BUSINESS_WORDS, LEGAL_FORMS, findBrokenEmail, findEmails, findPhones, findWebsites, hostOf, looksLikeAddress, parseAddress, TITLE_WORDS } from './card-patterns.ts';
import type { OcrLine } from './ocr-engine.ts';

/** A contact drafted from a card's text, with how sure Carnet is of each field (0..1). */
export interface CardDraft {
  fields: ContactInput & { firstName: string; lastName: string; company: string; title: string };
  /** Keys: firstName, lastName, company, title, `emails.0`, `phones.1`, `websites.0`, `addresses.0`. */
  confidence: Record<string, number>;
  /** The text lines the draft was built from, top to bottom (shown beside the photo). */
  text: string[];
}

interface Line extends OcrLine {
  height: number;
  index: number;
  used: boolean;
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|d[eiu]|de la|van|von|der|del|da|le|la|y|al|bin|ibn)$/u;
const HONORIFIC = /^(?:dr|mr|mrs|ms|mme|mlle|m|prof|herr|frau|sr|sra|srta|dott|ing|dipl)\.?$/i;

/** Rough "is this a person's name" shape: 2-4 capitalised words, no digits or symbols. */
function nameShape(text: string): number {
  if (/[\d@/:|&+]/.test(text)) return 0;
  const words = text.split(/\s+/).filter((word) => !HONORIFIC.test(word));
  if (words.length < 2 || words.length > 4) return words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') ? 0.2 : 0;
  if (!words.every((word) => NAME_WORD.test(word))) return 0;
  if (words.every((word) => word === word.toUpperCase() && word.length > 1)) return 0.5; // ALL CAPS: often a logo
  return 1;
}

/** Letters of a text, folded: "Hélène Lefèvre" → "helenelefevre". */
const squash = (text: string) => foldText(text).replace(/[^a-z0-9]/g, '');

/** How much a name line agrees with the email's local part (olivia.bennett@ ↔ Olivia Bennett). */
function emailAgreement(name: string, emails: string[]): number {
  const words = foldText(name).split(/\s+/).map(squash).filter((w) => w.length >= 2);
  let best = 0;
  for (const email of emails) {
    const local = squash(email.split('@')[0] ?? '');
    const hits = words.filter((word) => local.includes(word) || (word.length >= 3 && local.startsWith(word[0]!) && local.endsWith(word))).length;
    best = Math.max(best, words.length ? hits / words.length : 0);
  }
  return best;
}

/** Does a line name the company the email/website domain belongs to (contoso.com ↔ "Contoso")? */
function domainAgreement(text: string, hosts: string[]): number {
  const line = squash(text);
  const first = squash(text.split(/\s+/)[0] ?? '');
  if (line.length < 3) return 0;
  for (const host of hosts) {
    const root = squash(host.split('.').slice(0, -1).join(''));
    if (root.length < 3) continue;
    if (root === line || root.includes(line) || line.includes(root)) return 1;
    if (first.length >= 4 && root.startsWith(first)) return 0.8;
  }
  return 0;
}

/** Levenshtein distance, for reconciling an email domain with the website's (OCR slips). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

const round = (value: number) => Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;

/** Drops OCR debris: stray punctuation at the ends, lines with almost no letters or digits. */
function cleanLines(lines: OcrLine[]): Line[] {
  const out: Line[] = [];
  lines.forEach((line, index) => {
    const text = line.text.replace(/^[^\p{L}\p{N}+(]+/u, '').replace(/[^\p{L}\p{N})./]+$/u, '').replace(/\s+/g, ' ').trim();
    const useful = (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
    if (useful < 2 || (line.confidence < 0.35 && useful < 6)) return;
    out.push({ ...line, text, height: line.box.bottom - line.box.top, index, used: false });
  });
  return out;
}

/**
 * Turns OCR lines into a draft contact. Emails, websites and phones come from patterns; name,
 * title and company from the layout: the name is the tallest name-shaped line (or the one the
 * email spells), the title the title-worded line near it, the company the line with a company form
 * or the email's domain.
 */
export function draftFromOcr(ocrLines: OcrLine[], country: CountryCode): CardDraft {
  const lines = cleanLines(ocrLines);
  const confidence: Record<string, number> = {};
  const emails: { value: string; conf: number }[] = [];
  const websites: { value: string; conf: number }[] = [];
  const phones: { value: string; label: string; conf: number }[] = [];

  for (const line of lines) {
    const found = findEmails(line.text);
    for (const value of found) if (!emails.some((e) => e.value === value)) emails.push({ value, conf: line.confidence });
    if (found.length) line.used = true;
  }
  if (emails.length === 0) {
    for (const line of lines) {
      const broken = findBrokenEmail(line.text);
      if (broken) {
        emails.push({ value: broken, conf: line.confidence * 0.5 });
        line.used = true;
        break;
      }
    }
  }
  for (const line of lines) {
    if (line.used) continue;
    const sites = findWebsites(line.text);
    for (const value of sites) if (!websites.some((w) => w.value === value)) websites.push({ value, conf: line.confidence });
    // A line that is only a website is done; "acme.example · 04 78 12 34 56" still has a phone.
    const digitsLeft = (line.text.replace(/\S*\.[a-z]{2,}\S*/gi, ' ').match(/\d/g) ?? []).length;
    if (sites.length && digitsLeft < 7 && line.text.replace(/\s/g, '').length < sites.join('').length + 12) line.used = true;
  }
  // An email domain one or two letters away from the website's is one OCR slip: trust the one the
  // card's other text spells ("Pacific Rim Logistics" ↔ pacificrim), else the surer line.
  const otherText = lines.filter((line) => !line.used && !findWebsites(line.text).length).map((line) => squash(line.text)).join(' ');
  const spelled = (host: string) => {
    const root = squash(host.split('.').slice(0, -1).join(''));
    return root.length >= 4 && otherText.includes(root);
  };
  for (const email of emails) {
    const [local, domain] = email.value.split('@') as [string, string];
    for (const site of websites) {
      const host = hostOf(site.value);
      const d = distance(domain, host);
      if (d > 0 && d <= 2 && host.length >= 6) {
        const trustSite = spelled(host) !== spelled(domain) ? spelled(host) : site.conf >= email.conf;
        if (trustSite) email.value = `${local}@${host}`;
        else site.value = site.value.replace(host, domain);
      }
    }
  }
  for (const line of lines) {
    if (line.used || /@/.test(line.text) || looksLikeAddress(line.text)) continue;
    const found = findPhones(line.text, country);
    for (const phone of found) if (!phones.some((p) => p.value === phone.value)) phones.push({ ...phone, conf: line.confidence });
    if (found.length) line.used = true;
  }

  const addressLines = lines.filter((line) => !line.used && looksLikeAddress(line.text));
  for (const line of addressLines) line.used = true;

  const hosts = [...emails.map((e) => e.value.split('@')[1]!), ...websites.map((w) => hostOf(w.value))];
  const rest = lines.filter((line) => !line.used);
  const tallest = Math.max(1, ...rest.map((line) => line.height));
  const emailValues = emails.map((e) => e.value);

  // Company: a legal form, the email/website's domain spelled out, or a business word (weakest:
  // "Software Developer" is a title).
  let company: { line: Line; certainty: number } | null = null;
  for (const line of rest) {
    const byDomain = domainAgreement(line.text, hosts) * 0.85;
    const byForm = LEGAL_FORMS.test(line.text) ? 0.9 : 0;
    const byWords = BUSINESS_WORDS.test(line.text) ? (TITLE_WORDS.test(line.text) ? 0.3 : 0.7) : 0;
    const certainty = Math.max(byDomain, byForm, byWords, byDomain && (byForm || byWords) ? 0.95 : 0);
    if (certainty > (company?.certainty ?? 0) && emailAgreement(line.text, emailValues) < 0.5) company = { line, certainty };
  }

  // Name: name-shaped, tall, spelled by the email; never the company line or a title.
  let name: { line: Line; certainty: number } | null = null;
  for (const line of rest) {
    if (line === company?.line) continue;
    const shape = nameShape(line.text);
    if (shape === 0 || (TITLE_WORDS.test(line.text) && emailAgreement(line.text, emailValues) === 0)) continue;
    const certainty = shape * (0.45 + 0.3 * (line.height / tallest)) + 0.35 * emailAgreement(line.text, emailValues);
    if (certainty > (name?.certainty ?? 0)) name = { line, certainty: Math.min(1, certainty) };
  }
  if (name && company && company.certainty < 0.9 && emailAgreement(company.line.text, emailValues) > emailAgreement(name.line.text, emailValues)) company = null;

  // Title: title words, closest to the name line.
  let title: { line: Line; certainty: number } | null = null;
  for (const line of rest) {
    if (line === name?.line || line === company?.line || !TITLE_WORDS.test(line.text)) continue;
    const gap = name ? Math.abs(line.index - name.line.index) : 3;
    const certainty = gap <= 1 ? 0.9 : gap <= 3 ? 0.75 : 0.6;
    if (certainty > (title?.certainty ?? 0)) title = { line, certainty };
  }
  // No company words anywhere: an ALL-CAPS line (a logo) or the line right after the title.
  if (!company) {
    const logo = rest.find((line) => line !== name?.line && line !== title?.line && /\p{Lu}{3,}/u.test(line.text) && line.text === line.text.toUpperCase() && !/\d/.test(line.text));
    const afterTitle = title ? rest.find((line) => line.index === title.line.index + 1 && line !== name?.line && !/\d/.test(line.text) && line.confidence >= 0.5 && (line.text.match(/\p{L}/gu) ?? []).length >= 3) : undefined;
    if (logo) company = { line: logo, certainty: 0.55 };
    else if (afterTitle) company = { line: afterTitle, certainty: 0.45 };
  }

  const nameWords = (name?.line.text ?? '').split(/\s+/).filter((word) => word && !HONORIFIC.test(word));
  const lastName = nameWords.length > 1 ? nameWords.pop()! : '';
  const firstName = nameWords.join(' ');
  const fields: CardDraft['fields'] = {
    kind: 'person',
    firstName,
    lastName,
    company: company ? tidyCompany(company.line.text) : '',
    title: title?.line.text ?? '',
    emails: emails.map((e) => ({ label: 'work', value: e.value })),
    phones: phones.map((p) => ({ label: p.label, value: p.value })),
    websites: websites.map((w) => ({ label: 'work', value: w.value })),
    addresses: addressLines.length ? [{ label: 'work', ...parseAddress(addressLines.map((line) => line.text)) }] : [],
  };
  if (name) confidence.firstName = confidence.lastName = round(name.line.confidence * name.certainty);
  if (company) confidence.company = round(company.line.confidence * company.certainty);
  if (title) confidence.title = round(title.line.confidence * title.certainty);
  emails.forEach((e, i) => (confidence[`emails.${i}`] = round(e.conf)));
  phones.forEach((p, i) => (confidence[`phones.${i}`] = round(p.conf)));
  websites.forEach((w, i) => (confidence[`websites.${i}`] = round(w.conf)));
  if (addressLines.length) confidence['addresses.0'] = round(Math.min(...addressLines.map((line) => line.confidence)) * 0.8);
  return { fields, confidence, text: lines.map((line) => line.text) };
}

/** An ALL-CAPS logo line reads better in title case ("NORTHWIND TRADERS" → "Northwind Traders"). */
function tidyCompany(text: string): string {
  if (text !== text.toUpperCase() || text.length <= 4) return text;
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
