import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import type { CarnetError } from '../../shared/errors.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';
import { exportedData, filesIn, seedContacts } from '../helpers/backup-fixtures.ts';
import { addInteraction, addTask, lastContacted, trashState } from '../helpers/crm-rows.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempCore(): Promise<{ core: Core; dataDir: string }> {
  const opened = await openTempCore({ autoBackup: { enabled: false } });
  cleanups.push(opened.cleanup);
  return opened;
}

function tempFolder(): string {
  const temp = makeTempDir('carnet-usb-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}

describe('backup round trip through the core', () => {
  for (const passphrase of [null, 'correct horse battery']) {
    it(`restores a ${passphrase ? 'passphrase-encrypted' : 'plain'} backup into an empty data folder with the same JSON export`, async () => {
      const source = await tempCore();
      await seedContacts(source.core);
      const usb = tempFolder();
      const created = await source.core.call('backup.create', { folder: usb, passphrase });
      expect(created.fileName).toMatch(passphrase ? /^carnet-backup-\d{4}-\d\d-\d\d_\d\d-\d\d-\d\dZ-encrypted\.carnetbackup$/ : /^carnet-backup-\d{4}-\d\d-\d\d_\d\d-\d\d-\d\dZ\.carnetbackup$/);
      expect(created.counts).toEqual({ contacts: 3, companies: 3, tags: 3, notes: 2, interactions: 0, tasks: 0, purchases: 0 });
      expect(created.encrypted).toBe(passphrase !== null);
      expect(filesIn(usb)).toEqual([created.fileName]); // no temp file left behind

      const verified = await source.core.call('backup.verify', { path: created.path, passphrase });
      expect(verified).toMatchObject({ ok: true, problem: null, restorable: true });

      const target = await tempCore();
      expect(await exportedData(target.core)).not.toEqual(await exportedData(source.core));
      const restored = await target.core.call('backup.restore', { path: created.path, passphrase });
      expect(restored.counts.contacts).toBe(3);
      // The running core (same connection, same handlers) reads the restored data.
      expect(await exportedData(target.core)).toEqual(await exportedData(source.core));
      const list = await target.core.call('contacts.list', { search: 'lefev' });
      expect(list.items.map((item) => item.displayName)).toContain('François Lefèvre');
    });
  }

  it('carries interactions and tasks, trashed ones included, and restores them with their search and last contacted', async () => {
    const source = await tempCore();
    await seedContacts(source.core);
    const [ana, francois] = (await source.core.call('contacts.list', { kind: 'person' })).items;
    await addInteraction(source.core, [ana!.id, francois!.id], { type: 'meeting', direction: null, subject: 'Croissant order', body: 'Twelve dozen\nevery Friday' });
    await addInteraction(source.core, [ana!.id], { type: 'note', direction: null, occurred_at: '2026-11-25T08:00:00.000Z', subject: 'Likes jazz' });
    const trashedTask = await addTask(source.core, francois!.id, { title: 'Deliver' });
    await addTask(source.core, null, { title: 'Order flour', repeat: 'FREQ=WEEKLY', due_time: '09:00' });
    await source.core.call('purchases.add', { contactId: ana!.id, purchasedOn: '2026-11-02', currency: 'EUR', lines: [{ item: 'Croissant', quantity: 12, unitPrice: 110 }] });
    await source.core.call('purchases.add', { contactId: francois!.id, purchasedOn: '2026-11-03', currency: 'EUR', lines: [{ item: 'Baguette', quantity: 2, unitPrice: 120 }] });
    await source.core.call('contacts.delete', { id: francois!.id });
    const usb = tempFolder();
    const created = await source.core.call('backup.create', { folder: usb, passphrase: null });
    // The trashed task is in the file but not counted as live.
    expect(created.counts).toMatchObject({ interactions: 2, tasks: 1, purchases: 1 });
    const verified = await source.core.call('backup.verify', { path: created.path, passphrase: null });
    expect(verified.message).toMatch(/2 interactions, 1 task,/);

    const target = await tempCore();
    const restored = await target.core.call('backup.restore', { path: created.path, passphrase: null });
    expect(restored.counts).toMatchObject({ contacts: 2, interactions: 2, tasks: 1, purchases: 1 });
    expect(await exportedData(target.core)).toEqual(await exportedData(source.core));
    expect((await exportedData(target.core) as { interactions: unknown[] }).interactions).toHaveLength(2);
    expect(trashState(target.core)).toEqual(trashState(source.core));
    expect(lastContacted(target.core, ana!.id)).toBe('2026-11-20T10:00:00.000Z');
    // Francois's purchase came along in the trash with him, and comes back with him.
    await target.core.call('contacts.restore', { id: francois!.id });
    expect((await target.core.call('purchases.stats', { contactId: francois!.id })).values).toEqual([{ currency: 'EUR', lifetimeMinor: 240, orders: 1, averageBasketMinor: 240 }]);
    const found = target.core.context.database.sqlite.prepare("SELECT count(*) AS n FROM interactions_fts WHERE interactions_fts MATCH 'dozen'").get();
    expect(found).toEqual({ n: 1 });
    // Undo of the delete still works on the restored data: the task comes back with François.
    await target.core.call('contacts.restore', { id: francois!.id });
    expect(trashState(target.core).tasks[trashedTask]).toBeNull();
  });

  it('restores an old state into a running core, emits a change, and undoes the restore', async () => {
    const { core } = await tempCore();
    await seedContacts(core);
    const usb = tempFolder();
    const backup = await core.call('backup.create', { folder: usb, passphrase: null });
    const before = await exportedData(core);
    const ana = (await core.call('contacts.list', { search: 'ana' })).items[0]!;
    const current = await core.call('contacts.get', { id: ana.id });
    await core.call('contacts.update', { id: ana.id, fields: { ...current, lastName: 'Changed' } });
    const changedData = await exportedData(core);

    const changed: string[][] = [];
    core.onEvent((event) => {
      if (event.type === 'contacts.changed') changed.push(event.ids);
    });
    await core.call('backup.restore', { path: backup.path, passphrase: null });
    expect((await core.call('contacts.get', { id: ana.id })).lastName).toBe('Pérez');
    expect(await exportedData(core)).toEqual(before);
    // Screens showing Ana (and only what changed) are told to refresh.
    expect(changed).toEqual([[ana.id]]);
    expect((await core.call('backup.status', {})).undo?.restoredFrom).toBe(backup.path);

    await core.call('backup.undoRestore', {});
    expect(changed).toEqual([[ana.id], [ana.id]]);
    expect((await core.call('contacts.get', { id: ana.id })).lastName).toBe('Changed');
    expect(await exportedData(core)).toEqual(changedData);
    expect((await core.call('backup.status', {})).undo).toBeNull();
    await expect(core.call('backup.undoRestore', {})).rejects.toThrow(/no restore to undo/);
    // Writes keep working on the same connection after restore and undo.
    await core.call('contacts.create', { firstName: 'After', lastName: 'Undo' });
    expect((await core.call('contacts.list', { search: 'after' })).total).toBe(1);
  });

  it('remembers the folder and the last backup outside the database', async () => {
    const { core, dataDir } = await tempCore();
    const usb = tempFolder();
    expect(await core.call('backup.status', {})).toMatchObject({ folder: null, last: null, undo: null, autoFolder: path.join(dataDir, 'backups') });
    await core.call('backup.setFolder', { folder: usb });
    expect((await core.call('backup.status', {})).folder).toBe(usb);
    const created = await core.call('backup.create', { folder: usb, passphrase: null });
    const status = await core.call('backup.status', {});
    expect(status.last).toMatchObject({ path: created.path, folder: usb, bytes: created.bytes, encrypted: false });
    const listed = await core.call('backup.list', { folder: usb });
    expect(listed.backups.map((entry) => entry.fileName)).toEqual([created.fileName]);
  });

  it('checks folders with a message for each mistake', async () => {
    const { core } = await tempCore();
    const usb = tempFolder();
    const file = path.join(usb, 'not-a-folder.txt');
    fs.writeFileSync(file, 'x');
    const message = async (folder: string) => ((await core.call('backup.create', { folder, passphrase: null }).catch((error: CarnetError) => error)) as CarnetError).message;
    expect(await message('relative/folder')).toMatch(/not a full path/);
    expect(await message(path.join(usb, 'missing'))).toMatch(/does not exist/);
    expect(await message(file)).toMatch(/is a file, not a folder/);
    await expect(core.call('backup.create', { folder: usb, passphrase: 'short' })).rejects.toThrow(/at least 8 characters/);
    await expect(core.call('backup.verify', { path: 'relative.carnetbackup', passphrase: null })).rejects.toThrow(/not a full path/);
  });
});
