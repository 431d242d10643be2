import type BetterSqlite3 from 'better-sqlite3';
import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import { companyKey, emailKey, personNameKey } from '../../../../shared/domain/text.ts';
import { toE164 } from '../../contacts/phone.ts';

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

export function matchKeysOf(fields: ContactFields, country: string): MatchKeys {
  const emails = fields.emails.map((email) => emailKey(email.value));
  const phones = fields.phones.map((phone) => toE164(phone.value, country)).filter((e164): e164 is string => e164 !== null);
  let name = '';
  if (fields.kind === 'company') name = `company:${companyKey(fields.company)}`;
  else {
    const person = personNameKey(fields.firstName, fields.lastName);
    if (person.trim() !== '') name = `${person}|${companyKey(fields.company)}`;
  }
  return { emails, phones, name };
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
  private readonly byPersonName: BetterSqlite3.Statement<[string], ContactRef & { company_name: string }>;
  private readonly byCompanyName: BetterSqlite3.Statement<[string], ContactRef>;
  /** Keys of rows seen earlier in this file -> that row's contact (id once written). */
  private readonly seen = new Map<string, { line: number; contactId: string | null; displayName: string }>();

  constructor(sqlite: BetterSqlite3.Database, readonly country: string) {
    this.byEmail = sqlite.prepare(
      `SELECT c.id, c.display_name FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
       WHERE e.value_key = ? AND c.deleted_at IS NULL ORDER BY c.num LIMIT 1`,
    );
    this.byPhone = sqlite.prepare(
      `SELECT c.id, c.display_name FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
       WHERE p.e164 = ? AND c.deleted_at IS NULL ORDER BY c.num LIMIT 1`,
    );
    this.byPersonName = sqlite.prepare(
      `SELECT id, display_name, company_name FROM contacts WHERE kind = 'person' AND name_key = ? AND deleted_at IS NULL ORDER BY num LIMIT 20`,
    );
    this.byCompanyName = sqlite.prepare(
      `SELECT id, display_name FROM contacts WHERE kind = 'company' AND name_key = ? AND deleted_at IS NULL ORDER BY num LIMIT 1`,
    );
  }

  find(fields: ContactFields, keys: MatchKeys = matchKeysOf(fields, this.country)): Match | null {
    for (const email of keys.emails) {
      const inFile = this.seen.get(`e:${email}`);
      if (inFile) return { contactId: inFile.contactId, displayName: inFile.displayName, by: 'file', line: inFile.line };
      const row = this.byEmail.get(email);
      if (row) return { contactId: row.id, displayName: row.display_name, by: 'email' };
    }
    for (const phone of keys.phones) {
      const inFile = this.seen.get(`p:${phone}`);
      if (inFile) return { contactId: inFile.contactId, displayName: inFile.displayName, by: 'file', line: inFile.line };
      const row = this.byPhone.get(phone);
      if (row) return { contactId: row.id, displayName: row.display_name, by: 'phone' };
    }
    if (keys.name !== '') {
      const inFile = this.seen.get(`n:${keys.name}`);
      if (inFile) return { contactId: inFile.contactId, displayName: inFile.displayName, by: 'file', line: inFile.line };
      const row = this.findByName(fields, keys.name);
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

  private findByName(fields: ContactFields, key: string): ContactRef | undefined {
    if (fields.kind === 'company') return this.byCompanyName.get(companyKey(fields.company));
    const wantedCompany = companyKey(fields.company);
    const candidates = this.byPersonName.all(personNameKey(fields.firstName, fields.lastName));
    void key;
    return candidates.find((candidate) => companyKey(candidate.company_name) === wantedCompany);
  }
}
