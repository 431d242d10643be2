import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { exportedData } from '../helpers/backup-fixtures.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const work = makeTempDir('carnet-restore-kill-');
let backupFile: string;
let restoredData: unknown;

beforeAll(async () => {
  // The backup: a database big enough (tens of MB) that copying it in takes a while.
  const source = await createCore({ dataDir: path.join(work.dir, 'source'), autoBackup: { enabled: false } });
  const notes = 'A long note about this customer. '.repeat(3000);
  for (let i = 0; i < 250; i++) await source.call('contacts.create', { firstName: `Backed ${i}`, lastName: 'Up', notes });
  restoredData = await exportedData(source);
  const usb = path.join(work.dir, 'usb');
  (await import('node:fs')).mkdirSync(usb);
  backupFile = (await source.call('backup.create', { folder: usb, passphrase: null })).path;
  await source.close();
}, 120_000);
afterAll(() => work.cleanup());

/** Runs the restore in a child and kills it `delayMs` after it starts copying into the live file. */
async function killedRestore(dataDir: string, delayMs: number): Promise<'killed' | 'finished'> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests/helpers/backup-restore-kill-child.ts'), dataDir, backupFile], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the restore never started copying. stderr:\n${stderr}`)), 30_000);
    let finished = false;
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (text.includes('done')) finished = true;
      if (text.includes('copying')) {
        clearTimeout(timer);
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(finished ? 'finished' : 'killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`the restore child failed (${code}). stderr:\n${stderr}`));
    });
  });
}

describe('a restore killed while it copies into the live database', () => {
  // On the build machine the copy takes 100-300 ms: the early kills land inside it (old data
  // survives), the later ones after its commit (new data), the last after the restore finished.
  for (const delayMs of [0, 100, 300, 1500]) {
    it(`leaves the old data or the new, never a mix (killed ${delayMs} ms into the copy)`, async () => {
      const dataDir = path.join(work.dir, `live-${delayMs}`);
      const live = await createCore({ dataDir, autoBackup: { enabled: false } });
      await live.call('contacts.create', { firstName: 'Before', lastName: 'Restore', tags: ['old'] });
      const oldData = await exportedData(live);
      await live.close();

      await killedRestore(dataDir, delayMs);

      const reopened = await createCore({ dataDir, autoBackup: { enabled: false } });
      try {
        expect(reopened.context.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        const now = await exportedData(reopened);
        expect([oldData, restoredData]).toContainEqual(now);
      } finally {
        await reopened.close();
      }
    }, 60_000);
  }
});
