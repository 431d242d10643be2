import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import type { TrashItem } from '../../shared/contract/trash.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { runCarnet } from '../helpers/run-cli.ts';
import { fixture } from '../helpers/import-helpers.ts';
import { TERMINAL_CONTROL } from '../helpers/terminal-control.ts';

let dir: string;
let cleanup: () => void;
let ada: { id: string; companyId: string | null };
beforeEach(async () => {
  ({ dir, cleanup } = makeTempDir());
  const core = await createCore({ dataDir: dir, locale: 'fr-FR', autoBackup: { enabled: false } });
  ada = await core.call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace', company: 'Engines Ltd' });
  await core.call('contacts.create', { firstName: 'Bob', lastName: 'Stone' });
  await core.call('contacts.delete', { id: ada.id });
  await core.close();
});
afterEach(() => cleanup());

describe('carnet trash', () => {
  it('lists the trash with when and why, restores by id, and says when it is empty', async () => {
    const list = await runCarnet(['trash', 'list', '--data', dir]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`^${ada.id}  \\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z  person   Ada Lovelace \\(Engines Ltd\\)  \\(deleted\\)\\n`));
    expect(list.stdout).toMatch(/1 contact in the trash\. Each is deleted for good 30 days after it was deleted/);

    const json = await runCarnet(['trash', 'list', '--json', '--data', dir]);
    expect(JSON.parse(json.stdout) as TrashItem[]).toEqual([expect.objectContaining({ id: ada.id, kind: 'person', reason: 'deleted', batch: null })]);

    const restore = await runCarnet(['trash', 'restore', ada.id, '--data', dir]);
    expect(restore).toMatchObject({ code: 0, stdout: 'Restored 1 contact.\n' });
    expect((await runCarnet(['contacts', 'list', '--data', dir])).stdout).toMatch(/Ada Lovelace/);
    expect(await runCarnet(['trash', 'list', '--data', dir])).toMatchObject({ code: 0, stdout: 'The trash is empty.\n' });
  });

  it('restores everything undoing an import removed, people and companies counted apart', async () => {
    const imported = JSON.parse((await runCarnet(['import', fixture('google-contacts.csv'), '--json', '--data', dir])).stdout) as { batchId: string };
    await runCarnet(['import', 'undo', imported.batchId, '--data', dir]);
    const list = await runCarnet(['trash', 'list', '--import', imported.batchId, '--data', dir]);
    expect(list.stdout).toMatch(/removed by undoing the import of google-contacts\.csv/);
    expect(list.stdout).toMatch(/2 contacts and 1 company in the trash/);
    expect(list.stdout).not.toMatch(/Ada Lovelace/);
    const restore = await runCarnet(['trash', 'restore', '--import', imported.batchId, '--json', '--data', dir]);
    expect(JSON.parse(restore.stdout)).toEqual({ restored: 3, people: 2, companies: 1 });
    expect((await runCarnet(['trash', 'restore', '--import', imported.batchId, '--data', dir])).stdout).toMatch(/nothing was restored/);
  });

  it('prints names and file names from the data escaped, one line per contact', async () => {
    const core = await createCore({ dataDir: dir, locale: 'fr-FR', autoBackup: { enabled: false } });
    const hostile = await core.call('contacts.create', { firstName: 'Clear\u001b[2JScreen', lastName: 'Two\nLines', company: 'Ann\u202Egnp.exe' });
    await core.call('contacts.delete', { id: hostile.id });
    await core.close();
    const list = await runCarnet(['trash', 'list', '--data', dir]);
    for (const line of list.stdout.split('\n')) expect(line, JSON.stringify(line)).not.toMatch(TERMINAL_CONTROL);
    expect(list.stdout).toContain('Clear\\x1B[2JScreen Two\\nLines (Ann\\u202Egnp.exe)');
    const json = await runCarnet(['trash', 'list', '--json', '--data', dir]);
    expect(json.stdout).toContain('\\u202e');
    expect((JSON.parse(json.stdout) as TrashItem[]).map((item) => item.company)).toContain('Ann\u202Egnp.exe');
  });

  it('fails clearly on unknown ids and missing arguments, restoring nothing', async () => {
    const unknown = await runCarnet(['trash', 'restore', 'no-such-id', ada.id, '--data', dir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No contact in the trash with id no-such-id\. Nothing was changed/);
    expect((await runCarnet(['trash', 'list', '--json', '--data', dir])).stdout).toContain(ada.id);
    const none = await runCarnet(['trash', 'restore', '--data', dir]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/Say what to restore: carnet trash restore ID/);
    expect((await runCarnet(['trash', 'list', '--import', 'nope', '--data', dir])).stderr).toMatch(/No import with id nope/);
  });
});
