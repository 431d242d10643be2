import { sql, type Kysely } from 'kysely';
import type { Migration } from './migration.ts';

/**
 * Indexes for the trash.
 *
 * - `contacts_trash`: trashed contacts only (live ones, the vast majority, are not in it), newest
 *   deletion first. The Trash screen pages through it and counts people and companies from the
 *   index alone (kind is in it); the 30-day purge finds expired rows without reading every contact.
 * - `import_changes_contact`: deleting a contact for good cascades to the import_changes rows that
 *   name it, and their primary key starts with the batch, so without this index every deleted
 *   contact would scan the whole table (emptying a trash of 100k contacts after many imports).
 */
export const migration0005: Migration = {
  version: 5,
  name: 'trash_indexes',
  async up(db: Kysely<unknown>) {
    await sql`CREATE INDEX contacts_trash ON contacts (deleted_at, num, kind) WHERE deleted_at IS NOT NULL`.execute(db);
    await sql`CREATE INDEX import_changes_contact ON import_changes (contact_id)`.execute(db);
  },
};
