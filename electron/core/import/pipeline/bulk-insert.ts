import type BetterSqlite3 from 'better-sqlite3';
import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import {
  DETAIL_TABLES, companyCardFields, contactDetailRows, contactTagRow, customFieldRows, distinctTags, newContactRow, newTagRow, searchRow,
  type ContactRowFacts,
} from '../../contacts/contact-rows.ts';
import { prepareInsert, type RowInsert } from '../../db/row-statements.ts';
import { IdPool } from './ids.ts';
import type { CompanyKeys } from './company-keys.ts';
import type { PhoneFactsCache } from './phone-facts.ts';
import type { RecordIdentity } from '../import-record.ts';

export interface BulkContext {
  /** Phone parsing for the import's country, shared with the matcher so each number is parsed once. */
  phones: PhoneFactsCache;
  companies: CompanyKeys;
  source: string;
  batchId: string;
  now: string;
}

type DetailInserts = { [T in (typeof DETAIL_TABLES)[number]]: RowInsert<T> };

/**
 * Creates new contacts with prepared statements on the raw connection, without Kysely's
 * per-statement overhead, which dominates a 100k-row import. The rows are `saveContact`'s own
 * (contact, details, company link, tags, search row): both build them with contacts/contact-rows.ts,
 * and the prepared inserts take those row objects. Must run inside the import's open
 * transaction. tests/integration/contact-rows-writers.test.ts checks both writers leave the same rows.
 */
export class BulkInserter {
  private readonly insertContact: RowInsert<'contacts'>;
  private readonly insertDetail: DetailInserts;
  private readonly insertFts: RowInsert<'contacts_fts'>;
  private readonly insertCustom: RowInsert<'contact_custom_fields'>;
  private readonly findTag: BetterSqlite3.Statement<[string], { id: string }>;
  private readonly insertTag: RowInsert<'tags'>;
  private readonly insertContactTag: RowInsert<'contact_tags'>;
  private readonly findCompany: BetterSqlite3.Statement<[string], { id: string }>;
  private readonly idTaken: BetterSqlite3.Statement<[string], number>;
  /** Caches for this import: folded tag name -> id, company key -> company card id. */
  private readonly tagIds = new Map<string, string>();
  private readonly companyIds = new Map<string, string>();
  private readonly ids = new IdPool();
  /** Company cards made for the companies new people work at (the import counts them apart from people). */
  companyCardsCreated = 0;
  private readonly companyKey = (name: string): string => this.context.companies.of(name);

  constructor(sqlite: BetterSqlite3.Database, private readonly context: BulkContext) {
    this.insertContact = prepareInsert(sqlite, 'contacts');
    this.insertDetail = Object.fromEntries(DETAIL_TABLES.map((table) => [table, prepareInsert(sqlite, table)])) as DetailInserts;
    this.insertFts = prepareInsert(sqlite, 'contacts_fts');
    this.insertCustom = prepareInsert(sqlite, 'contact_custom_fields');
    this.findTag = sqlite.prepare('SELECT id FROM tags WHERE name = ?');
    this.insertTag = prepareInsert(sqlite, 'tags');
    this.insertContactTag = prepareInsert(sqlite, 'contact_tags');
    this.idTaken = sqlite.prepare<[string], number>('SELECT 1 FROM contacts WHERE id = ?').pluck();
    this.findCompany = sqlite.prepare(
      `SELECT id FROM contacts WHERE kind = 'company' AND name_key = ? AND deleted_at IS NULL ORDER BY num LIMIT 1`,
    );
  }

  /**
   * Writes one new contact; returns its id and rowid. A Carnet export's record (`identity`) keeps
   * its id, source, times and keep-in-touch; when another contact holds that id already (one in
   * the trash, or one whose names differ), it gets a new id.
   */
  create(fields: ContactFields, customFields: readonly { label: string; value: string }[] = [], identity?: RecordIdentity): { id: string; num: number } {
    const { context } = this;
    const companyName = fields.company.trim();
    const facts: ContactRowFacts = { companyId: fields.kind === 'person' && companyName ? this.companyFor(companyName) : null, companyKey: this.companyKey };
    const id = identity && this.idTaken.get(identity.id) === undefined ? identity.id : this.ids.next();
    const row = newContactRow(fields, facts, { id, source: identity?.source ?? context.source, importBatchId: context.batchId, now: context.now });
    if (identity) {
      row.created_at = identity.createdAt;
      row.updated_at = identity.updatedAt;
      row.keep_in_touch = identity.keepInTouch;
      row.keep_in_touch_since = identity.keepInTouchSince;
    }
    const info = this.insertContact.run(row);
    const num = Number(info.lastInsertRowid);
    const phones = fields.phones.map((phone) => context.phones.get(phone.value));
    const details = contactDetailRows(id, fields, phones);
    for (const table of DETAIL_TABLES) {
      // Each table's rows go to that table's insert; TypeScript cannot pair them through the union.
      const insert = this.insertDetail[table] as { run(row: object): unknown };
      for (const row of details[table]) insert.run(row);
    }
    this.writeTags(id, fields.tags);
    for (const row of customFieldRows(id, customFields)) this.insertCustom.run(row);
    this.insertFts.run(searchRow(num, fields, phones));
    return { id, num };
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
          this.insertTag.run(newTagRow(tagId, name, this.context.now));
        }
        this.tagIds.set(folded, tagId);
      }
      this.insertContactTag.run(contactTagRow(contactId, tagId, position));
    }
  }
}
