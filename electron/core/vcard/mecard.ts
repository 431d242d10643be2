import type { ContactInput } from '../../../shared/contract/contacts.ts';
import { EMAIL_PATTERN } from '../../../shared/contract/contacts.ts';

/**
 * MECARD (NTT Docomo) and BIZCARD, the compact contact formats QR codes on business cards hold
 * (FORMATS.md). `;` ends a field, `;;` ends the card, `\` escapes `; , : \`.
 */

/** Splits `KEY:value;KEY:value;;` into pairs, honouring backslash escapes. */
function fieldsOf(body: string): { key: string; value: string }[] {
  const fields: { key: string; value: string }[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '\\' && i + 1 < body.length) {
      current += `\\${body[++i]}`;
    } else if (char === ';') {
      if (current) fields.push(splitKey(current));
      current = '';
    } else current += char;
  }
  if (current.trim()) fields.push(splitKey(current));
  return fields.filter((field) => field.key !== '');
}

function splitKey(field: string): { key: string; value: string } {
  const colon = field.indexOf(':');
  if (colon < 0) return { key: '', value: '' };
  return { key: field.slice(0, colon).trim().toUpperCase(), value: field.slice(colon + 1) };
}

/** Removes backslash escapes. */
function unescape(value: string): string {
  return value.replace(/\\(.)/g, '$1').trim();
}

function splitUnescapedCommas(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\' && i + 1 < value.length) {
      current += value.slice(i, i + 2);
      i++;
    } else if (value[i] === ',') {
      parts.push(current);
      current = '';
    } else current += value[i];
  }
  parts.push(current);
  return parts.map(unescape);
}

/** A name written without the `Last,First` comma ("Sean Owen"): the last word is the family name. */
function splitDisplayName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { firstName: words[0] ?? '', lastName: '' };
  return { lastName: words.pop()!, firstName: words.join(' ') };
}

function birthdayOf(value: string): string | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

type Draft = Required<Pick<ContactInput, 'firstName' | 'lastName' | 'company' | 'title' | 'emails' | 'phones' | 'addresses' | 'websites' | 'notes'>> & { birthday: string | null };

function emptyDraft(): Draft {
  return { firstName: '', lastName: '', company: '', title: '', emails: [], phones: [], addresses: [], websites: [], notes: '', birthday: null };
}

function addEmail(draft: Draft, value: string) {
  if (EMAIL_PATTERN.test(value)) draft.emails.push({ label: '', value });
}

/** Parses `MECARD:...;;`. Returns null when the text is not a MECARD. */
export function parseMecard(text: string): Draft | null {
  const match = /^\s*MECARD:([\s\S]*)$/i.exec(text);
  if (!match) return null;
  const draft = emptyDraft();
  for (const { key, value } of fieldsOf(match[1]!)) {
    switch (key) {
      case 'N': {
        const parts = splitUnescapedCommas(value);
        if (parts.length >= 2) Object.assign(draft, { lastName: parts[0]!, firstName: parts.slice(1).join(' ').trim() });
        else Object.assign(draft, splitDisplayName(parts[0] ?? ''));
        break;
      }
      case 'TEL':
      case 'TEL-AV':
        if (/\d/.test(value)) draft.phones.push({ label: '', value: unescape(value) });
        break;
      case 'EMAIL':
        addEmail(draft, unescape(value));
        break;
      case 'URL':
        draft.websites.push({ label: '', value: unescape(value) });
        break;
      case 'ORG':
        draft.company = unescape(value);
        break;
      case 'TITLE':
        draft.title = unescape(value);
        break;
      case 'NOTE':
        draft.notes = draft.notes ? `${draft.notes}\n${unescape(value)}` : unescape(value);
        break;
      case 'BDAY':
        draft.birthday = birthdayOf(unescape(value));
        break;
      case 'ADR': {
        // po box, extended, street, city, region, postal code, country (comma-separated), or one line.
        const parts = splitUnescapedCommas(value);
        if (parts.length >= 7) {
          const [box = '', ext = '', street = '', city = '', region = '', postalCode = '', country = ''] = parts;
          draft.addresses.push({ label: '', street: [street, ext, box].filter(Boolean).join('\n'), city, region, postalCode, country });
        } else draft.addresses.push({ label: '', street: unescape(value), city: '', region: '', postalCode: '', country: '' });
        break;
      }
      default:
        break; // SOUND (reading of the name), NICKNAME...: Carnet has no field for them.
    }
  }
  return draft;
}

/** Parses `BIZCARD:N:John;X:Doe;T:Title;C:Company;A:Address;B:phone;M:mobile;F:fax;E:email;;`. */
export function parseBizcard(text: string): Draft | null {
  const match = /^\s*BIZCARD:([\s\S]*)$/i.exec(text);
  if (!match) return null;
  const draft = emptyDraft();
  for (const { key, value } of fieldsOf(match[1]!)) {
    const clean = unescape(value);
    if (key === 'N') draft.firstName = clean;
    else if (key === 'X') draft.lastName = clean;
    else if (key === 'T') draft.title = clean;
    else if (key === 'C') draft.company = clean;
    else if (key === 'A') draft.addresses.push({ label: '', street: clean, city: '', region: '', postalCode: '', country: '' });
    else if (key === 'B' && /\d/.test(clean)) draft.phones.push({ label: 'work', value: clean });
    else if (key === 'M' && /\d/.test(clean)) draft.phones.push({ label: 'mobile', value: clean });
    else if (key === 'F' && /\d/.test(clean)) draft.phones.push({ label: 'fax', value: clean });
    else if (key === 'E') addEmail(draft, clean);
  }
  return draft;
}
