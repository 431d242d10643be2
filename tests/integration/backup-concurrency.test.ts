import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSink, type SinkFactory } from '../../electron/core/backup/backup-sink.ts';
import { verifyBackup } from '../../electron/core/backup/verify-backup.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';
import { backupOf, seedContacts } from '../helpers/backup-fixtures.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A sink whose first write waits until the test lets it go: the backup is "in the middle". */
function gatedSink(): { sink: SinkFactory; reached: Promise<void>; open(): void } {
  let open!: () => void;
  let reached!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
  const sink: SinkFactory = async (filePath) => {
    const inner = await fileSink(filePath);
    let first = true;
    return {
      async write(chunk) {
        if (first) {
          first = false;
          reached();
          await gate;
        }
        await inner.write(chunk);
      },
      sync: () => inner.sync(),
      close: () => inner.close(),
    };
  };
  return { sink, reached: reachedPromise, open };
}

describe('the app keeps working while a backup runs', () => {
  it('writes during the copy (enough to trigger checkpoints) do not leak into the snapshot', async () => {
    const { core, dataDir, cleanup } = await openTempCore({ autoBackup: { enabled: false } });
    cleanups.push(cleanup);
    await seedContacts(core);
    const usb = makeTempDir('carnet-usb-');
    cleanups.push(usb.cleanup);

    const gated = gatedSink();
    const running = backupOf(core, dataDir, usb.dir, { sink: gated.sink, method: 'file-copy' });
    await gated.reached;
    // The snapshot is pinned; the user keeps working. 300 contacts with long notes fill well over
    // 1000 WAL pages, past which SQLite checkpoints into the main file after every commit.
    const notes = 'Long note. '.repeat(2000);
    for (let i = 0; i < 300; i++) await core.call('contacts.create', { firstName: `During ${i}`, notes });
    // Those checkpoints could not copy anything into the main file: the WAL kept everything.
    expect(fs.statSync(`${core.context.database.path}-wal`).size).toBeGreaterThan(1000 * 4096);
    gated.open();
    const created = await running;

    expect(created.manifest.snapshotMethod).toBe('file-copy');
    expect(created.manifest.counts.contacts).toBe(3);
    const outcome = await verifyBackup(created.path); // integrity_check and counts against the manifest
    expect(outcome).toMatchObject({ ok: true });

    const target = await openTempCore({ autoBackup: { enabled: false } });
    cleanups.push(target.cleanup);
    await target.core.call('backup.restore', { path: created.path, passphrase: null });
    expect((await target.core.call('contacts.list', { kind: 'person' })).total).toBe(3);
    expect((await core.call('contacts.list', { kind: 'person' })).total).toBe(303);
  });
});

describe('cancelling', () => {
  it('a backup cancelled mid-copy leaves no file and says so', async () => {
    const { core, dataDir, cleanup } = await openTempCore({ autoBackup: { enabled: false } });
    cleanups.push(cleanup);
    await seedContacts(core);
    const usb = makeTempDir('carnet-usb-');
    cleanups.push(usb.cleanup);
    const gated = gatedSink();
    const controller = new AbortController();
    const running = backupOf(core, dataDir, usb.dir, { sink: gated.sink, signal: controller.signal }).catch((error: { code?: string; message: string }) => error);
    await gated.reached;
    controller.abort();
    gated.open();
    expect(await running).toMatchObject({ code: 'cancelled', message: expect.stringMatching(/cancelled; no backup file was left/) });
    expect(fs.readdirSync(usb.dir)).toEqual([]);
  });

  it('backup.cancel reaches a running check through the core; unknown jobs report false', async () => {
    const { core, cleanup } = await openTempCore({ autoBackup: { enabled: false } });
    cleanups.push(cleanup);
    await seedContacts(core);
    const usb = makeTempDir('carnet-usb-');
    cleanups.push(usb.cleanup);
    const created = await core.call('backup.create', { folder: usb.dir, passphrase: null });
    expect(await core.call('backup.cancel', { jobId: 'nothing-runs' })).toEqual({ cancelled: false });
    // Cancel as soon as the check reports its first progress.
    core.onEvent((event) => {
      if (event.type === 'progress' && event.jobId === 'check-1') void core.call('backup.cancel', { jobId: 'check-1' });
    });
    const verifying = core.call('backup.verify', { path: created.path, passphrase: null, jobId: 'check-1' }).catch((error: { code?: string }) => error);
    expect(await verifying).toMatchObject({ code: 'cancelled' });
    expect(await core.call('backup.cancel', { jobId: 'check-1' })).toEqual({ cancelled: false }); // finished
  });
});
