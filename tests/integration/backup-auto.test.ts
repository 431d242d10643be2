import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import { createAutoBackupScheduler, rotateAutoBackups } from '../../electron/core/backup/auto-backup.ts';
import { createBackupService } from '../../electron/core/backup/backup-service.ts';
import { failingSink, fileSink, type SinkFactory } from '../../electron/core/backup/backup-sink.ts';
import { verifyBackup } from '../../electron/core/backup/verify-backup.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { backupOf, filesIn, seedContacts } from '../helpers/backup-fixtures.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(prefix: string): string {
  const temp = makeTempDir(prefix);
  cleanups.push(temp.cleanup);
  return temp.dir;
}

describe('automatic local snapshots', () => {
  it('takes a snapshot on close only when something changed, restorable from the same screen', async () => {
    const dataDir = tempDir('carnet-auto-');
    const autoFolder = path.join(dataDir, 'backups');
    const untouched = await createCore({ dataDir, autoBackup: { delayMs: 60_000 } });
    await untouched.close();
    const first = filesIn(autoFolder).length; // a brand-new database may have been written once (settings)

    const core = await createCore({ dataDir, autoBackup: { delayMs: 60_000 } });
    await core.call('contacts.list', {}); // reads are not changes
    await core.close();
    expect(filesIn(autoFolder)).toHaveLength(first);

    const writer = await createCore({ dataDir, autoBackup: { delayMs: 60_000 } });
    await seedContacts(writer);
    await writer.close();
    const names = filesIn(autoFolder);
    expect(names).toHaveLength(first + 1);
    expect(names.every((name) => /^carnet-auto-.*\.carnetbackup$/.test(name))).toBe(true);

    const reopened = await createCore({ dataDir, autoBackup: { enabled: false } });
    cleanups.push(() => reopened.close());
    const listed = await reopened.call('backup.listAuto', {});
    expect(listed.folder).toBe(autoFolder);
    expect(listed.backups[0]).toMatchObject({ kind: 'auto', problem: null, counts: { contacts: 3 } });
    expect((await reopened.call('backup.verify', { path: listed.backups[0]!.path, passphrase: null })).ok).toBe(true);
  });

  it('debounces changes into one snapshot after a quiet time', async () => {
    const dataDir = tempDir('carnet-auto-');
    // Quiet time long enough that five quick saves (even on a loaded machine) count as one burst.
    const core = await createCore({ dataDir, autoBackup: { delayMs: 500, maxWaitMs: 10_000 } });
    cleanups.push(() => core.close());
    const autoFolder = path.join(dataDir, 'backups');
    const complete = () => filesIn(autoFolder).filter((name) => name.endsWith('.carnetbackup')).length; // not the hidden .partial
    const before = complete();
    for (let i = 0; i < 5; i++) await core.call('contacts.create', { firstName: `Quick ${i}` });
    expect(complete()).toBe(before); // nothing yet: it waits for the quiet time
    await expect.poll(complete, { timeout: 10_000, interval: 25 }).toBe(before + 1);
    const newest = (await core.call('backup.listAuto', {})).backups[0]!;
    expect(newest.counts?.contacts).toBe(5);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(complete()).toBe(before + 1); // one burst, one snapshot
  });

  it('a failing snapshot never reaches the caller, and close cancels the timer', async () => {
    let runs = 0;
    const scheduler = createAutoBackupScheduler(async () => {
      runs++;
      throw new Error('disk full');
    }, () => true, { delayMs: 10_000 });
    scheduler.noteChange();
    await scheduler.close(); // runs the final snapshot (which fails quietly) instead of waiting 10 s
    expect(runs).toBe(1);
    scheduler.noteChange(); // after close: ignored
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs).toBe(1);
  });

  it('rotates the snapshot folder by the policy and leaves other files alone', async () => {
    const dataDir = tempDir('carnet-auto-');
    const core = await createCore({ dataDir, autoBackup: { enabled: false } });
    cleanups.push(() => core.close());
    const folder = tempDir('carnet-rotate-');
    const days = [20, 21, 22, 23, 24, 24, 24, 24];
    for (const [i, day] of days.entries()) {
      await backupOf(core, dataDir, folder, { kind: 'auto', now: new Date(2026, 10, day, 8 + i, 0, 0) });
    }
    fs.writeFileSync(path.join(folder, 'carnet-backup-manual.carnetbackup'), 'a manual backup is never rotated');
    const deleted = await rotateAutoBackups(folder, new Date(2026, 10, 24, 20, 0, 0), { keepToday: 3, maxTotal: 6 });
    expect(deleted).toHaveLength(2);
    const kept = filesIn(folder);
    expect(kept).toContain('carnet-backup-manual.carnetbackup');
    expect(kept.filter((name) => name.startsWith('carnet-auto-'))).toHaveLength(6);
    for (const name of kept.filter((n) => n.startsWith('carnet-auto-'))) expect((await verifyBackup(path.join(folder, name))).ok).toBe(true);
  });
});

describe('a failed automatic snapshot', () => {
  it('is retried on close, since the changes are still not saved anywhere', async () => {
    const dataDir = tempDir('carnet-auto-');
    const core = await createCore({ dataDir, autoBackup: { enabled: false } });
    cleanups.push(() => core.close());
    let attempts = 0;
    const fullOnce: SinkFactory = (filePath) => (++attempts === 1 ? failingSink(100, 'ENOSPC')(filePath) : fileSink(filePath));
    const service = createBackupService(core.context, { autoBackup: { delayMs: 60_000 }, sink: fullOnce });
    await core.call('contacts.create', { firstName: 'Unsaved' });
    const autoFolder = path.join(dataDir, 'backups');
    await expect(service.autoSnapshot()).rejects.toThrow(/disk is full/);
    expect(filesIn(autoFolder)).toEqual([]);
    await service.close(); // the change is still unsaved: closing takes the snapshot
    expect(filesIn(autoFolder).filter((name) => name.startsWith('carnet-auto-'))).toHaveLength(1);
  });
});
