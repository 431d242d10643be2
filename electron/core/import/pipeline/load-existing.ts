import type BetterSqlite3 from 'better-sqlite3';
import type { ContactFields } from '../../../../shared/contract/contacts.ts';

interface ContactRow {
  kind: 'person' | 'company';
  first_name: string;
  last_name: string;
  company_name: string;
  title: string;
  birthday: string | null;
  notes: string;
}

/**
 * Reads an existing contact's editable fields with prepared statements: re-importing a big file
 * compares every row with the contact it matches, and Kysely's loadContact (six queries built
 * per call) is what that would spend its time on. Gives the fields loadContact would give.
 */
export class ExistingContacts {
  private readonly contact: BetterSqlite3.Statement<[string], ContactRow>;
  private readonly emails: BetterSqlite3.Statement<[string], { label: string; value: string }>;
  private readonly phones: BetterSqlite3.Statement<[string], { label: string; value: string }>;
  private readonly addresses: BetterSqlite3.Statement<[string], { label: string; street: string; city: string; region: string; postal_code: string; country: string }>;
  private readonly websites: BetterSqlite3.Statement<[string], { label: string; value: string }>;
  private readonly tags: BetterSqlite3.Statement<[string], string>;
  private readonly custom: BetterSqlite3.Statement<[string], { label: string; value: string }>;
  private readonly photo: BetterSqlite3.Statement<[string], number>;

  constructor(sqlite: BetterSqlite3.Database) {
    this.contact = sqlite.prepare('SELECT kind, first_name, last_name, company_name, title, birthday, notes FROM contacts WHERE id = ? AND deleted_at IS NULL');
    this.emails = sqlite.prepare('SELECT label, value FROM contact_emails WHERE contact_id = ? ORDER BY position');
    this.phones = sqlite.prepare('SELECT label, value FROM contact_phones WHERE contact_id = ? ORDER BY position');
    this.addresses = sqlite.prepare('SELECT label, street, city, region, postal_code, country FROM contact_addresses WHERE contact_id = ? ORDER BY position');
    this.websites = sqlite.prepare('SELECT label, value FROM contact_websites WHERE contact_id = ? ORDER BY position');
    this.tags = sqlite.prepare<[string], string>('SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ? ORDER BY ct.position').pluck();
    this.custom = sqlite.prepare('SELECT label, value FROM contact_custom_fields WHERE contact_id = ? ORDER BY position');
    this.photo = sqlite.prepare<[string], number>('SELECT 1 FROM contact_photos WHERE contact_id = ?').pluck();
  }

  customFields(id: string): { label: string; value: string }[] {
    return this.custom.all(id);
  }

  hasPhoto(id: string): boolean {
    return this.photo.get(id) !== undefined;
  }

  /** The contact's fields, or null when it is gone (deleted meanwhile). */
  load(id: string): ContactFields | null {
    const row = this.contact.get(id);
    if (!row) return null;
    return {
      kind: row.kind,
      firstName: row.first_name,
      lastName: row.last_name,
      company: row.company_name,
      title: row.title,
      birthday: row.birthday,
      notes: row.notes,
      emails: this.emails.all(id),
      phones: this.phones.all(id),
      addresses: this.addresses.all(id).map((a) => ({ label: a.label, street: a.street, city: a.city, region: a.region, postalCode: a.postal_code, country: a.country })),
      websites: this.websites.all(id),
      tags: this.tags.all(id),
    };
  }
}
