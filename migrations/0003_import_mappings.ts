import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Import support: saved column mappings, what each import batch changed on contacts that already
 * existed (so an undo can put them back), and custom fields (CSV columns the user kept under
 * their own label).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'import_mappings',
  async up(db: Kysely<unknown>) {
    const statements = [
      sql`CREATE TABLE import_mappings (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        mapping TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`,
      // One row per existing contact an import updated: the contact as it was before (JSON), and
      // its updated_at right after the import, to tell whether the user edited it since.
      sql`CREATE TABLE import_changes (
        batch_id TEXT NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        before TEXT NOT NULL,
        after_updated_at TEXT NOT NULL,
        photo_added INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (batch_id, contact_id)
      ) WITHOUT ROWID`,
      sql`CREATE TABLE contact_custom_fields (
        contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (contact_id, position)
      ) WITHOUT ROWID`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};
