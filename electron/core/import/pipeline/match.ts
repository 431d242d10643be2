import type BetterSqlite3 from 'better-sqlite3';
import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import { namesAgree, type NamedRecord } from '../../../../shared/domain/name-agreement.ts';
import { emailKey, personNameKey } from '../../../../shared/domain/text.ts';
import { CompanyKeys } from './company-keys.ts';
import { PhoneFactsCache } from './phone-facts.ts';

export type MatchBy = 'email' | 'phone' | 'name' | 'id';

/**
 * Who a row is matched with: a contact that existed before the import, or a contact an earlier
 * row of the same file makes (`target` is then that row's plan reference, see plan.ts).
 */
export interface Match {
  /** An existing contact's id, or the plan's reference of an earlier row's contact. */
  target: string;
  displayName: string;
  by: MatchBy;
  /** The shared email or phone, as this row has it ('' for a name + company match). */
  value: string;
  /** The earlier row's line when the match is a row of the same file. */
  line: number | null;
  /**
   * The two share an email or phone but their names conflict (Alice Martin and Bob Durand on one
   * switchboard): a possible duplicate, never merged unless the user says so for this row.
   */
  namesConflict: boolean;
}

/** The keys a record is matched on: normalized emails, E.164 phones, name + company. */
export interface MatchKeys {
  /** [key, the value as the row has it] */
  emails: [string, string][];
  phones: [string, string][];
  /** person: "name|companyKey"; company card: "company:<companyKey>"; '' when there is no name. */
  name: string;
}

export function matchKeysOf(fields: ContactFields, caches: { phones: PhoneFactsCache; companies: CompanyKeys }): MatchKeys {
  const { phones, companies } = caches;
  const emails = fields.emails.map((email): [string, string] => [emailKey(email.value), email.value]);
  const e164s: [string, string][] = [];
  for (const phone of fields.phones) {
    const e164 = phones.get(phone.value).e164;
    if (e164 !== null) e164s.push([e164, phone.value]);
  }
  let name = '';
  if (fields.kind === 'company') name = `company:${companies.of(fields.company)}`;
  else {
    const person = personNameKey(fields.firstName, fields.lastName);
    if (person.trim() !== '') name = `${person}|${companies.of(fields.company)}`;
  }
  return { emails, phones: e164s, name };
}

interface ContactRow {
  id: string;
  display_name: string;
  kind: 'person' | 'company';
  first_name: string;
  last_name: string;
  company_name: string;
}

/** A contact an earlier row of the file stands for, remembered under each of its keys. */
interface SeenEntry {
  line: number;
  target: string;
  names: NamedRecord;
  displayName: string;
}

/**
 * How many contacts sharing one email or phone are compared with a row. A switchboard shared by
 * a whole office has tens; past this many, a row that agrees with none of them is created (a
 * possible duplicate), never merged into a stranger.
 */
const MAX_SHARING = 50;

/**
 * Finds the contact a record is the same person as. A shared email or E.164 phone is evidence,
 * not identity: it makes a match only when the names agree (see `namesAgree`); a shared key with
 * conflicting names is reported as a possible duplicate. Without an agreeing key, the same name
 * at the same company (compared by `companyKey`, so "IBM Corp." and "I.B.M." agree) matches.
 * Rows earlier in the same file count too, so a file that lists someone twice does not create
 * them twice. Reads through prepared statements on the raw connection: a 100k-row import asks
 * these questions 300k times.
 */
export class Matcher {
  private readonly byEmail: BetterSqlite3.Statement<[string], ContactRow>;
  private readonly byPhone: BetterSqlite3.Statement<[string], ContactRow>;
  private readonly byPersonAtCompany: BetterSqlite3.Statement<[string, string], ContactRow>;
  private readonly byPersonWithoutCompany: BetterSqlite3.Statement<[string], ContactRow>;
  private readonly byCompanyName: BetterSqlite3.Statement<[string], ContactRow>;
  private readonly byId: BetterSqlite3.Statement<[string], ContactRow>;
  /** Keys of rows seen earlier in this file ("e:", "p:", "n:" + key) -> the contacts they stand for. */
  private readonly seen = new Map<string, SeenEntry[]>();
  /** Names of existing contacts as this import has changed them so far (an update can fill a last name). */
  private readonly renamed = new Map<string, NamedRecord>();

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
    const columns = 'c.id, c.display_name, c.kind, c.first_name, c.last_name, c.company_name';
    this.byEmail = sqlite.prepare(
      `SELECT DISTINCT ${columns} FROM contact_emails e JOIN contacts c ON c.id = e.contact_id
       WHERE e.value_key = ? AND c.deleted_at IS NULL ORDER BY c.num LIMIT ${MAX_SHARING}`,
    );
    this.byPhone = sqlite.prepare(
      `SELECT DISTINCT ${columns} FROM contact_phones p JOIN contacts c ON c.id = p.contact_id
       WHERE p.e164 = ? AND c.deleted_at IS NULL ORDER BY c.num LIMIT ${MAX_SHARING}`,
    );
    // Name + company goes through the company card (its name_key is the companyKey), then the
    // few people linked to it: a common name alone can have thousands of rows. The unary "+" keeps
    // SQLite from preferring the (kind, name_key) index, which would walk all of those.
    this.byPersonAtCompany = sqlite.prepare(
      `SELECT ${columns} FROM contacts c
       WHERE c.company_id IN (SELECT k.id FROM contacts k WHERE k.kind = 'company' AND k.name_key = ? AND k.deleted_at IS NULL)
         AND +c.name_key = ? AND +c.kind = 'person' AND c.deleted_at IS NULL ORDER BY c.num LIMIT 1`,
    );
    this.byPersonWithoutCompany = sqlite.prepare(
      `SELECT ${columns} FROM contacts c WHERE c.kind = 'person' AND c.name_key = ? AND c.company_name = '' AND c.deleted_at IS NULL ORDER BY c.num LIMIT 1`,
    );
    this.byId = sqlite.prepare(`SELECT ${columns} FROM contacts c WHERE c.id = ? AND c.deleted_at IS NULL`);
    this.byCompanyName = sqlite.prepare(
      `SELECT ${columns} FROM contacts c WHERE c.kind = 'company' AND c.name_key = ? AND c.deleted_at IS NULL ORDER BY c.num LIMIT 1`,
    );
  }

  /**
   * The best match for a row: a shared email (then phone) with agreeing names; else the same
   * name and company; else a shared key whose names conflict (a possible duplicate); else null.
   *
   * A record that keeps its Carnet id (a Carnet JSON export) is first looked up by that id: the
   * same record, when the names agree; when they conflict, the id is no proof (an edited file, or
   * another database's record) and the row is matched as any other, the id holder reported as a
   * possible duplicate. Such a record never matches an earlier row of its file: two ids are two
   * records in the Carnet it came from, homonyms included.
   */
  find(fields: ContactFields, keys: MatchKeys = matchKeysOf(fields, this), carnetId: string | null = null): Match | null {
    let conflicting: Match | null = null;
    if (carnetId !== null) {
      const row = this.byId.get(carnetId);
      if (row) {
        const holder = this.entryOf(row);
        if (namesAgree(fields, holder.names)) return matchOf(holder, 'id', '', false);
        conflicting = matchOf(holder, 'id', '', true);
      }
    }
    const seenUnder = (key: string) => (carnetId === null ? this.seenUnder(key) : []);
    const lookups: [MatchBy, [string, string][], Set<string>, BetterSqlite3.Statement<[string], ContactRow>][] = [
      ['email', keys.emails, this.knownEmails, this.byEmail],
      ['phone', keys.phones, this.knownPhones, this.byPhone],
    ];
    for (const [by, pairs, known, statement] of lookups) {
      for (const [key, value] of pairs) {
        const candidates = [...seenUnder(`${by[0]}:${key}`), ...(known.has(key) ? statement.all(key).map((row) => this.entryOf(row)) : [])];
        for (const candidate of candidates) {
          const agree = namesAgree(fields, candidate.names);
          if (agree) return matchOf(candidate, by, value, false);
          conflicting ??= matchOf(candidate, by, value, true);
        }
      }
    }
    if (keys.name !== '') {
      const inFile = seenUnder(`n:${keys.name}`)[0];
      if (inFile) return matchOf(inFile, 'name', '', false);
      const row = this.findByName(fields);
      if (row) return matchOf(this.entryOf(row), 'name', '', false);
    }
    return conflicting;
  }

  /**
   * Records that a row now stands for a contact (one it creates, or an existing one it updates),
   * so later rows of the file match it under the row's keys and the contact's names.
   */
  remember(keys: MatchKeys, line: number, target: string, names: NamedRecord, displayName: string): void {
    const entry: SeenEntry = { line, target, names: namesOf(names), displayName };
    const add = (key: string) => {
      const entries = this.seen.get(key);
      if (!entries) this.seen.set(key, [entry]);
      else if (entries.length < MAX_SHARING && !entries.some((other) => other.target === target)) entries.push(entry);
    };
    for (const [email] of keys.emails) add(`e:${email}`);
    for (const [phone] of keys.phones) add(`p:${phone}`);
    if (keys.name !== '') add(`n:${keys.name}`);
  }

  /** An existing contact's names after this import changed them (an update filled a missing name). */
  rename(contactId: string, names: NamedRecord): void {
    this.renamed.set(contactId, namesOf(names));
  }

  private seenUnder(key: string): SeenEntry[] {
    return this.seen.get(key) ?? [];
  }

  private entryOf(row: ContactRow): SeenEntry {
    const names = this.renamed.get(row.id) ?? { kind: row.kind, firstName: row.first_name, lastName: row.last_name, company: row.company_name };
    return { line: -1, target: row.id, names, displayName: row.display_name };
  }

  private findByName(fields: ContactFields): ContactRow | undefined {
    const company = this.companies.of(fields.company);
    if (company !== '' && !this.knownCompanies.has(company)) return undefined;
    if (fields.kind === 'company') return this.byCompanyName.get(company);
    const name = personNameKey(fields.firstName, fields.lastName);
    return company === '' ? this.byPersonWithoutCompany.get(name) : this.byPersonAtCompany.get(company, name);
  }
}

function namesOf(record: NamedRecord): NamedRecord {
  return { kind: record.kind, firstName: record.firstName, lastName: record.lastName, company: record.company };
}

function matchOf(entry: SeenEntry, by: MatchBy, value: string, namesConflict: boolean): Match {
  return { target: entry.target, displayName: entry.displayName, by, value, line: entry.line >= 0 ? entry.line : null, namesConflict };
}
