import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import type { BackupManifest } from '../../electron/core/backup/backup-format.ts';
import { verifyBackup } from '../../electron/core/backup/verify-backup.ts';
import { keyDerivationCounts } from '../../electron/core/backup/key-derivation.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';
import { backupOf, liveState, seedContacts, splitBackup, writeCraftedBackup } from '../helpers/backup-fixtures.ts';
import { ABSURD_SCRYPT } from '../helpers/crafted-backups.ts';

const PASSPHRASE = 'correct horse battery';
let core: Core;
let dataDir: string;
let closeCore: () => Promise<void>;
let work: { dir: string; cleanup: () => void };
let encrypted: string;

beforeAll(async () => {
  ({ core, dataDir, cleanup: closeCore } = await openTempCore());
  await seedContacts(core);
  work = makeTempDir('carnet-kdf-');
  encrypted = (await backupOf(core, dataDir, work.dir, { passphrase: PASSPHRASE })).path;
});
afterAll(async () => {
  await closeCore();
  work.cleanup();
});

/** The encrypted backup with other scrypt parameters written into its manifest (checksums fixed). */
function withScrypt(params: { N: number; r: number; p: number }, name: string): string {
  const { manifest, payload } = splitBackup(encrypted);
  const target = path.join(work.dir, `${name.replace(/\W+/g, '-')}.carnetbackup`);
  writeCraftedBackup(target, { ...manifest, encryption: { ...manifest.encryption!, ...params } } as BackupManifest, payload);
  return target;
}

describe('a backup asking for absurd key-derivation work is refused before any is done', () => {
  for (const [what, params] of Object.entries(ABSURD_SCRYPT)) {
    it(what, async () => {
      const file = withScrypt(params, what);
      const before = keyDerivationCounts();
      // Through the core, as the Backup screen calls it (with a job id, so Cancel could stop it).
      const outcome = await core.call('backup.verify', { path: file, passphrase: PASSPHRASE, jobId: `kdf-${what}` });
      expect(outcome).toMatchObject({ ok: false, problem: 'damaged' });
      expect(outcome.message).toMatch(/key-derivation settings \(scrypt N=.*\) are not ones Carnet uses|manifest is incomplete or malformed \(encryption\.[Nrp]\)/);
      // The CLI's way (no job id): the same answer.
      expect(await verifyBackup(file, { passphrase: PASSPHRASE })).toMatchObject({ ok: false, problem: 'damaged' });
      expect(keyDerivationCounts()).toEqual(before);
    });
  }

  it('restore refuses it too, and changes nothing', async () => {
    const before = await liveState(core);
    const error = await core.call('backup.restore', { path: withScrypt(ABSURD_SCRYPT['p = 100000']!, 'restore-p'), passphrase: PASSPHRASE }).catch((caught: Error) => caught);
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/not ones Carnet uses.*Nothing was restored/s) });
    expect(await liveState(core)).toEqual(before);
  });

  it('the unchanged backup still verifies', async () => {
    expect(await core.call('backup.verify', { path: encrypted, passphrase: PASSPHRASE, jobId: 'kdf-good' })).toMatchObject({ ok: true });
  });
});

describe('Cancel during the key derivation', () => {
  it('stops the check at once, with the check’s own message', async () => {
    const jobId = 'kdf-cancel';
    const verifying = core.call('backup.verify', { path: encrypted, passphrase: PASSPHRASE, jobId });
    // The key derivation is the first long step: cancel as soon as the job is registered.
    await new Promise((resolve) => setImmediate(resolve));
    expect(await core.call('backup.cancel', { jobId })).toEqual({ cancelled: true });
    await expect(verifying).rejects.toMatchObject({ code: 'cancelled', message: expect.stringMatching(/check was cancelled/) });
  });
});
