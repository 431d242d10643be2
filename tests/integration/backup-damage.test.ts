import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { verifyBackup } from '../../electron/core/backup/verify-backup.ts';
import { listBackups } from '../../electron/core/backup/backup-list.ts';
import { restoreBackup } from '../../electron/core/backup/restore-backup.ts';
import { LATEST_SCHEMA_VERSION } from '../../migrations/index.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';
import { backupOf, flipByte, liveState, seedContacts, splitBackup, withSchemaVersion, writeCraftedBackup } from '../helpers/backup-fixtures.ts';

let core: Core;
let dataDir: string;
let closeCore: () => Promise<void>;
let work: { dir: string; cleanup: () => void };
let plain: string;
let encrypted: string;
const PASSPHRASE = 'correct horse battery';

beforeAll(async () => {
  ({ core, dataDir, cleanup: closeCore } = await openTempCore({ autoBackup: { enabled: false } }));
  await seedContacts(core);
  work = makeTempDir('carnet-damage-');
  plain = (await backupOf(core, dataDir, work.dir)).path;
  encrypted = (await backupOf(core, dataDir, work.dir, { passphrase: PASSPHRASE })).path;
});
afterAll(async () => {
  await closeCore();
  work.cleanup();
});

let counter = 0;
/** A fresh copy of a good backup to damage, in the scratch folder. */
function copyOf(source: string): string {
  const target = path.join(work.dir, `case-${++counter}.carnetbackup`);
  fs.copyFileSync(source, target);
  return target;
}

function truncate(source: string, keep: number): string {
  const target = copyOf(source);
  fs.truncateSync(target, keep < 0 ? fs.statSync(target).size + keep : keep);
  return target;
}

describe('verify tells each kind of bad file apart', () => {
  it('passes the good files, plain and encrypted', async () => {
    expect(await verifyBackup(plain)).toMatchObject({ ok: true, restorable: true });
    expect(await verifyBackup(encrypted, { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  });

  it('a flipped byte in the database, in the ciphertext, in the manifest', async () => {
    for (const [source, offset] of [[plain, 5000], [plain, 100], [encrypted, 5000]] as const) {
      const damaged = copyOf(source);
      flipByte(damaged, offset);
      const outcome = await verifyBackup(damaged, { passphrase: PASSPHRASE });
      expect(outcome).toMatchObject({ ok: false, problem: 'damaged' });
      expect(outcome.message).toMatch(/SHA-256 checksum/);
    }
    const manifestHit = copyOf(plain);
    flipByte(manifestHit, -100); // inside the manifest JSON
    expect(await verifyBackup(manifestHit)).toMatchObject({ ok: false, problem: 'damaged', message: expect.stringMatching(/manifest/) });
  });

  it('a database that matches its checksum but fails integrity_check', async () => {
    const { manifest, payload } = splitBackup(plain);
    const broken = Buffer.from(payload);
    const probe = new BetterSqlite3(core.context.database.path, { readonly: true });
    const { rootpage } = probe.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'contact_emails'").get() as { rootpage: number };
    probe.close();
    broken.fill(0x5a, (rootpage - 1) * 4096, (rootpage - 1) * 4096 + 64); // scribble over a table's root page header
    const target = path.join(work.dir, 'corrupt-db.carnetbackup');
    writeCraftedBackup(target, manifest, broken);
    const outcome = await verifyBackup(target);
    expect(outcome).toMatchObject({ ok: false, problem: 'damaged' });
    expect(outcome.message).toMatch(/integrity check|not readable|cannot be opened|holds/);
  });

  it('a file cut short, at every part of the layout', async () => {
    const size = fs.statSync(plain).size;
    for (const keep of [0, 5, 16, 17, 4096, Math.floor(size / 2), size - 60, size - 1]) {
      const outcome = await verifyBackup(truncate(plain, keep));
      expect(outcome, `kept ${keep} bytes`).toMatchObject({ ok: false, problem: 'truncated' });
      expect(outcome.message).toMatch(/incomplete|empty/);
    }
  });

  it('a wrong or missing passphrase', async () => {
    expect(await verifyBackup(encrypted, { passphrase: 'Correct horse battery' })).toMatchObject({ ok: false, problem: 'wrong_passphrase', message: expect.stringMatching(/passphrase is wrong/) });
    expect(await verifyBackup(encrypted)).toMatchObject({ ok: false, problem: 'needs_passphrase', message: expect.stringMatching(/is encrypted/) });
  });

  it('an unrelated file, a bare SQLite database, a folder, a missing file', async () => {
    const text = path.join(work.dir, 'notes.carnetbackup');
    fs.writeFileSync(text, 'Shopping list: bread, milk, a USB stick\n'.repeat(20));
    expect(await verifyBackup(text)).toMatchObject({ ok: false, problem: 'not_a_backup', message: expect.stringMatching(/not a Carnet backup/) });
    expect(await verifyBackup(core.context.database.path)).toMatchObject({ ok: false, problem: 'sqlite_database', message: expect.stringMatching(/bare SQLite database/) });
    expect(await verifyBackup(work.dir)).toMatchObject({ ok: false, problem: 'unreadable', message: expect.stringMatching(/is a folder/) });
    expect(await verifyBackup(path.join(work.dir, 'nope.carnetbackup'))).toMatchObject({ ok: false, problem: 'unreadable', message: expect.stringMatching(/does not exist/) });
  });

  it('a backup made by a newer Carnet verifies but is marked not restorable', async () => {
    const newer = path.join(work.dir, 'newer.carnetbackup');
    withSchemaVersion(plain, newer, LATEST_SCHEMA_VERSION + 5, work.dir);
    expect(await verifyBackup(newer)).toMatchObject({ ok: true, restorable: false, message: expect.stringMatching(/newer version of Carnet/) });
  });

  it('lists incomplete files with the reason instead of hiding them', async () => {
    const folder = makeTempDir('carnet-list-');
    try {
      fs.copyFileSync(plain, path.join(folder.dir, 'carnet-backup-good.carnetbackup'));
      fs.copyFileSync(truncate(plain, 3000), path.join(folder.dir, 'carnet-backup-cut.carnetbackup'));
      fs.writeFileSync(path.join(folder.dir, '.carnet-backup-x.carnetbackup.abcd.partial'), 'in progress');
      fs.writeFileSync(path.join(folder.dir, 'holiday.jpg'), 'not ours');
      const entries = await listBackups(folder.dir);
      expect(entries.map((entry) => [entry.fileName, entry.problem === null])).toEqual([
        ['carnet-backup-good.carnetbackup', true],
        ['carnet-backup-cut.carnetbackup', false],
      ]);
      expect(entries[1]!.problem).toMatch(/incomplete/);
    } finally {
      folder.cleanup();
    }
  });
});

describe('restore changes nothing unless the backup verifies', () => {
  it('refuses every bad file and leaves the live database and the undo state alone', async () => {
    const before = await liveState(core);
    const live = { sqlite: core.context.database.sqlite, path: core.context.database.path, dataDir };
    const flipped = copyOf(plain);
    flipByte(flipped, 5000);
    const newer = path.join(work.dir, 'newer-restore.carnetbackup');
    withSchemaVersion(plain, newer, LATEST_SCHEMA_VERSION + 1, work.dir);
    const cases: [string, string | null, RegExp][] = [
      [flipped, null, /SHA-256 checksum/],
      [truncate(plain, -10), null, /incomplete/],
      [encrypted, 'wrong passphrase!', /passphrase is wrong/],
      [encrypted, null, /is encrypted/],
      [core.context.database.path, null, /bare SQLite database/],
      [newer, null, /newer version of Carnet/],
    ];
    for (const [file, passphrase, message] of cases) {
      const error = await restoreBackup(live, file, { passphrase }).catch((caught: Error) => caught);
      expect(error, path.basename(file)).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toMatch(/Nothing was restored|unchanged/);
      expect(await liveState(core)).toEqual(before);
    }
    expect(fs.existsSync(path.join(dataDir, 'restore-undo', 'undo.json'))).toBe(false);
    const newerError = await restoreBackup(live, newer).catch((caught: { code?: string }) => caught);
    expect(newerError).toMatchObject({ code: 'schema_too_new' });
  });
});
