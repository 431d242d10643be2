import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { loadContact } from '../contacts/contact-query.ts';
import { saveContact } from '../contacts/contact-store.ts';
import { ADDRESS_COLUMNS, FIELD_COLUMNS, contactFieldsFromRows, searchRow } from '../contacts/contact-rows.ts';
import { phoneSearchTerms } from '../contacts/phone.ts';
import { trashedByIds } from './delete-forever.ts';
import { restoreContactDependents } from './contact-dependents.ts';
import { nowIso } from '../clock.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface RestoreOptions {
  defaultCountry: string;
  onProgress?: (done: number, total: number) => Promise<void>;
}

export interface RestoreResult {
  /** Every contact that came back, the company cards brought back with their people included. */
  restored: { id: string; kind: 'person' | 'company' }[];
  people: number;
  companies: number;
  /** Purchases that came back with them (their RFM scores need computing again). */
  purchases: number;
}

/** Contacts per round of reads and writes: bounded statements, progress between rounds. */
const CHUNK = 500;

/**
 * Brings trashed contacts back as ordinary live contacts, as they were when they went to the
 * trash: their details never left (a trashed contact only loses its search row), so a restore
 * clears `deleted_at` and rebuilds the search row, and `updated_at` stays the time of the last
 * real change. Their tasks and interactions come back with them (contact-dependents.ts). A contact an undone import had created keeps its source and batch (where it came
 * from) but is otherwise like any other: the undone import cannot take it away again.
 *
 * A person's company card is never duplicated: when the card is in the trash too it comes back
 * with them, unless a live card of the same name exists by now, which the person is linked to
 * instead. A person whose card was deleted for good is linked as a save would (to the card of
 * that name, created when there is none). Ids not in the trash fail the whole call (not_found).
 * Call inside a transaction.
 */
export async function restoreFromTrash(trx: Db, ids: readonly string[], options: RestoreOptions): Promise<RestoreResult> {
  const requested = await trashedByIds(trx, ids);
  const companyCards = await companyCardsToBringBack(trx, requested.map((row) => row.id));
  const all = [...requested, ...companyCards];
  const total = all.length;
  const withoutCard: string[] = [];
  const now = nowIso();
  let done = 0;
  let purchases = 0;
  for (let start = 0; start < total; start += CHUNK) {
    const chunk = all.slice(start, start + CHUNK).map((row) => row.id);
    purchases += (await restoreContactDependents(trx, chunk, now)).purchases;
    await trx.updateTable('contacts').set({ deleted_at: null }).where('id', 'in', chunk).execute();
    withoutCard.push(...(await rebuildSearchRows(trx, chunk)));
    done += chunk.length;
    await options.onProgress?.(done, total);
  }
  // People with a company name but no card: theirs was deleted for good while they were in the
  // trash. Saved again, which links them to the card of that name, or creates it.
  for (const id of withoutCard) await saveContact(trx, id, await loadContact(trx, id), { defaultCountry: options.defaultCountry });
  const companies = all.filter((row) => row.kind === 'company').length;
  return { restored: all.map(({ id, kind }) => ({ id, kind })), people: total - companies, companies, purchases };
}

/**
 * The trashed company cards of the people being restored that must come back with them. A card
 * whose name now belongs to a live card is left in the trash and its people are linked to the
 * live one (what saving them would do).
 */
async function companyCardsToBringBack(trx: Db, ids: readonly string[]): Promise<{ id: string; num: number; kind: 'company' }[]> {
  const restoring = new Set(ids);
  const cards = new Map<string, { id: string; num: number; name_key: string }>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const rows = await trx
      .selectFrom('contacts as p')
      .innerJoin('contacts as card', 'card.id', 'p.company_id')
      .select(['card.id', 'card.num', 'card.name_key'])
      .where('p.id', 'in', ids.slice(start, start + CHUNK))
      .where('p.kind', '=', 'person')
      .where('card.deleted_at', 'is not', null)
      .execute();
    for (const row of rows) if (!restoring.has(row.id)) cards.set(row.id, row);
  }
  const back: { id: string; num: number; kind: 'company' }[] = [];
  for (const card of cards.values()) {
    const live = await trx
      .selectFrom('contacts')
      .select('id')
      .where('kind', '=', 'company')
      .where('name_key', '=', card.name_key)
      .where('deleted_at', 'is', null)
      .orderBy('num')
      .executeTakeFirst();
    if (!live) {
      back.push({ id: card.id, num: card.num, kind: 'company' });
      continue;
    }
    for (let start = 0; start < ids.length; start += CHUNK) {
      await trx.updateTable('contacts').set({ company_id: live.id }).where('company_id', '=', card.id).where('id', 'in', ids.slice(start, start + CHUNK)).execute();
    }
  }
  return back;
}

/**
 * Writes the search rows of these (now live) contacts from what is stored, as a save would.
 * Returns the people among them who name a company but have no card to link to.
 */
async function rebuildSearchRows(trx: Db, ids: readonly string[]): Promise<string[]> {
  const [rows, emails, phones, addresses, tags] = await Promise.all([
    trx.selectFrom('contacts').select(['id', 'num', 'company_id', ...FIELD_COLUMNS]).where('id', 'in', ids).execute(),
    trx.selectFrom('contact_emails').select(['contact_id', 'label', 'value']).where('contact_id', 'in', ids).orderBy('contact_id').orderBy('position').execute(),
    trx.selectFrom('contact_phones').select(['contact_id', 'label', 'value', 'e164']).where('contact_id', 'in', ids).orderBy('contact_id').orderBy('position').execute(),
    trx.selectFrom('contact_addresses').select(['contact_id', ...ADDRESS_COLUMNS]).where('contact_id', 'in', ids).orderBy('contact_id').orderBy('position').execute(),
    trx
      .selectFrom('contact_tags')
      .innerJoin('tags', 'tags.id', 'contact_tags.tag_id')
      .select(['contact_tags.contact_id', 'tags.name'])
      .where('contact_tags.contact_id', 'in', ids)
      .orderBy('contact_tags.contact_id')
      .orderBy('contact_tags.position')
      .execute(),
  ]);
  const byContact = <T extends { contact_id: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) {
      const items = map.get(item.contact_id);
      if (items) items.push(item);
      else map.set(item.contact_id, [item]);
    }
    return map;
  };
  const emailsOf = byContact(emails);
  const phonesOf = byContact(phones);
  const addressesOf = byContact(addresses);
  const tagsOf = byContact(tags);
  const searchRows = rows.map((row) => {
    const contactPhones = phonesOf.get(row.id) ?? [];
    // The rows read back as a save's would be, then its search row (websites are not searched).
    const fields = contactFieldsFromRows(row, {
      emails: emailsOf.get(row.id) ?? [],
      phones: contactPhones,
      addresses: addressesOf.get(row.id) ?? [],
      websites: [],
      tags: (tagsOf.get(row.id) ?? []).map((tag) => tag.name),
    });
    return searchRow(row.num, fields, contactPhones.map((phone) => ({ e164: phone.e164, searchTerms: phoneSearchTerms(phone.value, phone.e164) })));
  });
  if (searchRows.length > 0) {
    await trx.deleteFrom('contacts_fts').where('rowid', 'in', searchRows.map((row) => row.rowid)).execute();
    await trx.insertInto('contacts_fts').values(searchRows).execute();
  }
  return rows.filter((row) => row.kind === 'person' && row.company_name !== '' && row.company_id === null).map((row) => row.id);
}
