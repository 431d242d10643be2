import type { ContactFields } from '../../../shared/contract/contacts.ts';
import { companyKey } from '../../../shared/domain/text.ts';
import { newId, nowIso } from '../clock.ts';
import type { Db } from '../db/schema.ts';
import {
  DETAIL_TABLES, companyCardFields, contactDetailRows, contactFieldRow, contactTagRow, distinctTags, newContactRow, newTagRow, searchRow,
  type ContactDetailRows, type PhoneRowFacts,
} from './contact-rows.ts';
import { phoneSearchTerms, toE164 } from './phone.ts';

export interface SaveOptions {
  defaultCountry: string;
  source?: string;
  importBatchId?: string | null;
}

/**
 * Writes a contact and all its details, links its company (creating the company card when none
 * matches the name) and refreshes its search row. Call inside a transaction: it issues several
 * statements that must land together. Returns the contact's id. The rows come from
 * contact-rows.ts, as the import's bulk insert's do.
 */
export async function saveContact(trx: Db, id: string | null, fields: ContactFields, options: SaveOptions): Promise<string> {
  const now = nowIso();
  const companyName = fields.company.trim();
  const companyId = fields.kind === 'person' && companyName ? await findOrCreateCompany(trx, companyName, options) : null;
  const facts = { companyId, companyKey };

  let contactId: string;
  let num: number;
  if (id === null) {
    contactId = newId();
    const row = newContactRow(fields, facts, { id: contactId, source: options.source ?? 'manual', importBatchId: options.importBatchId ?? null, now });
    num = (await trx.insertInto('contacts').values(row).returning('num').executeTakeFirstOrThrow()).num;
  } else {
    contactId = id;
    const row = { ...contactFieldRow(fields, facts), updated_at: now };
    num = (await trx.updateTable('contacts').set(row).where('id', '=', id).returning('num').executeTakeFirstOrThrow()).num;
    if (fields.kind === 'company') await renameCompanyOnPeople(trx, id, companyName);
    await deleteDetails(trx, id);
  }

  const phones = fields.phones.map((phone): PhoneRowFacts => {
    const e164 = toE164(phone.value, options.defaultCountry);
    return { e164, searchTerms: phoneSearchTerms(phone.value, e164) };
  });
  await insertDetails(trx, contactDetailRows(contactId, fields, phones));
  await saveTags(trx, contactId, fields.tags, now);
  await writeSearchRow(trx, num, fields, phones);
  return contactId;
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
  for (const table of [...DETAIL_TABLES, 'contact_tags'] as const) await trx.deleteFrom(table).where('contact_id', '=', contactId).execute();
}

async function insertDetails(trx: Db, rows: ContactDetailRows): Promise<void> {
  for (const table of DETAIL_TABLES) {
    // One multi-row insert per table; Kysely types a union of tables' rows loosely, hence the cast.
    if (rows[table].length > 0) await trx.insertInto(table).values(rows[table] as never).execute();
  }
}

async function saveTags(trx: Db, contactId: string, tags: readonly string[], now: string): Promise<void> {
  for (const [position, name] of distinctTags(tags).entries()) {
    // The tags table compares names with NOCASE, so this finds "vip" for "VIP".
    let tag = await trx.selectFrom('tags').select('id').where('name', '=', name).executeTakeFirst();
    if (!tag) {
      tag = { id: newId() };
      await trx.insertInto('tags').values(newTagRow(tag.id, name, now)).execute();
    }
    await trx.insertInto('contact_tags').values(contactTagRow(contactId, tag.id, position)).execute();
  }
}

async function writeSearchRow(trx: Db, num: number, fields: ContactFields, phones: readonly PhoneRowFacts[]): Promise<void> {
  await deleteSearchRow(trx, num);
  await trx.insertInto('contacts_fts').values(searchRow(num, fields, phones)).execute();
}

export async function deleteSearchRow(trx: Db, num: number): Promise<void> {
  await trx.deleteFrom('contacts_fts').where('rowid', '=', num).execute();
}
