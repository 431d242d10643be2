import { afterEach, describe, expect, it } from 'vitest';
import { migrations, LATEST_SCHEMA_VERSION } from '../../migrations/index.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';
import { backupOf, liveState } from '../helpers/backup-fixtures.ts';
import { addInteraction, addTask, lastContacted, trashState } from '../helpers/crm-rows.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('restoring backups from other Carnet versions', () => {
  it('migrates a backup from an older schema forward, then restores it', async () => {
    const old = await openTempCore({ migrations: migrations.slice(0, 1), autoBackup: { enabled: false } });
    cleanups.push(old.cleanup);
    expect(old.core.context.database.schemaVersion).toBe(1);
    // Written in schema 1's own columns: the app's stores write the latest schema, which a
    // schema-1 database (only ever made in tests) does not have.
    const sqlite = old.core.context.database.sqlite;
    const now = '2024-01-01T00:00:00.000Z';
    sqlite.prepare("INSERT INTO contacts (id, kind, first_name, last_name, display_name, sort_key, notes, created_at, updated_at) VALUES ('olga', 'person', 'Olga', 'Oldschema', 'Olga Oldschema', 'oldschema olga', 'from v1', ?, ?)").run(now, now);
    const num = (sqlite.prepare("SELECT num FROM contacts WHERE id = 'olga'").get() as { num: number }).num;
    sqlite.prepare("INSERT INTO contacts_fts (rowid, names, company, emails, phones, notes) VALUES (?, 'Olga Oldschema', '', '', '', 'from v1')").run(num);
    sqlite.prepare("INSERT INTO tags (id, name, created_at) VALUES ('t1', 'legacy', ?)").run(now);
    sqlite.prepare("INSERT INTO contact_tags (contact_id, tag_id, position) VALUES ('olga', 't1', 0)").run();
    const folder = makeTempDir('carnet-usb-');
    cleanups.push(folder.cleanup);
    const backup = await backupOf(old.core, old.dataDir, folder.dir);
    expect(backup.manifest.schemaVersion).toBe(1);

    const current = await openTempCore({ autoBackup: { enabled: false } });
    cleanups.push(current.cleanup);
    const result = await current.core.call('backup.restore', { path: backup.path, passphrase: null });
    expect(result.migratedFrom).toBe(1);
    expect(current.core.context.database.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const found = await current.core.call('contacts.list', { search: 'olga' });
    expect(found.items.map((item) => item.displayName)).toEqual(['Olga Oldschema']);
    const restored = await current.core.call('contacts.get', { id: found.items[0]!.id });
    expect(restored).toMatchObject({ firstName: 'Olga', lastName: 'Oldschema', tags: ['legacy'], notes: 'from v1', customFields: [] });
    // Tables added by later migrations exist and work after the restore.
    const tables = current.core.context.database.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'contact_photos'").all();
    expect(tables).toHaveLength(1);
    // Migration 0006 ran on the restored data: Olga is never contacted, and her data takes interactions and tasks.
    expect(backup.manifest.counts).toMatchObject({ contacts: 1, interactions: 0, tasks: 0, purchases: 0 });
    expect(lastContacted(current.core, 'olga')).toBeNull();
    await addInteraction(current.core, ['olga'], { occurred_at: '2026-11-01T10:00:00.000Z' });
    await addTask(current.core, 'olga');
    // Migration 0007 too: she can buy, and her purchases follow her to the trash.
    await current.core.call('purchases.add', { contactId: 'olga', purchasedOn: '2026-11-01', currency: 'EUR', lines: [{ item: 'Tea', quantity: 1, unitPrice: 500 }] });
    expect(lastContacted(current.core, 'olga')).toBe('2026-11-01T10:00:00.000Z');
    await current.core.call('contacts.delete', { id: 'olga' });
    expect(Object.values(trashState(current.core).tasks).every((stamp) => stamp !== null)).toBe(true);
    expect(current.core.context.database.sqlite.prepare('SELECT count(*) AS n FROM purchases WHERE deleted_at IS NULL').get()).toEqual({ n: 0 });
  });

  it('refuses a backup from a newer Carnet before changing anything', async () => {
    const newer = await openTempCore({ autoBackup: { enabled: false } });
    cleanups.push(newer.cleanup);
    await newer.core.call('contacts.create', { firstName: 'Future' });
    newer.core.context.database.sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    const folder = makeTempDir('carnet-usb-');
    cleanups.push(folder.cleanup);
    const backup = await backupOf(newer.core, newer.dataDir, folder.dir);

    const current = await openTempCore({ autoBackup: { enabled: false } });
    cleanups.push(current.cleanup);
    await current.core.call('contacts.create', { firstName: 'Present' });
    const before = await liveState(current.core);
    const error = await current.core.call('backup.restore', { path: backup.path, passphrase: null }).catch((caught: { code: string; message: string }) => caught);
    expect(error).toMatchObject({ code: 'schema_too_new' });
    expect((error as { message: string }).message).toMatch(/newer version of Carnet.*Update Carnet.*Nothing was restored/s);
    expect(await liveState(current.core)).toEqual(before);
    expect((await current.core.call('backup.status', {})).undo).toBeNull();
  });
});
