import { afterEach, describe, expect, it } from 'vitest';
import { migrations, LATEST_SCHEMA_VERSION } from '../../migrations/index.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';
import { backupOf, liveState } from '../helpers/backup-fixtures.ts';
import { saveContact } from '../../electron/core/contacts/contact-store.ts';
import { contactInputSchema } from '../../shared/contract/contacts.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('restoring backups from other Carnet versions', () => {
  it('migrates a backup from an older schema forward, then restores it', async () => {
    const old = await openTempCore({ migrations: migrations.slice(0, 1), autoBackup: { enabled: false } });
    cleanups.push(old.cleanup);
    expect(old.core.context.database.schemaVersion).toBe(1);
    // Written straight through the store: the app's reads expect the latest schema, which a
    // schema-1 database (only ever made in tests) does not have.
    const fields = contactInputSchema.parse({ firstName: 'Olga', lastName: 'Oldschema', tags: ['legacy'], notes: 'from v1' });
    await old.core.context.database.db.transaction().execute((trx) => saveContact(trx, null, fields, { defaultCountry: 'FR' }));
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
