import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.ts';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import { phoneSearchTerms } from '../../electron/core/contacts/phone.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const NOW = '2020-01-01T00:00:00Z';

describe('migration 0004: phones found by any run of digits', () => {
  it('rewrites the phones of every search row from the stored numbers and keeps the rest', async () => {
    const file = path.join(dir, 'carnet.sqlite');
    const older = await openDatabase(file, { migrations: migrations.filter((m) => m.version < 4) });
    expect(older.schemaVersion).toBe(3);
    const raw = older.sqlite;
    const contact = raw.prepare('INSERT INTO contacts (num, id, kind, first_name, display_name, sort_key, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const phone = raw.prepare('INSERT INTO contact_phones (contact_id, position, value, e164) VALUES (?, ?, ?, ?)');
    const fts = raw.prepare('INSERT INTO contacts_fts (rowid, names, company, emails, phones, notes) VALUES (?, ?, ?, ?, ?, ?)');
    contact.run(1, 'uk', 'person', 'Oliver', 'Oliver', 'oliver', NOW, NOW, null);
    phone.run('uk', 0, '+44 7911 123456', '+447911123456');
    phone.run('uk', 1, 'ext. 5', null);
    fts.run(1, 'Oliver', 'Acme', 'oliver@example.com', '+44 7911 123456 447911123456 07911123456 ext. 5 5', 'likes tea');
    contact.run(2, 'none', 'person', 'Nophone', 'Nophone', 'nophone', NOW, NOW, null);
    fts.run(2, 'Nophone', '', '', '', '');
    // In the trash: no search row, and the migration must not give it one.
    contact.run(3, 'trashed', 'person', 'Gone', 'Gone', 'gone', NOW, NOW, NOW);
    phone.run('trashed', 0, '(415) 555-1234', '+14155551234');
    await older.close();

    const newer = await openDatabase(file, { migrations: migrations.filter((m) => m.version <= 4) }); // this step alone
    expect(newer.schemaVersion).toBe(4);
    const rows = newer.sqlite.prepare('SELECT rowid, names, company, emails, phones, notes FROM contacts_fts ORDER BY rowid').all();
    expect(rows).toEqual([
      { rowid: 1, names: 'Oliver', company: 'Acme', emails: 'oliver@example.com', phones: [...phoneSearchTerms('+44 7911 123456', '+447911123456'), ...phoneSearchTerms('ext. 5', null)].join(' '), notes: 'likes tea' },
      { rowid: 2, names: 'Nophone', company: '', emails: '', phones: '', notes: '' },
    ]);
    const match = (query: string) => newer.sqlite.prepare('SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?').pluck().all(query);
    expect(match('"1234"*')).toEqual([1]);
    expect(match('"likes"*')).toEqual([1]);
    expect(match('"5551234"*')).toEqual([]); // the trashed contact stays out of the index
    // The delete trigger still keeps the rebuilt index in step with the contacts.
    await sql`DELETE FROM contacts WHERE id = 'uk'`.execute(newer.db);
    expect(match('"oliver"*')).toEqual([]);
    newer.sqlite.prepare("INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('integrity-check', 1)").run();
    await newer.close();
  });

  it('leaves search working through the core after the upgrade', async () => {
    const older = await openDatabase(path.join(dir, 'carnet.sqlite'), { migrations: migrations.filter((m) => m.version < 4) });
    await older.close();
    const { core, cleanup: close } = await openTempCore({ dataDir: dir });
    const created = await core.call('contacts.create', { firstName: 'Grace', phones: [{ value: '(415) 555-1234' }] });
    expect((await core.call('contacts.list', { search: '5551234' })).items.map((item) => item.id)).toEqual([created.id]);
    await close();
  });
});
