import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { loadContact } from '../../electron/core/contacts/contact-query.ts';
import { columnsOf, tables, type TableName } from '../../electron/core/db/schema.ts';
import { BulkInserter } from '../../electron/core/import/pipeline/bulk-insert.ts';
import { CompanyKeys } from '../../electron/core/import/pipeline/company-keys.ts';
import { ExistingContacts } from '../../electron/core/import/pipeline/load-existing.ts';
import { PhoneFactsCache } from '../../electron/core/import/pipeline/phone-facts.ts';
import { contactInputSchema, type ContactFields, type ContactInput } from '../../shared/contract/contacts.ts';
import { openTempCore } from '../helpers/temp-core.ts';

/**
 * The editor's saveContact (Kysely) and the import's BulkInserter (prepared statements) write a
 * contact through one mapping (contacts/contact-rows.ts); loadContact and the import's
 * ExistingContacts read it back through one. These tests hold them to it, table by table, so a
 * column or a table one writer fills and the other forgets is caught here.
 */
let core: Core;
let cleanup: () => Promise<void>;
let inserter: BulkInserter;
beforeAll(async () => {
  ({ core, cleanup } = await openTempCore());
  const sqlite = core.context.database.sqlite;
  sqlite.prepare("INSERT INTO import_batches (id, source, file_name, created_at) VALUES ('b1', 'csv', 'x.csv', '2024-01-01')").run();
  inserter = new BulkInserter(sqlite, { phones: new PhoneFactsCache('FR'), companies: new CompanyKeys(), source: 'csv', batchId: 'b1', now: new Date().toISOString() });
});
afterAll(async () => {
  await cleanup();
});

/** Tables that do not hold one contact's rows by `contact_id`; each is compared its own way or is not a contact's. */
const NOT_BY_CONTACT_ID: readonly TableName[] = ['contacts', 'contacts_fts', 'tags', 'settings', 'import_batches', 'import_mappings', 'interactions', 'interactions_fts', 'products', 'purchase_lines'];
/** Columns that differ between two contacts by nature: ids, where it came from, when. */
const OWN_COLUMNS = ['num', 'id', 'source', 'import_batch_id', 'created_at', 'updated_at'];

function byContactTables(): TableName[] {
  return (Object.keys(tables) as TableName[]).filter((table) => !NOT_BY_CONTACT_ID.includes(table));
}

/** Every row the database holds for one contact, in every table, minus what is its own (ids, times, origin). */
function dump(id: string): Record<string, unknown> {
  const sqlite = core.context.database.sqlite;
  const contact = sqlite.prepare('SELECT * FROM contacts WHERE id = ?').get(id) as Record<string, unknown>;
  const rows: Record<string, unknown> = {
    contacts: Object.fromEntries(Object.entries(contact).filter(([column]) => !OWN_COLUMNS.includes(column))),
    contacts_fts: sqlite.prepare(`SELECT ${columnsOf('contacts_fts').join(', ')} FROM contacts_fts WHERE rowid = ?`).get(contact.num),
    tags: sqlite.prepare('SELECT t.* FROM tags t JOIN contact_tags ct ON ct.tag_id = t.id WHERE ct.contact_id = ? ORDER BY ct.position').all(id),
  };
  (rows.contacts_fts as { rowid: unknown }).rowid = 'the contact row';
  for (const table of byContactTables()) {
    const order = columnsOf(table).filter((column) => (tables[table] as Record<string, { pk: number }>)[column]!.pk > 0).join(', ');
    rows[table] = (sqlite.prepare(`SELECT * FROM ${table} WHERE contact_id = ? ORDER BY ${order}`).all(id) as Record<string, unknown>[]).map(({ contact_id: _id, ...rest }) => rest);
  }
  return rows;
}

async function viaStore(input: ContactInput): Promise<string> {
  return (await core.call('contacts.create', input)).id;
}

function viaBulk(fields: ContactFields): string {
  const sqlite = core.context.database.sqlite;
  return sqlite.transaction(() => inserter.create(fields, fields.customFields ?? []).id)();
}

const full: ContactInput = {
  kind: 'person', firstName: 'Hélène', lastName: "O'Brien", company: ' I.B.M. Corp ', title: 'CTO',
  emails: [{ label: 'work', value: 'Helene@Example.com' }, { label: '', value: 'h@example.org' }],
  phones: [{ label: 'mobile', value: '06 12 34 56 78' }, { label: '', value: 'ext 12' }, { label: 'work', value: '+1 (415) 555-0132 x23' }],
  addresses: [{ label: 'work', street: '1 rue X\nBât. B', city: 'Lyon', region: '', postalCode: '69001', country: 'France' }],
  websites: [{ label: '', value: 'https://example.com' }], birthday: '--04-12', tags: ['VIP', 'vip', 'Clients'], notes: 'Line 1\nLine 2',
  customFields: [{ label: 'Shoe size', value: '38' }, { label: 'Spouse', value: 'Ann\nB.' }],
};

describe('saveContact and the bulk insert leave the same rows', () => {
  it('knows every table: each holds a contact\'s rows by contact_id or is compared its own way', () => {
    for (const table of byContactTables()) expect(columnsOf(table), table).toContain('contact_id');
    // The tables the two writers fill are all covered by the dump.
    expect(byContactTables()).toEqual(expect.arrayContaining(['contact_emails', 'contact_phones', 'contact_addresses', 'contact_websites', 'contact_tags', 'contact_custom_fields']));
  });

  it.each<[string, ContactInput]>([
    ['a person with every field', full],
    ['a company card', { kind: 'company', company: 'Boulangerie Lefèvre SARL', phones: [{ label: 'main', value: '04 72 00 00 00' }], tags: ['Suppliers'], notes: 'Closed on Mondays' }],
    ['a person with only an email', { emails: [{ label: '', value: 'solo@example.net' }] }],
    ['a person at a company with no card yet', { firstName: 'Zoë', company: 'Nouvelle Maison', phones: [{ label: '', value: '0044 20 7946 0000' }] }],
  ])('for %s, in every table, search row included', async (_name, input) => {
    const fields = contactInputSchema.parse(input);
    const stored = await viaStore(input);
    const bulk = viaBulk(fields);
    expect(dump(bulk)).toEqual(dump(stored));
    // Each side also wrote its own origin.
    const origin = core.context.database.sqlite.prepare('SELECT source, import_batch_id FROM contacts WHERE id = ?');
    expect(origin.get(bulk)).toEqual({ source: 'csv', import_batch_id: 'b1' });
    expect(origin.get(stored)).toEqual({ source: 'manual', import_batch_id: null });
  });

  it('for any contact the contract accepts', async () => {
    const text = fc.string({ maxLength: 12 });
    const phone = fc.constantFrom('06 12 34 56 78', '+33 1 23 45 67 89', '(415) 555-0132', '12', 'call 0612', '+44 7911 123456 ext. 4', '00 49 30 1234567');
    const input = fc.record({
      kind: fc.constantFrom<'person' | 'company'>('person', 'company'),
      firstName: text, lastName: text, company: fc.constantFrom('', 'ACME', 'Acme Inc.', ' Dupont & Fils '), title: text,
      emails: fc.array(fc.record({ label: fc.constantFrom('', 'work'), value: fc.constantFrom('a@b.co', 'Ann@Example.COM', 'x.y@z.org') }), { maxLength: 3 }),
      phones: fc.array(fc.record({ label: fc.constantFrom('', 'mobile'), value: phone }), { maxLength: 3 }),
      addresses: fc.array(fc.record({ label: text, street: text, city: text, region: text, postalCode: text, country: text }), { maxLength: 2 }),
      websites: fc.array(fc.record({ label: text, value: fc.constantFrom('https://a.example', 'b.example') }), { maxLength: 2 }),
      birthday: fc.constantFrom(null, '1980-02-29', '--12-31'),
      tags: fc.array(fc.constantFrom('VIP', 'vip', 'Clients', 'Été'), { maxLength: 4 }),
      notes: text,
      customFields: fc.array(fc.record({ label: fc.constantFrom('Size', 'Spouse'), value: text }), { maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(input, async (candidate) => {
        const parsed = contactInputSchema.safeParse(candidate);
        fc.pre(parsed.success);
        // The editor drops custom fields without a value (contacts.create does); an import never keeps one.
        const fields = { ...parsed.data!, customFields: parsed.data!.customFields?.filter((field) => field.value !== '') };
        const stored = await viaStore(candidate);
        expect(dump(viaBulk(fields))).toEqual(dump(stored));
      }),
      { numRuns: 60 },
    );
  });
});

describe('loadContact and the import\'s ExistingContacts read the same fields', () => {
  it('from contacts written either way', async () => {
    const existing = new ExistingContacts(core.context.database.sqlite);
    const fields = contactInputSchema.parse(full);
    for (const id of [await viaStore(full), viaBulk(fields)]) {
      const contact = await loadContact(core.context.database.db, id);
      const { kind, firstName, lastName, company, title, emails, addresses, websites, birthday, tags, notes } = contact;
      const phones = contact.phones.map(({ label, value }) => ({ label, value }));
      expect(existing.load(id)).toEqual({ kind, firstName, lastName, company, title, emails, phones, addresses, websites, birthday, tags, notes });
      // What was written comes back (the company name trimmed, tags each once).
      expect(existing.load(id)).toEqual({ ...fields, customFields: undefined, company: 'I.B.M. Corp', tags: ['VIP', 'Clients'] });
      expect(existing.customFields(id)).toEqual(contact.customFields);
    }
  });
});
