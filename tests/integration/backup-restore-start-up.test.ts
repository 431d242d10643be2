import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { restoreBackup } from '../../electron/core/backup/restore-backup.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';
import { backupOf, liveState, seedContacts } from '../helpers/backup-fixtures.ts';
import type * as SettingsStore from '../../electron/core/settings/settings-store.ts';

/**
 * Start-up's first read (the settings) fails while `failing.settings` is set: stands for any file
 * that passes every check of verify and still would not let Carnet start.
 */
const failing = vi.hoisted(() => ({ settings: false }));
vi.mock('../../electron/core/settings/settings-store.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof SettingsStore>();
  return {
    ...actual,
    loadSettings: async (...args: Parameters<typeof actual.loadSettings>) => {
      if (failing.settings) throw new Error('no such table: settings');
      return actual.loadSettings(...args);
    },
  };
});

let core: Core;
let dataDir: string;
let closeCore: () => Promise<void>;
let work: { dir: string; cleanup: () => void };

beforeAll(async () => {
  ({ core, dataDir, cleanup: closeCore } = await openTempCore());
  await seedContacts(core);
  work = makeTempDir('carnet-start-up-');
});
afterAll(async () => {
  failing.settings = false;
  await closeCore();
  work.cleanup();
});

describe('restore opens the backup the way start-up does, before the swap', () => {
  it('refuses a backup Carnet could not start with, and changes nothing', async () => {
    const backup = await backupOf(core, dataDir, work.dir);
    await core.call('contacts.create', { firstName: 'Still', lastName: 'Here' });
    const before = await liveState(core);
    const live = { sqlite: core.context.database.sqlite, path: core.context.database.path, dataDir };

    failing.settings = true;
    const error = await restoreBackup(live, backup.path).catch((caught: Error) => caught);
    failing.settings = false;
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/cannot start with \(no such table: settings\)\. Nothing was restored/) });
    expect(await liveState(core)).toEqual(before);
    expect(fs.existsSync(path.join(dataDir, 'restore-undo', 'undo.json'))).toBe(false);

    // The same file restores once start-up would accept it.
    await restoreBackup(live, backup.path);
    expect(await liveState(core)).not.toEqual(before);
  });
});
