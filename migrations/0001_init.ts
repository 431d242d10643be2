import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * The first schema: people and companies in one `contacts` table (a company card is a contact of
 * kind 'company', so it can have its own phones and emails), their multi-valued details, tags,
 * settings, import batches and the full-text index.
 *
 * `num` is an INTEGER PRIMARY KEY so the FTS rowid that points at it survives VACUUM; `id` is the
 * public text id (UUIDv7) that can move between devices.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'init',
  async up(db: Kysely<unknown>) {
    const statements = [
      sql`CREATE TABLE import_batches (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        file_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        undone_at TEXT,
        counts TEXT NOT NULL DEFAULT '{}'
      )`,
      sql`CREATE TABLE contacts (
        num INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'company')),
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        company_name TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        name_key TEXT NOT NULL DEFAULT '',
        company_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '',
        birthday TEXT,
        notes TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'manual',
        import_batch_id TEXT REFERENCES import_batches(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      )`,
      sql`CREATE INDEX contacts_live_sort ON contacts (sort_key, num) WHERE deleted_at IS NULL`,
      sql`CREATE INDEX contacts_kind_sort ON contacts (kind, sort_key, num) WHERE deleted_at IS NULL`,
      sql`CREATE INDEX contacts_company ON contacts (company_id)`,
      // Month-day of a birthday (both 'YYYY-MM-DD' and '--MM-DD' end with it) for "who to call today".
      sql`CREATE INDEX contacts_birthday_md ON contacts (substr(birthday, -5)) WHERE birthday IS NOT NULL AND deleted_at IS NULL`,
      sql`CREATE INDEX contacts_company_key ON contacts (kind, name_key) WHERE deleted_at IS NULL`,
      sql`CREATE INDEX contacts_batch ON contacts (import_batch_id) WHERE import_batch_id IS NOT NULL`,
      sql`CREATE TABLE contact_emails (
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        value TEXT NOT NULL,
        value_key TEXT NOT NULL,
        PRIMARY KEY (contact_id, position)
      ) WITHOUT ROWID`,
      sql`CREATE INDEX contact_emails_key ON contact_emails (value_key)`,
      sql`CREATE TABLE contact_phones (
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        value TEXT NOT NULL,
        e164 TEXT,
        PRIMARY KEY (contact_id, position)
      ) WITHOUT ROWID`,
      sql`CREATE INDEX contact_phones_e164 ON contact_phones (e164) WHERE e164 IS NOT NULL`,
      sql`CREATE TABLE contact_addresses (
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (contact_id, position)
      ) WITHOUT ROWID`,
      sql`CREATE TABLE contact_websites (
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        value TEXT NOT NULL,
        PRIMARY KEY (contact_id, position)
      ) WITHOUT ROWID`,
      sql`CREATE TABLE tags (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL
      )`,
      sql`CREATE TABLE contact_tags (
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        tag_id TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (contact_id, tag_id)
      ) WITHOUT ROWID`,
      sql`CREATE INDEX contact_tags_tag ON contact_tags (tag_id)`,
      sql`CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      )`,
      // The search index. rowid = contacts.num. remove_diacritics 2 folds accents on both the
      // indexed text and the query, so "franc" finds "François"; prefix indexes keep short
      // prefix queries from scanning the whole term list.
      sql`CREATE VIRTUAL TABLE contacts_fts USING fts5(
        names, company, emails, phones, notes,
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '1 2 3'
      )`,
      // A contact removed for good (trash purge, import undo) takes its search row with it, so
      // the index never counts or returns what is gone, whichever code path deleted it.
      sql`CREATE TRIGGER contacts_fts_on_delete AFTER DELETE ON contacts BEGIN
        DELETE FROM contacts_fts WHERE rowid = old.num;
      END`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};
