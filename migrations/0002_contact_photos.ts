import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Contact photos, one per contact: the image bytes (from a vCard or a scanned card), or a URL a
 * source pointed to (Google's photo links), kept for reference and never fetched.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'contact_photos',
  async up(db: Kysely<unknown>) {
    await sql`CREATE TABLE contact_photos (
      contact_id TEXT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
      mime TEXT NOT NULL DEFAULT '',
      data BLOB,
      url TEXT,
      updated_at TEXT NOT NULL,
      CHECK (data IS NOT NULL OR url IS NOT NULL)
    )`.execute(db);
  },
};
