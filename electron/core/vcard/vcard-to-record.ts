import { birthdaySchema, EMAIL_PATTERN, type ContactInput } from '../../../shared/contract/contacts.ts';
import { displayNameOf } from '../../../shared/domain/text.ts';
import type { ImportPhoto, ImportRecord } from '../import/import-record.ts';
import type { RawCard } from './vcard-cards.ts';
import { extraFields } from './vcard-extras.ts';
import { appleLabel, labelFromTypes } from './vcard-labels.ts';
import type { VCardProperty } from './vcard-lines.ts';
import { listValue, photoValue, structuredValue, textValue } from './vcard-values.ts';
import { coreMessage, type CoreText } from '../../../shared/messages/core-text.ts';

type Fields = Required<Pick<ContactInput, 'emails' | 'phones' | 'addresses' | 'websites' | 'tags'>>;

/** Google (`myContacts`) and Android (`My Contacts`) write this system group into CATEGORIES for every contact: it is not a user tag. */
const SYSTEM_CATEGORIES = new Set(['mycontacts', 'my contacts']);

/** Maps one parsed card to the contact Carnet would import, with warnings for what it dropped. */
export function cardToRecord(card: RawCard): ImportRecord {
  if (card.error) return { line: card.line, fields: {}, warnings: card.warnings, error: card.error };
  const version = card.version;
  const warnings = [...card.warnings];
  const props = card.properties;
  const first = (name: string) => props.find((p) => p.name === name);
  const text = (name: string) => {
    const property = first(name);
    return property ? textValue(property, version) : '';
  };
  const groupLabel = (property: VCardProperty): string | null => {
    if (!property.group) return null;
    const label = props.find((p) => p.group === property.group && p.name === 'X-ABLABEL');
    return label ? appleLabel(textValue(label, version)) : null;
  };
  const labelOf = (property: VCardProperty, kind: Parameters<typeof labelFromTypes>[1]) => groupLabel(property) ?? labelFromTypes(property.types, kind);
  // Preferred values first: Carnet's primary email/phone is the first one.
  const ordered = (name: string) => props.filter((p) => p.name === name).sort((a, b) => Number(b.types.includes('pref')) - Number(a.types.includes('pref')));

  const n = first('N') ? structuredValue(first('N')!, version) : [];
  const org = first('ORG') ? structuredValue(first('ORG')!, version) : [];
  const fn = text('FN');
  const company = org[0] ?? '';
  // Given name plus additional names ("Richter, James"): Carnet has no middle-name field.
  let firstName = [n[1], (n[2] ?? '').replace(/,/g, ' ')].join(' ').replace(/\s+/g, ' ').trim();
  let lastName = n[0] ?? '';
  const kindValue = text('KIND').toLowerCase();
  const isCompany = kindValue === 'org' || kindValue === 'organization' || text('X-ABSHOWAS').toUpperCase() === 'COMPANY' || (!firstName && !lastName && fn !== '' && fn === company);
  if (isCompany) {
    firstName = '';
    lastName = '';
  } else if (!firstName && !lastName && fn && fn !== company && !fn.includes('@')) {
    // No N: split FN ("Ann Lee"). An FN that is just the email address is not a name.
    const words = fn.split(/\s+/);
    lastName = words.length > 1 ? words.pop()! : '';
    firstName = words.join(' ');
  }

  const fields: Fields = { emails: [], phones: [], addresses: [], websites: [], tags: [] };
  for (const property of ordered('EMAIL')) {
    const raw = textValue(property, version).replace(/^mailto:/i, '');
    let value = (/<([^<>]+)>/.exec(raw)?.[1] ?? raw).trim();
    if (!value) continue;
    // `EMAIL;IM:MSN:steve@example.net` and similar prefixed values: keep the address inside.
    if (!EMAIL_PATTERN.test(value) || value.includes(':')) value = /[^\s:;<>@]+@[^\s:;<>@]+\.[^\s:;<>@]+/.exec(value)?.[0] ?? value;
    if (!EMAIL_PATTERN.test(value)) warnings.push(coreMessage('import.warning.vcardNotEmail', { line: property.line, value: value.slice(0, 60) }));
    else fields.emails.push({ label: labelOf(property, 'email'), value: value.slice(0, 254) });
  }
  for (const property of ordered('TEL')) {
    const raw = textValue(property, version);
    // A `tel:` URI may carry parameters (`;ext=102`): the number is the part before them.
    const value = (/^tel:/i.test(raw) ? raw.slice(4).replace(/;.*$/, '') : raw).trim();
    if (!value) continue;
    if (!/\d/.test(value)) warnings.push(coreMessage('import.warning.vcardPhoneNoDigits', { line: property.line, value: value.slice(0, 40) }));
    else fields.phones.push({ label: labelOf(property, 'phone'), value: value.slice(0, 40) });
  }
  for (const property of ordered('ADR')) {
    const [poBox = '', extended = '', street = '', city = '', region = '', postalCode = '', country = ''] = structuredValue(property, version);
    const streetLines = [street, extended, poBox].filter(Boolean).join('\n');
    if (!streetLines && !city && !region && !postalCode && !country) continue;
    fields.addresses.push({ label: labelOf(property, 'address'), street: streetLines, city, region, postalCode, country });
  }
  for (const property of ordered('URL')) {
    const value = textValue(property, version);
    if (value) fields.websites.push({ label: labelOf(property, 'website'), value: value.slice(0, 2048) });
  }
  for (const property of props.filter((p) => p.name === 'CATEGORIES')) {
    for (const tag of listValue(property, version)) {
      if (!SYSTEM_CATEGORIES.has(tag.toLowerCase()) && !fields.tags.includes(tag)) fields.tags.push(tag.slice(0, 60));
    }
  }
  const notes = props.filter((p) => p.name === 'NOTE').map((p) => textValue(p, version)).filter(Boolean).join('\n\n');
  const birthday = readBirthday(first('BDAY'), version, warnings);
  const kind = isCompany ? 'company' : 'person';
  const companyName = isCompany ? company || fn : company;
  const photo = readPhoto(props, displayNameOf({ kind, firstName, lastName, company: companyName, ...fields }), warnings);

  const record: ImportRecord = {
    line: card.line,
    fields: {
      kind,
      firstName,
      lastName,
      company: companyName,
      title: text('TITLE') || text('ROLE'),
      ...fields,
      birthday,
      notes,
    },
    warnings,
  };
  if (photo) record.photo = photo;
  const extras = extraFields(props, version, n, org, Boolean(text('TITLE')));
  if (extras.length) record.customFields = extras;
  return record;
}

/**
 * Birthdays as exporters write them: `1980-09-21`, `19800921`, `1980-09-21T00:00:00Z`, year-less
 * `--02-29` / `--0229`, and Apple's year-less `1604-04-12` with `X-APPLE-OMIT-YEAR=1604`.
 */
export function readBirthday(property: VCardProperty | undefined, version: string | null, warnings: CoreText[]): string | null {
  if (!property) return null;
  const raw = textValue(property, version);
  if (!raw) return null;
  const omitYear = property.params.get('X-APPLE-OMIT-YEAR')?.[0];
  let value: string | null = null;
  const full = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(raw);
  const yearless = /^--(\d{2})-?(\d{2})$/.exec(raw);
  if (full) value = full[1] === omitYear || full[1] === '1604' ? `--${full[2]}-${full[3]}` : `${full[1]}-${full[2]}-${full[3]}`;
  else if (yearless) value = `--${yearless[1]}-${yearless[2]}`;
  if (value && birthdaySchema.safeParse(value).success) return value;
  warnings.push(coreMessage('import.warning.vcardBirthday', { line: property.line, value: raw.slice(0, 40) }));
  return null;
}

/** The card's photo (or logo), or a warning naming the contact and why the photo was left out. */
function readPhoto(props: VCardProperty[], contactName: string, warnings: CoreText[]): ImportPhoto | null {
  const property = props.find((p) => p.name === 'PHOTO') ?? props.find((p) => p.name === 'LOGO');
  if (!property) return null;
  const result = photoValue(property);
  if (!result) return null;
  if ('problem' in result) {
    warnings.push(coreMessage('import.warning.vcardPhoto', { what: property.name === 'LOGO' ? 'logo' : 'photo', line: property.line, name: contactName, reason: result.problem }));
    return null;
  }
  return result.photo;
}
