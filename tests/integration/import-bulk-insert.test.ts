import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import type { ContactFields } from '../../shared/contract/contacts.ts';
import { BulkInserter } from '../../electron/core/import/pipeline/bulk-insert.ts';
import { PhoneFactsCache } from '../../electron/core/import/pipeline/phone-facts.ts';
import { CompanyKeys } from '../../electron/core/import/pipeline/company-keys.ts';
import { openTempCore } from '../helpers/temp-core.ts';

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => {
  await cleanup();
});

const fields: ContactFields = {
  kind: 'person', firstName: 'Hélène', lastName: "O'Brien", company: 'I.B.M. Corp', title: 'CTO',
  emails: [{ label: 'work', value: 'Helene@Example.com' }, { label: '', value: 'h@example.org' }],
  phones: [{ label: 'mobile', value: '06 12 34 56 78' }, { label: '', value: 'ext 12' }],
  addresses: [{ label: 'work', street: '1 rue X\nBât. B', city: 'Lyon', region: '', postalCode: '69001', country: 'France' }],
  websites: [{ label: '', value: 'https://example.com' }], birthday: '--04-12', tags: ['VIP', 'vip', 'Clients'], notes: 'Line 1\nLine 2',
};

/** What the database holds for a contact, minus ids and times. */
function dump(id: string) {
  const sqlite = core.context.database.sqlite;
  const contact = sqlite.prepare('SELECT kind, first_name, last_name, company_name, display_name, sort_key, name_key, title, birthday, notes, company_id IS NOT NULL AS linked, num FROM contacts WHERE id = ?').get(id) as Record<string, unknown>;
  const num = contact.num;
  delete contact.num;
  return {
    contact,
    emails: sqlite.prepare('SELECT position, label, value, value_key FROM contact_emails WHERE contact_id = ? ORDER BY position').all(id),
    phones: sqlite.prepare('SELECT position, label, value, e164 FROM contact_phones WHERE contact_id = ? ORDER BY position').all(id),
    addresses: sqlite.prepare('SELECT position, label, street, city, region, postal_code, country FROM contact_addresses WHERE contact_id = ? ORDER BY position').all(id),
    websites: sqlite.prepare('SELECT position, label, value FROM contact_websites WHERE contact_id = ?').all(id),
    tags: sqlite.prepare('SELECT t.name, ct.position FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ? ORDER BY ct.position').all(id),
    fts: sqlite.prepare('SELECT names, company, emails, phones, notes FROM contacts_fts WHERE rowid = ?').get(num),
  };
}

describe('BulkInserter', () => {
  it('writes exactly what saveContact writes', async () => {
    const viaStore = (await core.call('contacts.create', fields)).id;
    const sqlite = core.context.database.sqlite;
    const batchId = 'b1';
    sqlite.prepare("INSERT INTO import_batches (id, source, file_name, created_at) VALUES ('b1', 'csv', 'x.csv', '2024-01-01')").run();
    const inserter = new BulkInserter(sqlite, { phones: new PhoneFactsCache('FR'), companies: new CompanyKeys(), source: 'csv', batchId, now: new Date().toISOString() });
    const viaBulk = sqlite.transaction(() => inserter.create(fields).id)();
    expect(dump(viaBulk)).toEqual(dump(viaStore));
    // The company card was found, not made twice.
    expect((sqlite.prepare("SELECT count(*) AS n FROM contacts WHERE kind = 'company'").get() as { n: number }).n).toBe(1);
    expect(sqlite.prepare('SELECT source, import_batch_id FROM contacts WHERE id = ?').get(viaBulk)).toEqual({ source: 'csv', import_batch_id: 'b1' });
  });
});
