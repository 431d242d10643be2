import type BetterSqlite3 from 'better-sqlite3';
import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import { emailKey, personNameKey } from '../../../../shared/domain/text.ts';
import { CompanyKeys } from './company-keys.ts';
import { PhoneFactsCache } from './phone-facts.ts';

export type MatchBy = 'email' | 'phone' | 'name' | 'file';

export interface Match {
  /** The existing contact; null for a row that matches an earlier row of the same file not yet written (preview). */
  contactId: string | null;
  displayName: string;
  by: MatchBy;
  /** For a match inside the file: the earlier row's line. */
  line?: number;
}

/** The keys a record is matched on: normalized emails, E.164 phones, name + company. */
export interface MatchKeys {
  emails: string[];
  phones: string[];
  /** person: "name|companyKey"; company card: "company:<companyKey>"; '' when there is no name. */
  name: string;
}

export function matchKeysOf(fields: ContactFields, caches: { phones: PhoneFactsCache; companies: CompanyKeys }): MatchKeys {
  const { phones, companies } = caches;
  const emails = fields.emails.map((email) => emailKey(email.value));
  const e164s = fields.phones.map((phone) => phones.get(phone.value).e164).filter((e164): e164 is string => e164 !== null);
  let name = '';
  if (fields.kind === 'company') name = `company:${companies.of(fields.company)}`;
  else {
    const person = personNameKey(fields.firstName, fields.lastName);
    if (person.trim() !== '') name = `${person}|${companies.of(fields.company)}`;
  }
  return { emails, phones: e164s, name };
}

interface ContactRef {
  id: string;
  display_name: string;
}

/**
 * Finds the contact a record is the same person as: first by email (case-insensitive), then by
 * E.164 phone, then by name plus company (company names compared by `companyKey`, so "IBM Corp."
 * and "I.B.M." agree). Rows earlier in the same file count too, so a file that lists someone
 * twice does not create them twice. Reads through prepared statements on the raw connection: a
 * 100k-row import asks these questions 300k times.
 */
export class Matcher {
  private readonly byEmail: BetterSqlite3.Statement<[string], ContactRef>;
  private readonly byPhone: BetterSqlite3.Statement<[string], ContactRef>;
  private readonly byPersonAtCompany: BetterSqlite3.Statement<[string, string], ContactRef>;
  private readonly byPersonWithoutCompany: BetterSqlite3.Statement<[string], ContactRef>;
  private readonly byCompanyName: BetterSqlite3.Statement<[string], ContactRef>;
  /** Keys of rows seen earlier in this file -> that row's contact (id once written). */
  private readonly seen = new Map<string, { line: number; contactId: string | null; displayName: string }>();

  readonly phones: PhoneFactsCache;
  readonly companies = new CompanyKeys();

  /**
   * Every email key, E.164 number and company key in the database when the import starts. A
   * lookup for a value not in these sets cannot match and skips its query; most rows of a big
   * import are new, so most queries are skipped.
   */
  private readonly knownEmails: Set<string>;
  private readonly knownPhones: Set<string>;
  private readonly knownCompanies: Set<string>;

  constructor(sqlite: BetterSqlite3.Database, readonly country: string) {
    this.phones = new PhoneFactsCache(country);
    const column = (sql: string) => new Set((sqlite.prepare(sql).pluck().all() as string[]));
    this.knownEmails = column('SELECT value_key FROM contact_emails');
    this.knownPhones = column('SELECT e164 FROM contact_phones WHERE e164 IS NOT NULL');
    this.knownCompanies = column("SELECT name_key FROM contacts WHERE kind = 'company' AND deleted_at IS NULL");
    this.byEmail = sqlite.prepare(
      `SELECT c.id, c.display_name FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
       WHERE e.value_key = ? AND c.deleted_at IS NULL ORDER BY c.num LIMIT 1`,
    );
    this.byPhone = sqlite.prepare(
      `SELECT c.id, c.display_name FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
       WHERE p.e164 = ? AND c.deleted_at IS NULL ORDER BY c.num LIMIT 1`,
    );
    // Name + company goes through the company card (its name_key is the companyKey), then the
    // few people linked to it: a common name alone can have thousands of rows. The unary "+" keeps
    // SQLite from preferring the (kind, name_key) index, which would walk all of those.
    this.byPersonAtCompany = sqlite.prepare(
      `SELECT p.id, p.display_name FROM contacts p
       WHERE p.company_id IN (SELECT c.id FROM contacts c WHERE c.kind = 'company' AND c.name_key = ? AND c.deleted_at IS NULL)
         AND +p.name_key = ? AND +p.kind = 'person' AND p.deleted_at IS NULL ORDER BY p.num LIMIT 1`,
    );
    this.byPersonWithoutCompany = sqlite.prepare(
      `SELECT id, display_name FROM contacts WHERE kind = 'person' AND name_key = ? AND company_name = '' AND deleted_at IS NULL ORDER BY num LIMIT 1`,
    );
    this.byCompanyName = sqlite.prepare(
      `SELECT id, display_name FROM contacts WHERE kind = 'company' AND name_key = ? AND deleted_at IS NULL ORDER BY num LIMIT 1`,
    );
  }

  find(fields: ContactFields, keys: MatchKeys = matchKeysOf(fields, this)): Match | null {
    for (const email of keys.emails) {
      const inFile = this.seen.get(`e:${email}`);
      if (inFile) return { contactId: inFile.contactId, displayName: inFile.displayName, by: 'file', line: inFile.line };
      const row = this.knownEmails.has(email) ? this.byEmail.get(email) : undefined;
      if (row) return { contactId: row.id, displayName: row.display_name, by: 'email' };
    }
    for (const phone of keys.phones) {
      const inFile = this.seen.get(`p:${phone}`);
      if (inFile) return { contactId: inFile.contactId, displayName: inFile.displayName, by: 'file', line: inFile.line };
      const row = this.knownPhones.has(phone) ? this.byPhone.get(phone) : undefined;
      if (row) return { contactId: row.id, displayName: row.display_name, by: 'phone' };
    }
    if (keys.name !== '') {
      const inFile = this.seen.get(`n:${keys.name}`);
      if (inFile) return { contactId: inFile.contactId, displayName: inFile.displayName, by: 'file', line: inFile.line };
      const row = this.findByName(fields);
      if (row) return { contactId: row.id, displayName: row.display_name, by: 'name' };
    }
    return null;
  }

  /** Records that a row now stands for a contact, so later rows of the file match it. */
  remember(keys: MatchKeys, line: number, contactId: string | null, displayName: string): void {
    const entry = { line, contactId, displayName };
    for (const email of keys.emails) if (!this.seen.has(`e:${email}`)) this.seen.set(`e:${email}`, entry);
    for (const phone of keys.phones) if (!this.seen.has(`p:${phone}`)) this.seen.set(`p:${phone}`, entry);
    if (keys.name !== '' && !this.seen.has(`n:${keys.name}`)) this.seen.set(`n:${keys.name}`, entry);
  }

  private findByName(fields: ContactFields): ContactRef | undefined {
    const company = this.companies.of(fields.company);
    if (company !== '' && !this.knownCompanies.has(company)) return undefined;
    if (fields.kind === 'company') return this.byCompanyName.get(company);
    const name = personNameKey(fields.firstName, fields.lastName);
    return company === '' ? this.byPersonWithoutCompany.get(name) : this.byPersonAtCompany.get(company, name);
  }
}
