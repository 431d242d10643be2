import type { Kysely, Transaction } from 'kysely';
import type { ContactFields } from '../../../shared/contract/contacts.ts';
import { companyKey, displayNameOf, emailKey, foldText, personNameKey } from '../../../shared/domain/text.ts';
import { newId, nowIso } from '../clock.ts';
import type { Database } from '../db/schema.ts';
import { phoneSearchTerms, toE164 } from './phone.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface SaveOptions {
  defaultCountry: string;
  source?: string;
  importBatchId?: string | null;
}

/**
 * Writes a contact and all its details, links its company (creating the company card when none
 * matches the name) and refreshes its search row. Call inside a transaction: it issues several
 * statements that must land together. Returns the contact's id.
 */
export async function saveContact(trx: Db, id: string | null, fields: ContactFields, options: SaveOptions): Promise<string> {
  const now = nowIso();
  const companyName = fields.company.trim();
  const companyId = fields.kind === 'person' && companyName ? await findOrCreateCompany(trx, companyName, options) : null;
  const displayName = displayNameOf(fields);
  const row = {
    kind: fields.kind,
    first_name: fields.kind === 'person' ? fields.firstName : '',
    last_name: fields.kind === 'person' ? fields.lastName : '',
    company_name: companyName,
    display_name: displayName,
    sort_key: foldText(displayName),
    name_key: fields.kind === 'company' ? companyKey(companyName) : personNameKey(fields.firstName, fields.lastName),
    company_id: companyId,
    title: fields.title,
    birthday: fields.birthday,
    notes: fields.notes,
    updated_at: now,
  };

  let contactId: string;
  let num: number;
  if (id === null) {
    contactId = newId();
    const inserted = await trx
      .insertInto('contacts')
      .values({ ...row, id: contactId, source: options.source ?? 'manual', import_batch_id: options.importBatchId ?? null, created_at: now })
      .returning('num')
      .executeTakeFirstOrThrow();
    num = inserted.num;
  } else {
    contactId = id;
    const updated = await trx.updateTable('contacts').set(row).where('id', '=', id).returning('num').executeTakeFirstOrThrow();
    num = updated.num;
    if (fields.kind === 'company') await renameCompanyOnPeople(trx, id, companyName);
    await deleteDetails(trx, id);
  }

  const phones = fields.phones.map((phone) => ({ ...phone, e164: toE164(phone.value, options.defaultCountry) }));
  if (fields.emails.length > 0) {
    await trx
      .insertInto('contact_emails')
      .values(fields.emails.map((email, position) => ({ contact_id: contactId, position, label: email.label, value: email.value, value_key: emailKey(email.value) })))
      .execute();
  }
  if (phones.length > 0) {
    await trx
      .insertInto('contact_phones')
      .values(phones.map((phone, position) => ({ contact_id: contactId, position, label: phone.label, value: phone.value, e164: phone.e164 })))
      .execute();
  }
  if (fields.addresses.length > 0) {
    await trx
      .insertInto('contact_addresses')
      .values(fields.addresses.map((a, position) => ({ contact_id: contactId, position, label: a.label, street: a.street, city: a.city, region: a.region, postal_code: a.postalCode, country: a.country })))
      .execute();
  }
  if (fields.websites.length > 0) {
    await trx
      .insertInto('contact_websites')
      .values(fields.websites.map((site, position) => ({ contact_id: contactId, position, label: site.label, value: site.value })))
      .execute();
  }
  await saveTags(trx, contactId, fields.tags, now);

  const phoneTerms = phones.flatMap((phone) => phoneSearchTerms(phone.value, phone.e164));
  await writeSearchRow(trx, num, searchRowFor(fields, phoneTerms));
  return contactId;
}

/**
 * The text a contact is found by: its row in contacts_fts. One definition for every writer (this
 * store and the import's bulk insert), so an imported contact is found exactly like a typed one.
 */
export function searchRowFor(fields: ContactFields, phoneTerms: readonly string[]): SearchRow {
  return {
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

/** The fields of a company card made from just a name (a person's company that has no card yet). */
export function companyCardFields(name: string): ContactFields {
  return { kind: 'company', firstName: '', lastName: '', company: name, title: '', emails: [], phones: [], addresses: [], websites: [], birthday: null, tags: [], notes: '' };
}

async function findOrCreateCompany(trx: Db, name: string, options: SaveOptions): Promise<string> {
  const key = companyKey(name);
  const existing = await trx
    .selectFrom('contacts')
    .select('id')
    .where('kind', '=', 'company')
    .where('name_key', '=', key)
    .where('deleted_at', 'is', null)
    .orderBy('num')
    .executeTakeFirst();
  if (existing) return existing.id;
  return saveContact(trx, null, companyCardFields(name), options);
}

/** A company card's new name follows onto the people who work there, and into their search rows. */
async function renameCompanyOnPeople(trx: Db, companyId: string, name: string): Promise<void> {
  const people = await trx.updateTable('contacts').set({ company_name: name }).where('company_id', '=', companyId).where('company_name', '!=', name).returning('num').execute();
  for (const person of people) {
    await trx.updateTable('contacts_fts').set({ company: name }).where('rowid', '=', person.num).execute();
  }
}

async function deleteDetails(trx: Db, contactId: string): Promise<void> {
  await trx.deleteFrom('contact_emails').where('contact_id', '=', contactId).execute();
  await trx.deleteFrom('contact_phones').where('contact_id', '=', contactId).execute();
  await trx.deleteFrom('contact_addresses').where('contact_id', '=', contactId).execute();
  await trx.deleteFrom('contact_websites').where('contact_id', '=', contactId).execute();
  await trx.deleteFrom('contact_tags').where('contact_id', '=', contactId).execute();
}

async function saveTags(trx: Db, contactId: string, tags: readonly string[], now: string): Promise<void> {
  for (const [position, name] of distinctTags(tags).entries()) {
    // The tags table compares names with NOCASE, so this finds "vip" for "VIP".
    let tag = await trx.selectFrom('tags').select('id').where('name', '=', name).executeTakeFirst();
    if (!tag) {
      tag = { id: newId() };
      await trx.insertInto('tags').values({ id: tag.id, name, created_at: now }).execute();
    }
    await trx.insertInto('contact_tags').values({ contact_id: contactId, tag_id: tag.id, position }).execute();
  }
}

export interface SearchRow {
  names: string;
  company: string;
  emails: string;
  phones: string;
  notes: string;
}

export async function writeSearchRow(trx: Db, num: number, row: SearchRow): Promise<void> {
  await trx.deleteFrom('contacts_fts').where('rowid', '=', num).execute();
  await trx.insertInto('contacts_fts').values({ rowid: num, ...row }).execute();
}

export async function deleteSearchRow(trx: Db, num: number): Promise<void> {
  await trx.deleteFrom('contacts_fts').where('rowid', '=', num).execute();
}
