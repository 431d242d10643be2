import type BetterSqlite3 from 'better-sqlite3';
import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import { displayNameOf, emailKey, foldText, personNameKey } from '../../../../shared/domain/text.ts';
import { companyCardFields, distinctTags, searchRowFor } from '../../contacts/contact-store.ts';
import { IdPool } from './ids.ts';
import type { CompanyKeys } from './company-keys.ts';
import type { PhoneFactsCache } from './phone-facts.ts';

export interface BulkContext {
  /** Phone parsing for the import's country, shared with the matcher so each number is parsed once. */
  phones: PhoneFactsCache;
  companies: CompanyKeys;
  source: string;
  batchId: string;
  now: string;
}

/**
 * Creates new contacts with prepared statements on the raw connection: the same rows
 * `saveContact` writes (contact, details, company link, tags, search row), without Kysely's
 * per-statement overhead, which dominates a 100k-row import. Must run inside the import's open
 * transaction. tests/integration/import-bulk-insert.test.ts checks it writes what saveContact does.
 */
export class BulkInserter {
  private readonly insertContact: BetterSqlite3.Statement;
  private readonly insertEmail: BetterSqlite3.Statement;
  private readonly insertPhone: BetterSqlite3.Statement;
  private readonly insertAddress: BetterSqlite3.Statement;
  private readonly insertWebsite: BetterSqlite3.Statement;
  private readonly insertFts: BetterSqlite3.Statement;
  private readonly insertCustom: BetterSqlite3.Statement;
  private readonly findTag: BetterSqlite3.Statement<[string], { id: string }>;
  private readonly insertTag: BetterSqlite3.Statement;
  private readonly insertContactTag: BetterSqlite3.Statement;
  private readonly findCompany: BetterSqlite3.Statement<[string], { id: string }>;
  /** Caches for this import: folded tag name -> id, company key -> company card id. */
  private readonly tagIds = new Map<string, string>();
  private readonly companyIds = new Map<string, string>();
  private readonly ids = new IdPool();
  /** Company cards made for the companies new people work at (the import counts them apart from people). */
  companyCardsCreated = 0;

  constructor(sqlite: BetterSqlite3.Database, private readonly context: BulkContext) {
    this.insertContact = sqlite.prepare(
      `INSERT INTO contacts (id, kind, first_name, last_name, company_name, display_name, sort_key, name_key, company_id, title, birthday, notes, source, import_batch_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertEmail = sqlite.prepare('INSERT INTO contact_emails (contact_id, position, label, value, value_key) VALUES (?, ?, ?, ?, ?)');
    this.insertPhone = sqlite.prepare('INSERT INTO contact_phones (contact_id, position, label, value, e164) VALUES (?, ?, ?, ?, ?)');
    this.insertAddress = sqlite.prepare(
      'INSERT INTO contact_addresses (contact_id, position, label, street, city, region, postal_code, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertWebsite = sqlite.prepare('INSERT INTO contact_websites (contact_id, position, label, value) VALUES (?, ?, ?, ?)');
    this.insertFts = sqlite.prepare('INSERT INTO contacts_fts (rowid, names, company, emails, phones, notes) VALUES (?, ?, ?, ?, ?, ?)');
    this.insertCustom = sqlite.prepare('INSERT INTO contact_custom_fields (contact_id, position, label, value) VALUES (?, ?, ?, ?)');
    this.findTag = sqlite.prepare('SELECT id FROM tags WHERE name = ?');
    this.insertTag = sqlite.prepare('INSERT INTO tags (id, name, created_at) VALUES (?, ?, ?)');
    this.insertContactTag = sqlite.prepare('INSERT INTO contact_tags (contact_id, tag_id, position) VALUES (?, ?, ?)');
    this.findCompany = sqlite.prepare(
      `SELECT id FROM contacts WHERE kind = 'company' AND name_key = ? AND deleted_at IS NULL ORDER BY num LIMIT 1`,
    );
  }

  /** Writes one new contact; returns its id and rowid. */
  create(fields: ContactFields, customFields: readonly { label: string; value: string }[] = []): { id: string; num: number } {
    const id = this.ids.next();
    const info = this.insertContact.run(id, ...this.contactColumns(fields), this.context.source, this.context.batchId, this.context.now, this.context.now);
    const num = Number(info.lastInsertRowid);
    this.writeDetails(id, num, fields, customFields);
    return { id, num };
  }

  private contactColumns(fields: ContactFields): [string, string, string, string, string, string, string, string | null, string, string | null, string] {
    const companyName = fields.company.trim();
    const companyId = fields.kind === 'person' && companyName ? this.companyFor(companyName) : null;
    const displayName = displayNameOf(fields);
    return [
      fields.kind,
      fields.kind === 'person' ? fields.firstName : '',
      fields.kind === 'person' ? fields.lastName : '',
      companyName,
      displayName,
      foldText(displayName),
      fields.kind === 'company' ? this.context.companies.of(companyName) : personNameKey(fields.firstName, fields.lastName),
      companyId,
      fields.title,
      fields.birthday,
      fields.notes,
    ];
  }

  private writeDetails(id: string, num: number, fields: ContactFields, customFields: readonly { label: string; value: string }[]): void {
    const { context } = this;
    fields.emails.forEach((email, position) => this.insertEmail.run(id, position, email.label, email.value, emailKey(email.value)));
    const phoneTerms: string[] = [];
    fields.phones.forEach((phone, position) => {
      const facts = context.phones.get(phone.value);
      this.insertPhone.run(id, position, phone.label, phone.value, facts.e164);
      phoneTerms.push(...facts.searchTerms);
    });
    fields.addresses.forEach((a, position) => this.insertAddress.run(id, position, a.label, a.street, a.city, a.region, a.postalCode, a.country));
    fields.websites.forEach((site, position) => this.insertWebsite.run(id, position, site.label, site.value));
    this.writeTags(id, fields.tags);
    customFields.forEach((field, position) => this.insertCustom.run(id, position, field.label, field.value));
    const row = searchRowFor(fields, phoneTerms);
    this.insertFts.run(num, row.names, row.company, row.emails, row.phones, row.notes);
  }

  private companyFor(name: string): string {
    const key = this.context.companies.of(name);
    const cached = this.companyIds.get(key);
    if (cached) return cached;
    const existing = this.findCompany.get(key);
    let id = existing?.id;
    if (!id) {
      id = this.create(companyCardFields(name)).id;
      this.companyCardsCreated++;
    }
    this.companyIds.set(key, id);
    return id;
  }

  private writeTags(contactId: string, tags: readonly string[]): void {
    for (const [position, name] of distinctTags(tags).entries()) {
      const folded = name.toLowerCase();
      let tagId = this.tagIds.get(folded);
      if (!tagId) {
        tagId = this.findTag.get(name)?.id;
        if (!tagId) {
          tagId = this.ids.next();
          this.insertTag.run(tagId, name, this.context.now);
        }
        this.tagIds.set(folded, tagId);
      }
      this.insertContactTag.run(contactId, tagId, position);
    }
  }
}
