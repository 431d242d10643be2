import { contactInputSchema, contactObjectSchema, type Contact, type ContactInput } from '../../../shared/contract/contacts.ts';
import { formatBirthday, parseBirthday } from './birthday.ts';
import { issueMessage, type ValidationIssue } from './issue-messages.ts';

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

/** The contract's check of one email, as the contact schema applies it to each of its emails. */
const emailValueSchema = contactObjectSchema.shape.emails.unwrap().element.shape.value;

/** What the contract finds wrong with one typed email, in the interface language (an empty row is dropped, not wrong). */
export function emailError(value: string): string | null {
  if (value.trim() === '') return null;
  const issue = emailValueSchema.safeParse(value).error?.issues[0];
  return issue ? issueMessage({ ...issue, path: ['emails', 0, 'value'] }, 'person') : null;
}

const hasValue = (row: ValueRow) => row.value.trim() !== '';
/** Which rows of each list are sent: empty ones are simply dropped. */
const isSent = {
  emails: hasValue,
  phones: hasValue,
  websites: hasValue,
  addresses: (a: AddressRow) => [a.street, a.city, a.region, a.postalCode, a.country].some((v) => v.trim() !== ''),
  customFields: (row: ValueRow) => row.label.trim() !== '' || row.value.trim() !== '',
};

/**
 * Builds the input for `contacts.create`/`update` and checks it with the contract's own schema, so
 * the editor finds exactly what the core would refuse, each problem at the field the user sees, in
 * the interface language (`issueMessage`). Empty repeated rows are dropped (an unused "Phone" row
 * is not an error). Only the birthday is read by the editor itself, from the date as typed.
 */
export function draftToInput(draft: ContactDraft, locale: string): { input: ContactInput; errors: FieldErrors } {
  const emails = draft.emails.filter(isSent.emails);
  const phones = draft.phones.filter(isSent.phones);
  const websites = draft.websites.filter(isSent.websites);
  const addresses = draft.addresses.filter(isSent.addresses);
  const customFields = draft.customFields.filter(isSent.customFields);
  const birthday = parseBirthday(draft.birthday, locale);

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
  const checked = contactInputSchema.safeParse(input);
  const errors = checked.success ? {} : issuesToErrors(checked.error.issues, draft);
  if (!birthday.ok) errors.birthday = birthday.error;
  return { input, errors };
}

/** Problems the form has no field for: a whole list (too many emails) or the kind go on the form. */
const FORM_LEVEL = new Set(['', 'kind', 'emails', 'phones', 'websites', 'addresses']);

/**
 * Schema issues (the editor's own check, or the core's answer) to messages by the path of the
 * field that shows them, in the interface language (`issueMessage`). Paths point into what was
 * sent (`emails.1.value`, or `fields.emails.1.value` for an update); sent lists skip empty rows,
 * so each index is mapped back to the row the user sees.
 */
export function issuesToErrors(issues: readonly ValidationIssue[], draft: ContactDraft): FieldErrors {
  const sentIndex = Object.fromEntries(
    (Object.keys(isSent) as (keyof typeof isSent)[]).map((list) => [list, (draft[list] as (ValueRow & AddressRow)[]).flatMap((row, i) => (isSent[list](row) ? [i] : []))]),
  ) as Record<keyof typeof isSent, number[]>;
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const dotted = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
    const parts = dotted.replace(/^fields\.?/, '').split('.');
    const list = parts[0]!;
    if (list in sentIndex && parts[1] !== undefined) {
      const row = sentIndex[list as keyof typeof isSent][Number(parts[1])];
      if (row !== undefined) parts[1] = String(row);
    }
    // A row's label is picked from a menu: its problem shows on the row (an address's, on the form).
    if (parts[2] === 'label' && list !== 'customFields') parts.length = list === 'addresses' ? 0 : 2;
    // Tags are one text field in the form: any tag's problem belongs to it.
    const path = list === 'tags' ? 'tags' : FORM_LEVEL.has(parts.join('.')) ? 'form' : parts.join('.');
    errors[path] ??= issueMessage(issue, draft.kind);
  }
  return errors;
}
