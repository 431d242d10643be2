import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { failingSink } from '../../electron/core/backup/backup-sink.ts';
import { verifyBackup } from '../../electron/core/backup/verify-backup.ts';
import { listBackups } from '../../electron/core/backup/backup-list.ts';
import { CarnetError } from '../../shared/errors.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';
import { backupOf, filesIn, liveState, seedContacts } from '../helpers/backup-fixtures.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
let core: Core;
let dataDir: string;
let cleanups: (() => Promise<void> | void)[] = [];

beforeEach(async () => {
  const opened = await openTempCore({ autoBackup: { enabled: false } });
  ({ core, dataDir } = opened);
  cleanups = [opened.cleanup];
  await seedContacts(core);
});
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function usb(): string {
  const temp = makeTempDir('carnet-usb-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}

/** Any file in the folder that verifies as a backup (there must be none after a failed write). */
async function verifyingFiles(folder: string): Promise<string[]> {
  const good: string[] = [];
  for (const name of filesIn(folder)) {
    if ((await verifyBackup(path.join(folder, name), { passphrase: 'correct horse battery' })).ok) good.push(name);
  }
  return good;
}

describe('a destination that fails mid-write', () => {
  for (const [code, message] of [['ENOSPC', /disk is full/], ['EIO', /I\/O error/]] as const) {
    it(`${code} at any point leaves no file at all and the live database untouched`, async () => {
      const before = await liveState(core);
      const folder = usb();
      const size = fs.statSync(core.context.database.path).size;
      for (const limit of [0, 10, 16 + 4096, 16 + Math.floor(size / 2), 16 + size + 20]) {
        for (const passphrase of [null, 'correct horse battery']) {
          const error = await backupOf(core, dataDir, folder, { sink: failingSink(limit, code), passphrase }).catch((caught: Error) => caught);
          expect(error, `failed after ${limit} bytes`).toBeInstanceOf(CarnetError);
          expect((error as CarnetError).message).toMatch(message);
          expect((error as CarnetError).message).toMatch(/no backup file was left/);
          expect(filesIn(folder)).toEqual([]);
        }
      }
      expect(await liveState(core)).toEqual(before);
      // And the next attempt, on a healthy disk, works.
      const good = await backupOf(core, dataDir, folder);
      expect((await verifyBackup(good.path)).ok).toBe(true);
    });
  }

  it('a tiny tmpfs that fills up (skipped where mounting is not permitted)', async (context) => {
    const mountPoint = usb();
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { encoding: 'utf8' });
    if (mounted.status !== 0) return context.skip(`cannot mount a tmpfs here: ${(mounted.stderr || mounted.error?.message || '').trim()}`);
    cleanups.push(() => void spawnSync('umount', [mountPoint]));
    const before = await liveState(core);
    // With the free-space check: refused before writing anything.
    await expect(backupOf(core, dataDir, mountPoint)).rejects.toThrow(/not enough free space/);
    expect(filesIn(mountPoint)).toEqual([]);
    // Without it, the write itself hits ENOSPC half-way and the partial file is removed.
    await expect(backupOf(core, dataDir, mountPoint, { checkFreeSpace: false })).rejects.toThrow(/disk is full/);
    expect(filesIn(mountPoint)).toEqual([]);
    expect(await liveState(core)).toEqual(before);
  });
});

describe('a backup process killed mid-write', () => {
  it('leaves only a hidden partial file that never verifies, and the live database intact', async () => {
    const before = await liveState(core);
    const folder = usb();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests/helpers/backup-kill-child.ts'), dataDir, folder], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the child never stalled. stderr:\n${stderr}`)), 15_000);
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('stalled')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`the child exited (${code}) before stalling. stderr:\n${stderr}`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const left = filesIn(folder);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.carnet-backup-.*\.partial$/);
    expect(fs.statSync(path.join(folder, left[0]!)).size).toBeGreaterThan(16);
    expect(await verifyingFiles(folder)).toEqual([]);
    expect(await verifyBackup(path.join(folder, left[0]!))).toMatchObject({ ok: false, problem: 'truncated' });
    expect(await listBackups(folder)).toEqual([]);
    expect(await liveState(core)).toEqual(before);
    // The running core still writes normally afterwards.
    await core.call('contacts.create', { firstName: 'Still', lastName: 'Working' });
  });
});
