import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { BACKUP_FORMAT_VERSION } from '../../electron/core/backup/backup-format.ts';
import { verifyBackup } from '../../electron/core/backup/verify-backup.ts';
import { LATEST_SCHEMA_VERSION } from '../../migrations/index.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';
import { backupOf, exportedData, liveState, seedContacts, splitBackup } from '../helpers/backup-fixtures.ts';
import { editedManifestBackup } from '../helpers/crafted-backups.ts';
import { runCarnet } from '../helpers/run-cli.ts';

const PASSPHRASE = 'correct horse battery';
/** Written by Carnet's format-1 code (see tests/fixtures/backup/README.md). */
const FORMAT1 = path.resolve(import.meta.dirname, '../fixtures/backup/format1-encrypted.carnetbackup');
const FORMAT1_PASSPHRASE = 'format one passphrase';

let core: Core;
let dataDir: string;
let closeCore: () => Promise<void>;
let work: { dir: string; cleanup: () => void };
let encrypted: string;
let plain: string;

beforeAll(async () => {
  ({ core, dataDir, cleanup: closeCore } = await openTempCore());
  await seedContacts(core);
  work = makeTempDir('carnet-manifest-');
  encrypted = (await backupOf(core, dataDir, work.dir, { passphrase: PASSPHRASE })).path;
  plain = (await backupOf(core, dataDir, work.dir)).path;
});
afterAll(async () => {
  await closeCore();
  work.cleanup();
});

type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- crafted JSON, any shape

let counter = 0;
function edited(source: string, edit: (manifest: Manifest) => void): string {
  return editedManifestBackup(source, path.join(work.dir, `edited-${++counter}.carnetbackup`), edit);
}

/** Moves fields to the end of the manifest: the same values, in another order. */
function moveToEnd(...fields: string[]): (manifest: Manifest) => void {
  return (manifest) => {
    for (const field of fields) {
      const value: unknown = manifest[field];
      delete manifest[field];
      manifest[field] = value;
    }
  };
}

const ALTERED = /is damaged or was altered: its manifest .* does not match its authentication code/;

/**
 * One edit per manifest field of an encrypted backup, and what verify must answer. Fields the key
 * is derived from (salt, N, keyCheck) make any passphrase look wrong; N, r, p outside what Carnet
 * writes are refused before deriving; the literals fail the manifest's schema; the rest is what
 * the MAC is for.
 */
const fieldEdits: [string, (manifest: Manifest) => void, { problem: string; message: RegExp }][] = [
  ['appVersion', (m) => (m.appVersion = '9.9.9'), { problem: 'damaged', message: ALTERED }],
  ['createdAt', (m) => (m.createdAt = '2020-01-01T00:00:00.000Z'), { problem: 'damaged', message: ALTERED }],
  ['kind', (m) => (m.kind = m.kind === 'manual' ? 'auto' : 'manual'), { problem: 'damaged', message: ALTERED }],
  ['snapshotMethod', (m) => (m.snapshotMethod = 'backup-api'), { problem: 'damaged', message: ALTERED }],
  ['schemaVersion', (m) => (m.schemaVersion = m.schemaVersion - 1), { problem: 'damaged', message: ALTERED }],
  ['counts.contacts', (m) => (m.counts.contacts += 1), { problem: 'damaged', message: ALTERED }],
  ['counts.companies', (m) => (m.counts.companies += 1), { problem: 'damaged', message: ALTERED }],
  ['counts.tags', (m) => (m.counts.tags += 5), { problem: 'damaged', message: ALTERED }],
  ['counts.notes', (m) => (m.counts.notes += 5), { problem: 'damaged', message: ALTERED }],
  ['counts.trashed', (m) => (m.counts.trashed += 5), { problem: 'damaged', message: ALTERED }],
  ['counts.tables', (m) => (m.counts.tables.contacts += 1), { problem: 'damaged', message: ALTERED }],
  ['payload.databaseBytes', (m) => (m.payload.databaseBytes += 4096), { problem: 'damaged', message: ALTERED }],
  ['encryption.iv', (m) => (m.encryption.iv = Buffer.alloc(12, 1).toString('base64')), { problem: 'damaged', message: ALTERED }],
  ['encryption.tag', (m) => (m.encryption.tag = Buffer.alloc(16, 1).toString('base64')), { problem: 'damaged', message: ALTERED }],
  ['encryption.manifestMac (changed)', (m) => (m.encryption.manifestMac = Buffer.alloc(32, 1).toString('base64')), { problem: 'damaged', message: ALTERED }],
  ['encryption.manifestMac (removed)', (m) => delete m.encryption.manifestMac, { problem: 'damaged', message: ALTERED }],
  ['a field added', (m) => (m.note = 'restored by support'), { problem: 'damaged', message: ALTERED }],
  ['the fields reordered', moveToEnd('createdAt', 'appVersion'), { problem: 'damaged', message: ALTERED }],
  ['encryption.salt', (m) => (m.encryption.salt = Buffer.alloc(16, 1).toString('base64')), { problem: 'wrong_passphrase', message: /passphrase is wrong/ }],
  ['encryption.N (accepted)', (m) => (m.encryption.N = 2048), { problem: 'wrong_passphrase', message: /passphrase is wrong/ }],
  ['encryption.keyCheck', (m) => (m.encryption.keyCheck = Buffer.alloc(16, 1).toString('base64')), { problem: 'wrong_passphrase', message: /passphrase is wrong/ }],
  ['encryption.r', (m) => (m.encryption.r = 16), { problem: 'damaged', message: /not ones Carnet uses/ }],
  ['encryption.p', (m) => (m.encryption.p = 2), { problem: 'damaged', message: /not ones Carnet uses/ }],
  ['encryption.cipher', (m) => (m.encryption.cipher = 'aes-128-gcm'), { problem: 'damaged', message: /manifest is incomplete or malformed \(encryption.cipher\)/ }],
  ['encryption.kdf', (m) => (m.encryption.kdf = 'pbkdf2'), { problem: 'damaged', message: /manifest is incomplete or malformed \(encryption.kdf\)/ }],
  ['format', (m) => (m.format = 'other-backup'), { problem: 'damaged', message: /manifest is incomplete or malformed \(format\)/ }],
  ['formatVersion (newer)', (m) => (m.formatVersion = BACKUP_FORMAT_VERSION + 1), { problem: 'too_new', message: /newer version of Carnet/ }],
  // Relabelled format 1 to pass as a backup from before manifests had a MAC: the format is bound
  // into the encryption, so the data no longer decrypts.
  ['formatVersion (relabelled 1, MAC removed)', (m) => ((m.formatVersion = 1), delete m.encryption.manifestMac), { problem: 'damaged', message: /failed to decrypt/ }],
];

describe('an encrypted backup’s manifest is authenticated (backup format 2)', () => {
  it('is written as format 2 with a MAC; verify says it is authenticated', async () => {
    const { manifest } = splitBackup(encrypted);
    expect(manifest.formatVersion).toBe(2);
    expect(manifest.encryption?.manifestMac).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(await verifyBackup(encrypted, { passphrase: PASSPHRASE })).toMatchObject({ ok: true, manifestAuthenticated: true });
    const throughCore = await core.call('backup.verify', { path: encrypted, passphrase: PASSPHRASE });
    expect(throughCore).toMatchObject({ ok: true, manifestAuthenticated: true });
    expect(throughCore.message).not.toMatch(/not authenticated/);
  });

  it('a plain backup has nothing to authenticate with (null), and says nothing about it', async () => {
    // Written as format 1, which it is the same as: an older Carnet can still restore it.
    expect(splitBackup(plain).manifest).toMatchObject({ formatVersion: 1, encryption: null });
    const outcome = await verifyBackup(plain);
    expect(outcome).toMatchObject({ ok: true, manifestAuthenticated: null });
    expect(outcome.message).not.toMatch(/authenticated/);
  });

  for (const [field, edit, expected] of fieldEdits) {
    it(`an edited ${field} is caught`, async () => {
      const outcome = await verifyBackup(edited(encrypted, edit), { passphrase: PASSPHRASE });
      expect(outcome).toMatchObject({ ok: false, problem: expected.problem });
      expect(outcome.message).toMatch(expected.message);
    });
  }

  it('restore refuses an edited manifest and changes nothing', async () => {
    const before = await liveState(core);
    const file = edited(encrypted, (m) => (m.createdAt = '2030-01-01T00:00:00.000Z'));
    const error = await core.call('backup.restore', { path: file, passphrase: PASSPHRASE }).catch((caught: Error) => caught);
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/does not match its authentication code.*Nothing was restored/s) });
    expect(await liveState(core)).toEqual(before);
  });
});

describe('format-1 backups (made before manifests were authenticated)', () => {
  it('the fixture really is format 1, encrypted, without a MAC', () => {
    const { manifest } = splitBackup(FORMAT1);
    expect(manifest).toMatchObject({ formatVersion: 1, encryption: { cipher: 'aes-256-gcm', N: 1024 } });
    expect(manifest.encryption).not.toHaveProperty('manifestMac');
  });

  it('still verify, flagged "manifest not authenticated", in the core and the CLI', async () => {
    const outcome = await verifyBackup(FORMAT1, { passphrase: FORMAT1_PASSPHRASE });
    expect(outcome).toMatchObject({ ok: true, restorable: true, manifestAuthenticated: false, message: expect.stringMatching(/intact.*Manifest not authenticated/s) });
    expect(await core.call('backup.verify', { path: FORMAT1, passphrase: FORMAT1_PASSPHRASE })).toMatchObject({ ok: true, manifestAuthenticated: false });
    const cli = await runCarnet(['backup', 'verify', FORMAT1], { CARNET_DATA_DIR: path.join(work.dir, 'cli-data'), CARNET_BACKUP_PASSPHRASE: FORMAT1_PASSPHRASE });
    expect(cli).toMatchObject({ code: 0, stdout: expect.stringMatching(/The backup is intact: 3 contacts, 3 companies.*Manifest not authenticated/s) });
    expect(await verifyBackup(FORMAT1, { passphrase: 'not the passphrase' })).toMatchObject({ ok: false, problem: 'wrong_passphrase' });
  });

  it('an edited format-1 manifest is not caught (that is what the flag says), but its data still is', async () => {
    const redated = edited(FORMAT1, (m) => ((m.createdAt = '2030-01-01T00:00:00.000Z'), (m.appVersion = '9.9.9')));
    expect(await verifyBackup(redated, { passphrase: FORMAT1_PASSPHRASE })).toMatchObject({ ok: true, manifestAuthenticated: false });
    const recounted = edited(FORMAT1, (m) => (m.counts.contacts += 1));
    expect(await verifyBackup(recounted, { passphrase: FORMAT1_PASSPHRASE })).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('still restore, with the contacts they hold', async () => {
    const target = await openTempCore();
    try {
      const seeded = await openTempCore();
      await seedContacts(seeded.core);
      const expected = await exportedData(seeded.core);
      await seeded.cleanup();
      const copy = path.join(work.dir, 'format1-copy.carnetbackup');
      fs.copyFileSync(FORMAT1, copy);
      const result = await target.core.call('backup.restore', { path: copy, passphrase: FORMAT1_PASSPHRASE });
      // Schema 3 when it was made: upgraded by the migrations that came after, if any.
      expect(result).toMatchObject({ counts: { contacts: 3, companies: 3 }, migratedFrom: LATEST_SCHEMA_VERSION > 3 ? 3 : null });
      const restored = (await exportedData(target.core)) as { contacts: { displayName: string }[] };
      expect(restored.contacts.map((contact) => contact.displayName).sort()).toEqual((expected as { contacts: { displayName: string }[] }).contacts.map((contact) => contact.displayName).sort());
    } finally {
      await target.cleanup();
    }
  });
});
