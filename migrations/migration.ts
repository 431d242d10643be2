import type { Kysely } from 'kysely';

/** One schema step. `version` is stored in SQLite's `PRAGMA user_version` once it has run. */
export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}
