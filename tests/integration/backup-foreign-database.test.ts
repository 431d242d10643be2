import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { verifyBackup } from '../../electron/core/backup/verify-backup.ts';
import { restoreBackup } from '../../electron/core/backup/restore-backup.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../migrations/index.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';
import { backupOf, liveState, seedContacts } from '../helpers/backup-fixtures.ts';
import { backupAroundDatabase, editedDatabaseBackup } from '../helpers/crafted-backups.ts';

let core: Core;
let dataDir: string;
let closeCore: () => Promise<void>;
let work: { dir: string; cleanup: () => void };
let plain: string;

beforeAll(async () => {
  ({ core, dataDir, cleanup: closeCore } = await openTempCore());
  await seedContacts(core);
  work = makeTempDir('carnet-foreign-');
  plain = (await backupOf(core, dataDir, work.dir)).path;
});
afterAll(async () => {
  await closeCore();
  work.cleanup();
});

/** A valid SQLite file that is not Carnet's: an invoicing app's, with Carnet's schema number. */
function foreignBackup(): string {
  return backupAroundDatabase(path.join(work.dir, 'invoices.carnetbackup'), plain, work.dir, (sqlite) => {
    sqlite.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer TEXT, total REAL); INSERT INTO invoices VALUES (1, \'Ana\', 12.5)');
    sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
  });
}

/** Carnet-looking databases, each with one thing changed, and what verify must say about it. */
const edits: [string, string, RegExp][] = [
  ['a missing column', 'ALTER TABLE contacts DROP COLUMN title', /table "contacts" has no column "title"/],
  ['a missing table', 'DROP TABLE settings', /table "settings" is missing/],
  ['a missing index', 'DROP INDEX contact_emails_key', /index "contact_emails_key" on "contact_emails" is missing/],
  ['an extra table', 'CREATE TABLE invoices (id INTEGER PRIMARY KEY)', /table "invoices" is not part of Carnet's schema/],
  ['an extra column', "ALTER TABLE contacts ADD COLUMN secret TEXT NOT NULL DEFAULT ''", /table "contacts" has a column "secret" that Carnet does not make/],
  ['a trigger of its own', 'CREATE TRIGGER wipe AFTER INSERT ON contacts BEGIN DELETE FROM contact_emails; END', /trigger wipe is not part of Carnet's schema/],
  ['a changed search index', 'DROP TABLE contacts_fts; CREATE VIRTUAL TABLE contacts_fts USING fts5(names)', /virtual table contacts_fts is defined differently/],
  ['a view of its own', 'CREATE VIEW everyone AS SELECT * FROM contacts', /view everyone is not part of Carnet's schema/],
];

describe('verify compares the schema with what the migrations make', () => {
  it('refuses a valid SQLite database with other tables', async () => {
    const outcome = await verifyBackup(foreignBackup());
    expect(outcome).toMatchObject({ ok: false, problem: 'not_carnet_database' });
    expect(outcome.message).toMatch(new RegExp(`does not hold a Carnet database of schema ${LATEST_SCHEMA_VERSION}: table "\\w+" is missing`));
    expect(outcome.message).toMatch(/and \d+ more differences/);
  });

  it('refuses a database with tables but schema version 0 (not made by Carnet at all)', async () => {
    const target = backupAroundDatabase(path.join(work.dir, 'version0.carnetbackup'), plain, work.dir, (sqlite) => {
      sqlite.exec('CREATE TABLE notes (body TEXT)');
      sqlite.pragma('user_version = 0');
    });
    expect(await verifyBackup(target)).toMatchObject({ ok: false, problem: 'not_carnet_database', message: expect.stringMatching(/table "notes" is not part of Carnet's schema/) });
  });

  for (const [what, statement, message] of edits) {
    it(`refuses a Carnet-looking database with ${what}`, async () => {
      const target = editedDatabaseBackup(plain, work.dir, statement);
      const outcome = await verifyBackup(target);
      expect(outcome).toMatchObject({ ok: false, problem: 'not_carnet_database' });
      expect(outcome.message).toMatch(message);
    });
  }

  it('accepts a genuine backup, and one from an older schema (compared with that schema)', async () => {
    expect(await verifyBackup(plain)).toMatchObject({ ok: true });
    const old = await openTempCore({ migrations: migrations.slice(0, 1) });
    try {
      const backup = await backupOf(old.core, old.dataDir, work.dir);
      expect(backup.manifest.schemaVersion).toBe(1);
      expect(await verifyBackup(backup.path)).toMatchObject({ ok: true, restorable: true });
    } finally {
      await old.cleanup();
    }
  });

  it('accepts a database that SQLite has analysed (its statistics tables are SQLite’s own)', async () => {
    const target = editedDatabaseBackup(plain, work.dir, 'ANALYZE');
    expect(await verifyBackup(target)).toMatchObject({ ok: true });
  });
});

describe('restore refuses a database that is not Carnet’s, and changes nothing', () => {
  it('keeps the live data, the undo state and a working core', async () => {
    const live = { sqlite: core.context.database.sqlite, path: core.context.database.path, dataDir };
    const before = await liveState(core);
    const files = [foreignBackup(), ...edits.map(([, statement]) => editedDatabaseBackup(plain, work.dir, statement))];
    for (const file of files) {
      const error = await restoreBackup(live, file).catch((caught: Error) => caught);
      expect(error, path.basename(file)).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/does not hold a Carnet database.*Nothing was restored/s) });
      expect(await liveState(core)).toEqual(before);
    }
    expect(fs.existsSync(path.join(dataDir, 'restore-undo', 'undo.json'))).toBe(false);
    expect((await core.call('contacts.list', { search: 'lefèvre' })).items).toHaveLength(2); // the core still answers
    expect(fs.existsSync(path.join(dataDir, '.restore-staging'))).toBe(false); // no decrypted copy left behind
  });
});

describe('the reference schema', () => {
  it('is what a database upgraded step by step has (a fresh one and an upgraded one match)', async () => {
    const { referenceSchema, schemaDifferences, schemaOf } = await import('../../electron/core/backup/schema-check.ts');
    const folder = makeTempDir('carnet-upgraded-');
    try {
      for (let version = 1; version <= LATEST_SCHEMA_VERSION; version++) {
        const step = await openTempCore({ dataDir: folder.dir, migrations: migrations.slice(0, version) });
        const sqlite = step.core.context.database.sqlite;
        expect(schemaDifferences(await referenceSchema(version), schemaOf(sqlite)), `schema ${version}`).toEqual([]);
        await step.cleanup();
      }
    } finally {
      folder.cleanup();
    }
  });
});
