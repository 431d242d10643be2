import type { CountryCode } from 'libphonenumber-js';
import type { ContactInput } from '../../../shared/contract/contacts.ts';
import { findBrokenEmail, findEmails, findPhones, findWebsites, hostOf, looksLikeAddress, parseAddress } from './card-patterns.ts';
import { assignRoles, splitName } from './card-roles.ts';
import { squash } from './card-text.ts';
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
 * title and company from what is left, weighing the layout, the words and the email against each
 * other (card-roles.ts).
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
  const { name, company, title } = assignRoles(
    lines.filter((line) => !line.used),
    { emails: emails.map((e) => e.value), hosts },
  );
  const { firstName, lastName } = splitName(name?.line.text ?? '');
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
