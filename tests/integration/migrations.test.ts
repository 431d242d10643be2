import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrations } from '../../migrations/index.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { createCore } from '../../electron/core/core.ts';
import { makeTempDir } from '../helpers/temp-core.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const hashOf = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('migrations', () => {
  it('migrates an empty file to the latest version with WAL and foreign keys on', async () => {
    const database = await openDatabase(path.join(dir, 'carnet.sqlite'));
    expect(database.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(database.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const tables = database.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((row) => (row as { name: string }).name);
    expect(tables).toEqual(expect.arrayContaining(['contacts', 'contact_emails', 'contact_phones', 'tags', 'contacts_fts', 'import_batches', 'contact_photos']));
    await database.close();
  });

  it('is idempotent: opening again runs nothing', async () => {
    const file = path.join(dir, 'carnet.sqlite');
    await (await openDatabase(file)).close();
    const again = await openDatabase(file);
    expect(again.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await again.close();
  });

  it('each step migrates data written at the version before it', async () => {
    const file = path.join(dir, 'carnet.sqlite');
    for (let step = 1; step < migrations.length; step++) {
      fs.rmSync(file, { force: true });
      const older = await openDatabase(file, { migrations: migrations.slice(0, step) });
      expect(older.schemaVersion).toBe(migrations[step - 1]!.version);
      await sql`INSERT INTO contacts (id, kind, first_name, display_name, sort_key, created_at, updated_at) VALUES ('c1', 'person', 'Old', 'Old', 'old', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')`.execute(older.db);
      await older.close();
      const newer = await openDatabase(file);
      expect(newer.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(newer.sqlite.prepare("SELECT first_name FROM contacts WHERE id = 'c1'").get()).toEqual({ first_name: 'Old' });
      await newer.close();
    }
  });

  it('refuses a database from a newer Carnet and leaves the file byte for byte as it was', async () => {
    const file = path.join(dir, 'carnet.sqlite');
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = hashOf(file);
    await expect(createCore({ dataDir: dir })).rejects.toMatchObject({ code: 'schema_too_new', message: expect.stringMatching(/newer version of Carnet.*not changed/s) });
    expect(hashOf(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database with a clear message', async () => {
    fs.writeFileSync(path.join(dir, 'carnet.sqlite'), 'this is not sqlite at all, just text '.repeat(200));
    await expect(createCore({ dataDir: dir })).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/not a Carnet database/) });
  });

  it('rolls a failing migration back whole and keeps the previous version', async () => {
    const file = path.join(dir, 'carnet.sqlite');
    const broken = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      async up(db: Parameters<(typeof migrations)[number]['up']>[0]) {
        await sql`CREATE TABLE half_done (x)`.execute(db);
        throw new Error('boom');
      },
    };
    await expect(openDatabase(file, { migrations: [...migrations, broken] })).rejects.toThrow('boom');
    const check = new BetterSqlite3(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    check.close();
  });
});
