import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { openTempCore, makeTempDir } from '../helpers/temp-core.ts';

let core: Core;
let cleanup: () => Promise<void>;
let usb: { dir: string; cleanup: () => void };
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
  usb = makeTempDir('carnet-usb-');
});
afterEach(async () => {
  await cleanup();
  usb.cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A long write (an import) holds the one connection in a transaction. A backup or restore asked
 * for meanwhile must wait for it and then succeed, not fail with SQLite's "table is locked".
 */
describe('backups while another request is writing', () => {
  it('waits for the open transaction, then backs up what it committed', async () => {
    await core.call('contacts.create', { firstName: 'Before' });
    const { db } = core.context.database;
    let releaseWrite: () => void = () => undefined;
    const writing = db.transaction().execute(async (trx) => {
      await trx.updateTable('contacts').set({ notes: 'written inside a long transaction' }).execute();
      await new Promise<void>((resolve) => (releaseWrite = resolve));
    });
    await sleep(20);
    const backup = core.call('backup.create', { folder: usb.dir });
    await sleep(100);
    releaseWrite();
    await writing;
    const created = await backup;
    expect(fs.existsSync(created.path)).toBe(true);
    const verified = await core.call('backup.verify', { path: created.path });
    expect(verified).toMatchObject({ ok: true });

    await core.call('contacts.create', { firstName: 'After' });
    let releaseAgain: () => void = () => undefined;
    const writingAgain = db.transaction().execute(async (trx) => {
      await trx.updateTable('contacts').set({ title: 'held' }).execute();
      await new Promise<void>((resolve) => (releaseAgain = resolve));
    });
    await sleep(20);
    const restore = core.call('backup.restore', { path: created.path });
    await sleep(100);
    releaseAgain();
    await writingAgain;
    await restore;
    const names = (await core.call('contacts.list', {})).items.map((item) => item.displayName);
    expect(names).toEqual(['Before']);
    expect(path.basename(created.path)).toMatch(/^carnet-backup-/);
  });
});
