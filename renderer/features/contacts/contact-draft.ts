import { EMAIL_PATTERN, MAX_CUSTOM_FIELDS, type Contact, type ContactInput } from '../../../shared/contract/contacts.ts';
import { formatBirthday, parseBirthday } from './birthday.ts';
import { issueMessage, type ValidationIssue } from './issue-messages.ts';
import { contactStrings as s } from './strings.ts';

/** Repeated rows carry a stable key so React keeps each input's focus and state as rows come and go. */
export interface ValueRow {
  key: number;
  label: string;
  value: string;
}

export interface AddressRow {
  key: number;
  label: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

/** The editor's state: text as typed, before it becomes a contract input. */
export interface ContactDraft {
  kind: 'person' | 'company';
  firstName: string;
  lastName: string;
  company: string;
  title: string;
  emails: ValueRow[];
  phones: ValueRow[];
  addresses: AddressRow[];
  websites: ValueRow[];
  birthday: string;
  tags: string;
  notes: string;
  /** Custom fields ("Customer number": "C-1042"): `label` is the field's name. */
  customFields: ValueRow[];
}

/** Error messages by input path, the same paths the core reports: `emails.0.value`, `birthday`. */
export type FieldErrors = Record<string, string>;

let nextKey = 1;
export const newRowKey = () => nextKey++;

export function emptyValueRow(label: string): ValueRow {
  return { key: newRowKey(), label, value: '' };
}

export function emptyAddressRow(): AddressRow {
  return { key: newRowKey(), label: 'home', street: '', city: '', region: '', postalCode: '', country: '' };
}

export function draftFromContact(contact: Contact | null, kind: 'person' | 'company', locale: string, initial: Partial<ContactDraft> = {}): ContactDraft {
  if (!contact) {
    return {
      kind, firstName: '', lastName: '', company: '', title: '',
      // A new person starts with one email and one phone row: the two things almost everyone adds.
      emails: kind === 'person' ? [emptyValueRow('work')] : [],
      phones: kind === 'person' ? [emptyValueRow('mobile')] : [],
      addresses: [], websites: [], birthday: '', tags: '', notes: '', customFields: [],
      ...initial,
    };
  }
  return {
    kind: contact.kind,
    firstName: contact.firstName,
    lastName: contact.lastName,
    company: contact.company,
    title: contact.title,
    emails: contact.emails.map((e) => ({ key: newRowKey(), label: e.label, value: e.value })),
    phones: contact.phones.map((p) => ({ key: newRowKey(), label: p.label, value: p.value })),
    addresses: contact.addresses.map((a) => ({ key: newRowKey(), ...a })),
    websites: contact.websites.map((w) => ({ key: newRowKey(), label: w.label, value: w.value })),
    birthday: contact.birthday ? formatBirthday(contact.birthday, locale) : '',
    tags: contact.tags.join(', '),
    notes: contact.notes,
    customFields: contact.customFields.map((field) => ({ key: newRowKey(), label: field.label, value: field.value })),
  };
}

export function emailError(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' || EMAIL_PATTERN.test(trimmed) ? null : s.invalidEmail;
}

export function phoneError(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' || /\d/.test(trimmed) ? null : s.needsDigits;
}

const isBlankAddress = (a: AddressRow) => [a.street, a.city, a.region, a.postalCode, a.country].every((v) => v.trim() === '');
const isBlankCustomField = (row: ValueRow) => row.label.trim() === '' && row.value.trim() === '';

/**
 * Checks the draft and builds the input for `contacts.create`/`update`. Empty repeated rows are
 * dropped (an unused "Phone" row is not an error); anything malformed is reported by its path.
 */
export function draftToInput(draft: ContactDraft, locale: string): { input: ContactInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const emails = draft.emails.filter((row) => row.value.trim() !== '');
  const phones = draft.phones.filter((row) => row.value.trim() !== '');
  const websites = draft.websites.filter((row) => row.value.trim() !== '');
  const addresses = draft.addresses.filter((row) => !isBlankAddress(row));
  const customFields = draft.customFields.filter((row) => !isBlankCustomField(row));

  // Paths use the row index in the draft, so each message lands next to the row the user sees.
  draft.emails.forEach((row, index) => {
    const message = emailError(row.value);
    if (message) errors[`emails.${index}.value`] = message;
  });
  draft.phones.forEach((row, index) => {
    const message = phoneError(row.value);
    if (message) errors[`phones.${index}.value`] = message;
  });

  draft.customFields.forEach((row, index) => {
    if (row.label.trim() === '' && row.value.trim() !== '') errors[`customFields.${index}.label`] = s.needsFieldName;
  });
  if (customFields.length > MAX_CUSTOM_FIELDS) errors.customFields = s.tooManyCustomFields(MAX_CUSTOM_FIELDS);

  const birthday = parseBirthday(draft.birthday, locale);
  if (!birthday.ok) errors.birthday = birthday.error;

  if (draft.kind === 'company' && draft.company.trim() === '') errors.company = s.needsCompanyName;
  if (draft.kind === 'person' && [draft.firstName, draft.lastName, draft.company].every((v) => v.trim() === '') && emails.length === 0 && phones.length === 0) {
    errors.firstName = s.needsName;
  }

  const input: ContactInput = {
    kind: draft.kind,
    firstName: draft.firstName,
    lastName: draft.lastName,
    company: draft.company,
    title: draft.title,
    emails: emails.map(({ label, value }) => ({ label, value })),
    phones: phones.map(({ label, value }) => ({ label, value })),
    addresses: addresses.map(({ key: _key, ...address }) => address),
    websites: websites.map(({ label, value }) => ({ label, value })),
    birthday: birthday.ok ? birthday.value : null,
    tags: [...new Set(draft.tags.split(',').map((t) => t.trim()).filter(Boolean))],
    notes: draft.notes,
    // Always sent: the form shows every custom field, so what it sends is the whole list.
    customFields: customFields.map(({ label, value }) => ({ label, value })),
  };
  return { input, errors };
}

/**
 * The core reports paths into what was sent (`emails.1.value`, or `fields.emails.1.value` for an
 * update). Sent arrays skip empty rows, so map each index back to the row the user sees. Each
 * message is in the interface language (see `issueMessage`).
 */
export function issuesToErrors(issues: readonly ValidationIssue[], draft: ContactDraft): FieldErrors {
  const sentIndex = {
    emails: draft.emails.flatMap((row, i) => (row.value.trim() === '' ? [] : [i])),
    phones: draft.phones.flatMap((row, i) => (row.value.trim() === '' ? [] : [i])),
    websites: draft.websites.flatMap((row, i) => (row.value.trim() === '' ? [] : [i])),
    addresses: draft.addresses.flatMap((row, i) => (isBlankAddress(row) ? [] : [i])),
    customFields: draft.customFields.flatMap((row, i) => (isBlankCustomField(row) ? [] : [i])),
  };
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const dotted = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
    const parts = dotted.replace(/^fields\.?/, '').split('.');
    const list = parts[0] as keyof typeof sentIndex;
    if (list in sentIndex && parts[1] !== undefined) {
      const row = sentIndex[list][Number(parts[1])];
      if (row !== undefined) parts[1] = String(row);
    }
    // Tags are one text field in the form: any tag's problem belongs to it.
    const path = list === ('tags' as string) ? 'tags' : parts.filter(Boolean).join('.') || 'form';
    errors[path] ??= issueMessage(issue, draft.kind);
  }
  return errors;
}
