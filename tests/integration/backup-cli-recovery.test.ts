import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import { DATABASE_FILE_NAME } from '../../electron/core/db/open-database.ts';
import { LATEST_SCHEMA_VERSION } from '../../migrations/index.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { seedContacts } from '../helpers/backup-fixtures.ts';
import { backupAroundDatabase, editedDatabaseBackup } from '../helpers/crafted-backups.ts';
import { runCarnet } from '../helpers/run-cli.ts';

let dataDir: string;
let usb: string;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  const data = makeTempDir('carnet-recovery-data-');
  const stick = makeTempDir('carnet-recovery-usb-');
  cleanups.push(data.cleanup, stick.cleanup);
  dataDir = data.dir;
  usb = stick.dir;
  const core = await createCore({ dataDir, autoBackup: { enabled: false } });
  await seedContacts(core);
  await core.close();
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const carnet = (args: string[]) => runCarnet(args, { CARNET_DATA_DIR: dataDir });

async function backupNow(): Promise<string> {
  const created = await carnet(['backup', 'create', usb]);
  expect(created.code).toBe(0);
  return created.stdout.trim();
}

describe('the CLI after a restore that was refused or went wrong', () => {
  it('refuses a backup holding another program’s database, and every command still works', async () => {
    const genuine = await backupNow();
    const foreign = backupAroundDatabase(path.join(usb, 'foreign.carnetbackup'), genuine, usb, (sqlite) => {
      sqlite.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
      sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
    });
    const missingColumn = editedDatabaseBackup(genuine, usb, 'ALTER TABLE contacts DROP COLUMN title');
    for (const file of [foreign, missingColumn]) {
      const restored = await carnet(['backup', 'restore', file]);
      expect(restored).toMatchObject({ code: 1, stderr: expect.stringMatching(/does not hold a Carnet database.*Nothing was restored/s) });
      const verified = await carnet(['backup', 'verify', file]);
      expect(verified).toMatchObject({ code: 1, stderr: expect.stringMatching(/does not hold a Carnet database/) });
    }
    expect(await carnet(['contacts', 'list'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/Lefèvre[\s\S]*3 contacts and 3 companies/) });
    expect(await carnet(['backup', 'undo-restore'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no restore to undo/) });
    expect(await carnet(['backup', 'verify', genuine])).toMatchObject({ code: 0 });
  });

  for (const [what, breakIt] of [
    ['a table missing', (file: string) => new BetterSqlite3(file).exec('DROP TABLE settings').close()],
    ['not a database at all', (file: string) => fs.writeFileSync(file, 'this is not SQLite'.repeat(100))],
  ] as const) {
    it(`undo-restore works when the current data cannot be opened (${what})`, async () => {
      const backup = await backupNow();
      const core = await createCore({ dataDir, autoBackup: { enabled: false } });
      await core.call('contacts.create', { firstName: 'Added', lastName: 'Later' });
      await core.close();
      expect((await carnet(['backup', 'restore', backup])).code).toBe(0);
      expect((await carnet(['contacts', 'list', '--search', 'Later'])).stdout).toMatch(/No contact matches/);

      const live = path.join(dataDir, DATABASE_FILE_NAME);
      breakIt(live);
      const broken = await carnet(['contacts', 'list']);
      expect(broken.code).toBe(1);

      const undone = await carnet(['backup', 'undo-restore']);
      expect(undone).toMatchObject({ code: 0, stdout: expect.stringMatching(/could not be opened[\s\S]*Undid the restore of/) });
      expect(await carnet(['contacts', 'list', '--search', 'Later'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/Added Later/) });
      // The undo is used up, and nothing was left beside the database.
      expect(await carnet(['backup', 'undo-restore'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no restore to undo/) });
      expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('.undo-restore-'))).toEqual([]);
    });
  }

  it('undo-restore leaves data written by a newer Carnet alone (that file is fine; this Carnet is too old)', async () => {
    const backup = await backupNow();
    expect((await carnet(['backup', 'restore', backup])).code).toBe(0);
    const live = path.join(dataDir, DATABASE_FILE_NAME);
    const newer = new BetterSqlite3(live);
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.close();
    const before = fs.readFileSync(live);
    const undone = await carnet(['backup', 'undo-restore']);
    expect(undone).toMatchObject({ code: 1, stderr: expect.stringMatching(/newer version of Carnet/) });
    expect(fs.readFileSync(live).equals(before)).toBe(true);
  });

  it('undo-restore without a restore to undo still reports why the data does not open', async () => {
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE_NAME), 'garbage'.repeat(200));
    const undone = await carnet(['backup', 'undo-restore']);
    expect(undone.code).toBe(1);
    expect(undone.stderr).toMatch(/not a Carnet database|cannot be read|not a database|Cannot open/);
  });
});
