import type { Selectable } from 'kysely';
import type { ContactFields } from '../../../shared/contract/contacts.ts';
import { displayNameOf, emailKey, foldText, personNameKey } from '../../../shared/domain/text.ts';
import type { Database, InsertRow } from '../db/schema.ts';

/**
 * The one mapping between a contact's fields and its rows, both ways. Every writer builds its
 * rows here (the editor's `saveContact` through Kysely, the import's `BulkInserter` through
 * prepared statements: both take the same row objects), and every reader turns rows back into
 * fields here (`loadContact`, the import's `ExistingContacts`). Lookups that need the database or
 * a cache (the company card, tag ids, parsed phones) are done by the writer and handed in.
 * tests/integration/contact-rows-writers.test.ts checks that both writers leave identical rows.
 */

/** What the writer worked out for one phone of the fields: its E.164 form and search terms. */
export interface PhoneRowFacts {
  e164: string | null;
  searchTerms: readonly string[];
}

/** Facts a writer looks up for a contact's own row. */
export interface ContactRowFacts {
  /** The company card a person is linked to (found or created by the writer), else null. */
  companyId: string | null;
  /** `companyKey` of shared/domain/text.ts (the import passes its cached copy). */
  companyKey(name: string): string;
}

/** The columns of a contact's own row that its fields decide: what an edit sets. */
export type ContactFieldRow = Pick<InsertRow<'contacts'>, 'kind' | 'first_name' | 'last_name' | 'company_name' | 'display_name' | 'sort_key' | 'name_key' | 'company_id' | 'title' | 'birthday' | 'notes'>;

export function contactFieldRow(fields: ContactFields, facts: ContactRowFacts): ContactFieldRow {
  const person = fields.kind === 'person';
  const companyName = fields.company.trim();
  const displayName = displayNameOf(fields);
  return {
    kind: fields.kind,
    first_name: person ? fields.firstName : '',
    last_name: person ? fields.lastName : '',
    company_name: companyName,
    display_name: displayName,
    sort_key: foldText(displayName),
    // What matching and "find the company card" compare.
    name_key: person ? personNameKey(fields.firstName, fields.lastName) : facts.companyKey(companyName),
    company_id: facts.companyId,
    title: fields.title,
    birthday: fields.birthday,
    notes: fields.notes,
  };
}

/** Where a new contact comes from and when. */
export interface NewContactOrigin {
  id: string;
  source: string;
  importBatchId: string | null;
  now: string;
}

export function newContactRow(fields: ContactFields, facts: ContactRowFacts, origin: NewContactOrigin): InsertRow<'contacts'> {
  // Completed in place rather than spread into a copy: an import builds 100k of these.
  const row = contactFieldRow(fields, facts) as InsertRow<'contacts'>;
  row.id = origin.id;
  row.source = origin.source;
  row.import_batch_id = origin.importBatchId;
  row.created_at = origin.now;
  row.updated_at = origin.now;
  row.deleted_at = null;
  row.last_contacted_at = null;
  row.keep_in_touch = null;
  row.keep_in_touch_since = null;
  return row;
}

/** A contact's multi-valued details, table by table, each list in the order of the fields. */
export interface ContactDetailRows {
  contact_emails: InsertRow<'contact_emails'>[];
  contact_phones: InsertRow<'contact_phones'>[];
  contact_addresses: InsertRow<'contact_addresses'>[];
  contact_websites: InsertRow<'contact_websites'>[];
}

/** The detail tables (tags and custom fields apart: they have writers of their own). */
export const DETAIL_TABLES = ['contact_emails', 'contact_phones', 'contact_addresses', 'contact_websites'] as const satisfies readonly (keyof ContactDetailRows)[];

/** `phones` holds one entry per phone of the fields, in order. */
export function contactDetailRows(contactId: string, fields: ContactFields, phones: readonly PhoneRowFacts[]): ContactDetailRows {
  return {
    contact_emails: fields.emails.map((email, position) => ({ contact_id: contactId, position, label: email.label, value: email.value, value_key: emailKey(email.value) })),
    contact_phones: fields.phones.map((phone, position) => ({ contact_id: contactId, position, label: phone.label, value: phone.value, e164: phones[position]!.e164 })),
    contact_addresses: fields.addresses.map((a, position) => ({
      contact_id: contactId, position, label: a.label, street: a.street, city: a.city, region: a.region, postal_code: a.postalCode, country: a.country,
    })),
    contact_websites: fields.websites.map((site, position) => ({ contact_id: contactId, position, label: site.label, value: site.value })),
  };
}

/** The text a contact is found by: its row in contacts_fts (`rowid` is the contact's `num`). */
export function searchRow(num: number, fields: ContactFields, phones: readonly PhoneRowFacts[]): InsertRow<'contacts_fts'> {
  // A loop rather than flatMap: this runs for every row of a 100k-row import, and flatMap cost
  // twice as much there.
  const phoneTerms: string[] = [];
  for (const phone of phones) phoneTerms.push(...phone.searchTerms);
  return {
    rowid: num,
    names: [fields.firstName, fields.lastName, fields.title, ...fields.tags].join(' '),
    company: fields.company.trim(),
    emails: fields.emails.map((email) => email.value).join(' '),
    phones: phoneTerms.join(' '),
    notes: [fields.notes, ...fields.addresses.map((a) => [a.street, a.city, a.region, a.postalCode, a.country].join(' '))].join(' '),
  };
}

/** Tags in order, each once: tag names are unique case-insensitively ("VIP" and "vip" are one tag). */
export function distinctTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((name) => {
    const folded = name.toLowerCase();
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

export function newTagRow(id: string, name: string, now: string): InsertRow<'tags'> {
  return { id, name, created_at: now };
}

/** `position` is the tag's place among the contact's distinct tags. */
export function contactTagRow(contactId: string, tagId: string, position: number): InsertRow<'contact_tags'> {
  return { contact_id: contactId, tag_id: tagId, position };
}

/** Custom fields from `firstPosition` on (an import appends after the contact's own). */
export function customFieldRows(contactId: string, fields: readonly { label: string; value: string }[], firstPosition = 0): InsertRow<'contact_custom_fields'>[] {
  return fields.map((field, i) => ({ contact_id: contactId, position: firstPosition + i, label: field.label, value: field.value }));
}

/** The fields of a company card made from just a name (a person's company that has no card yet). */
export function companyCardFields(name: string): ContactFields {
  return { kind: 'company', firstName: '', lastName: '', company: name, title: '', emails: [], phones: [], addresses: [], websites: [], birthday: null, tags: [], notes: '' };
}

// Reading back.

/** The columns of a contact's own row its fields are read from. */
export const FIELD_COLUMNS = ['kind', 'first_name', 'last_name', 'company_name', 'title', 'birthday', 'notes'] as const;
/** The columns of an address row its fields are read from. */
export const ADDRESS_COLUMNS = ['label', 'street', 'city', 'region', 'postal_code', 'country'] as const;

/** A contact's own row, as far as its fields are read from it. */
export type ContactFieldRowRead = Pick<Selectable<Database['contacts']>, (typeof FIELD_COLUMNS)[number]>;
type AddressesRow = Selectable<Database['contact_addresses']>;

/** A contact's detail rows as read, each list ordered by position. */
export interface ContactDetailsRead<Phone> {
  emails: { label: string; value: string }[];
  phones: Phone[];
  addresses: Pick<AddressesRow, (typeof ADDRESS_COLUMNS)[number]>[];
  websites: { label: string; value: string }[];
  tags: string[];
}

/**
 * A contact's fields from its rows. Phones come back as read: `{label, value}` gives
 * `ContactFields`, `{label, value, e164}` the phones of a `Contact`.
 */
export function contactFieldsFromRows<Phone extends { label: string; value: string }>(
  row: ContactFieldRowRead,
  details: ContactDetailsRead<Phone>,
): Omit<ContactFields, 'phones'> & { phones: Phone[] } {
  return {
    kind: row.kind,
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company_name,
    title: row.title,
    emails: details.emails,
    phones: details.phones,
    addresses: details.addresses.map((a) => ({ label: a.label, street: a.street, city: a.city, region: a.region, postalCode: a.postal_code, country: a.country })),
    websites: details.websites,
    birthday: row.birthday,
    tags: details.tags,
    notes: row.notes,
  };
}
