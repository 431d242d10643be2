import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import { verifyBackup } from '../../electron/core/backup/verify-backup.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';
import { backupOf } from '../helpers/backup-fixtures.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const PASSPHRASE = 'correct horse battery';
const work = makeTempDir('carnet-leftovers-');
let encrypted: string;

beforeAll(async () => {
  // Big enough (tens of MB) that the check takes a moment: the kill lands while the copy exists.
  const source = await openTempCore({ dataDir: path.join(work.dir, 'source') });
  const notes = 'A long note about this customer. '.repeat(3000);
  for (let i = 0; i < 250; i++) await source.core.call('contacts.create', { firstName: `Secret ${i}`, notes });
  const usb = path.join(work.dir, 'usb');
  fs.mkdirSync(usb);
  encrypted = (await backupOf(source.core, source.dataDir, usb, { passphrase: PASSPHRASE })).path;
  await source.cleanup();
}, 120_000);
afterAll(() => work.cleanup());

const leftovers = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.startsWith('.carnet-verify-')) : []);

/** The id of a process that has ended (so no live process owns a copy named after it). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('a killed `carnet backup verify`', () => {
  it('never writes the decrypted database to the system temp folder, and the next verify removes its copy', async () => {
    const dataDir = path.join(work.dir, 'data-kill');
    const systemTemp = path.join(work.dir, 'system-tmp');
    fs.mkdirSync(systemTemp);
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/carnet.mjs'), 'backup', 'verify', encrypted], {
      cwd: repoRoot,
      env: { ...process.env, CARNET_DATA_DIR: dataDir, CARNET_BACKUP_PASSPHRASE: PASSPHRASE, TMPDIR: systemTemp, TMP: systemTemp, TEMP: systemTemp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
    // Kill it as soon as its copy of the database appears.
    const deadline = Date.now() + 60_000;
    while (leftovers(dataDir).length === 0 && Date.now() < deadline && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    expect(leftovers(systemTemp)).toEqual([]);
    expect(leftovers(dataDir)).toHaveLength(1); // what the kill left: removed below

    const again = await verifyBackup(encrypted, { passphrase: PASSPHRASE, tempDir: dataDir });
    expect(again).toMatchObject({ ok: true });
    expect(leftovers(dataDir)).toEqual([]);
  }, 90_000);
});

describe('stale scratch copies in the data folder', () => {
  it('are removed when Carnet starts, unless the process that made them still runs', async () => {
    const dataDir = path.join(work.dir, 'data-start');
    fs.mkdirSync(path.join(dataDir, '.restore-staging'), { recursive: true });
    const gone = deadPid();
    const stale = [`.carnet-verify-${gone}-0a1b2c`, `.restore-staging/restore-${gone}-0a1b2c.sqlite`, `.restore-staging/restore-${gone}-0a1b2c.sqlite-wal`, `.snapshot-${gone}-0a1b2c.sqlite`, `.undo-restore-${gone}-0a1b2c.sqlite`];
    const running = [`.carnet-verify-${process.pid}-3d4e5f`, `.restore-staging/restore-${process.pid}-3d4e5f.sqlite`];
    for (const name of [...stale, ...running]) {
      const isFolder = name.startsWith('.carnet-verify-');
      if (isFolder) fs.mkdirSync(path.join(dataDir, name));
      fs.writeFileSync(path.join(dataDir, name, ...(isFolder ? ['backup.sqlite'] : [])), 'decrypted data');
    }
    const core = await createCore({ dataDir, autoBackup: { enabled: false } });
    await core.close();
    for (const name of stale) expect(fs.existsSync(path.join(dataDir, name)), name).toBe(false);
    for (const name of running) expect(fs.existsSync(path.join(dataDir, name)), name).toBe(true);
  });

  it('named before pids were recorded, are removed by the next verify once an hour old', async () => {
    const temp = makeTempDir('carnet-legacy-');
    try {
      const old = path.join(temp.dir, '.carnet-verify-AbC123');
      const recent = path.join(temp.dir, '.carnet-verify-XyZ789');
      for (const dir of [old, recent]) fs.mkdirSync(dir);
      const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
      await verifyBackup(encrypted, { passphrase: PASSPHRASE, tempDir: temp.dir });
      expect(leftovers(temp.dir)).toEqual(['.carnet-verify-XyZ789']);
    } finally {
      temp.cleanup();
    }
  });
});
