import type { Contact } from '../../../shared/contract/contacts.ts';
import type { ImportPhoto } from '../import/import-record.ts';
import { typesFromLabel } from './vcard-labels.ts';

export type VCardVersion = '3.0' | '4.0';

/**
 * Writes contacts as vCard. 3.0 by default: the version every address book imports. 4.0 on request.
 * Custom labels go in Apple's `itemN.X-ABLabel` (read by Apple, Google, Android and Carnet itself).
 */

/** Escapes a text value (RFC 6350 §3.4): backslash, comma, semicolon, newline. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a line at 75 octets with CRLF + space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (currentBytes + size > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function typeParam(types: string[], version: VCardVersion, pref: boolean): string {
  const all = pref ? (version === '3.0' ? [...types, 'pref'] : types) : types;
  const text = all.length ? `;TYPE=${all.map((t) => (version === '3.0' ? t.toUpperCase() : t)).join(',')}` : '';
  return pref && version === '4.0' ? `${text};PREF=1` : text;
}

function birthdayLine(birthday: string, version: VCardVersion): string {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(birthday);
  if (yearless) {
    // 3.0 has no year-less date: Apple's convention, which Carnet and Apple read back as year-less.
    return version === '4.0' ? `BDAY:--${yearless[1]}${yearless[2]}` : `BDAY;X-APPLE-OMIT-YEAR=1604:1604-${yearless[1]}-${yearless[2]}`;
  }
  return version === '4.0' ? `BDAY:${birthday.replace(/-/g, '')}` : `BDAY:${birthday}`;
}

function photoLine(photo: ImportPhoto, version: VCardVersion): string {
  if (photo.kind === 'url') return version === '4.0' ? `PHOTO:${photo.url}` : `PHOTO;VALUE=uri:${photo.url}`;
  const base64 = Buffer.from(photo.data).toString('base64');
  if (version === '4.0') return `PHOTO:data:${photo.mime};base64,${base64}`;
  const type = (photo.mime.split('/')[1] ?? 'jpeg').toUpperCase();
  return `PHOTO;ENCODING=b;TYPE=${type}:${base64}`;
}

/** One contact as one vCard (CRLF line endings, folded). */
export function writeVCard(contact: Contact, photo: ImportPhoto | null, version: VCardVersion = '3.0'): string {
  const lines = ['BEGIN:VCARD', `VERSION:${version}`, 'PRODID:-//Carnet//Carnet//EN'];
  const isCompany = contact.kind === 'company';
  if (isCompany && version === '4.0') lines.push('KIND:org');
  lines.push(`UID:urn:uuid:${contact.id}`);
  lines.push(`FN:${escapeText(contact.displayName || contact.company)}`);
  lines.push(isCompany ? 'N:;;;;' : `N:${escapeText(contact.lastName)};${escapeText(contact.firstName)};;;`);
  if (contact.company) lines.push(`ORG:${escapeText(contact.company)}`);
  if (isCompany && version === '3.0') lines.push('X-ABShowAs:COMPANY');
  if (contact.title) lines.push(`TITLE:${escapeText(contact.title)}`);

  let item = 0;
  const labelled = (kind: Parameters<typeof typesFromLabel>[1], name: string, label: string, pref: boolean, value: string) => {
    const { types, custom } = typesFromLabel(label, kind);
    if (custom === null) {
      lines.push(`${name}${typeParam(types, version, pref)}:${value}`);
      return;
    }
    item++;
    lines.push(`item${item}.${name}${typeParam(types, version, pref)}:${value}`);
    lines.push(`item${item}.X-ABLabel:${escapeText(custom)}`);
  };
  contact.emails.forEach((email, i) => labelled('email', 'EMAIL', email.label, i === 0, escapeText(email.value)));
  contact.phones.forEach((phone, i) => labelled('phone', 'TEL', phone.label, i === 0, escapeText(phone.value)));
  for (const address of contact.addresses) {
    const parts = ['', '', address.street, address.city, address.region, address.postalCode, address.country].map(escapeText).join(';');
    labelled('address', 'ADR', address.label, false, parts);
  }
  // URL is a URI value, not text: commas and semicolons in it are not escaped (readers would keep the backslash).
  for (const website of contact.websites) labelled('website', 'URL', website.label, false, website.value.replace(/[\r\n]+/g, ''));
  if (contact.birthday) lines.push(birthdayLine(contact.birthday, version));
  if (contact.notes) lines.push(`NOTE:${escapeText(contact.notes)}`);
  if (contact.tags.length) lines.push(`CATEGORIES:${contact.tags.map(escapeText).join(',')}`);
  // Custom fields have no vCard property: each is an X- property named by Apple's X-ABLabel, which
  // Carnet reads back as the same field (other apps keep or ignore it; nothing else is disturbed).
  for (const field of contact.customFields) {
    item++;
    lines.push(`item${item}.X-CARNET-FIELD:${escapeText(field.value)}`);
    lines.push(`item${item}.X-ABLabel:${escapeText(field.label)}`);
  }
  if (photo) lines.push(photoLine(photo, version));
  lines.push(`REV:${version === '4.0' ? contact.updatedAt.replace(/[-:]/g, '').replace(/\.\d+/, '') : contact.updatedAt}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
