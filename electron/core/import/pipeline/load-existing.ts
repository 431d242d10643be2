import type BetterSqlite3 from 'better-sqlite3';
import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import { ADDRESS_COLUMNS, FIELD_COLUMNS, contactFieldsFromRows, type ContactDetailsRead, type ContactFieldRowRead } from '../../contacts/contact-rows.ts';

type Details = ContactDetailsRead<{ label: string; value: string }>;

/**
 * Reads an existing contact's editable fields with prepared statements: re-importing a big file
 * compares every row with the contact it matches, and Kysely's loadContact (six queries built
 * per call) is what that would spend its time on. The rows become fields through the same
 * `contactFieldsFromRows` as loadContact's, so both give the same fields.
 */
export class ExistingContacts {
  private readonly contact: BetterSqlite3.Statement<[string], ContactFieldRowRead>;
  private readonly emails: BetterSqlite3.Statement<[string], Details['emails'][number]>;
  private readonly phones: BetterSqlite3.Statement<[string], Details['phones'][number]>;
  private readonly addresses: BetterSqlite3.Statement<[string], Details['addresses'][number]>;
  private readonly websites: BetterSqlite3.Statement<[string], Details['websites'][number]>;
  private readonly tags: BetterSqlite3.Statement<[string], string>;
  private readonly custom: BetterSqlite3.Statement<[string], { label: string; value: string }>;
  private readonly photo: BetterSqlite3.Statement<[string], number>;

  constructor(sqlite: BetterSqlite3.Database) {
    this.contact = sqlite.prepare(`SELECT ${FIELD_COLUMNS.join(', ')} FROM contacts WHERE id = ? AND deleted_at IS NULL`);
    this.emails = sqlite.prepare('SELECT label, value FROM contact_emails WHERE contact_id = ? ORDER BY position');
    this.phones = sqlite.prepare('SELECT label, value FROM contact_phones WHERE contact_id = ? ORDER BY position');
    this.addresses = sqlite.prepare(`SELECT ${ADDRESS_COLUMNS.join(', ')} FROM contact_addresses WHERE contact_id = ? ORDER BY position`);
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
    return contactFieldsFromRows(row, {
      emails: this.emails.all(id),
      phones: this.phones.all(id),
      addresses: this.addresses.all(id),
      websites: this.websites.all(id),
      tags: this.tags.all(id),
    });
  }
}
