import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The tables migration 0003 adds for imports (kept here: the import area owns them). */
export interface ImportMappingsTable {
  id: string;
  name: string;
  mapping: string;
  created_at: string;
}

export interface ImportChangesTable {
  batch_id: string;
  contact_id: string;
  before: string;
  after_updated_at: string;
  photo_added: number;
}

export type { ContactCustomFieldsTable } from '../db/schema.ts';

export interface ImportDatabase extends Database {
  import_mappings: ImportMappingsTable;
  import_changes: ImportChangesTable;
}

export type ImportDb = Kysely<ImportDatabase> | Transaction<ImportDatabase>;

/** The app's Kysely instance seen with the import tables too (same connection, wider types). */
export function importDb(db: Kysely<Database> | Transaction<Database>): ImportDb {
  return db as unknown as ImportDb;
}
