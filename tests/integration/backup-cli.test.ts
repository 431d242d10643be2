import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main.ts';
import type { CliIo } from '../../electron/cli/cli-types.ts';
import { createCore } from '../../electron/core/core.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { exportedData, filesIn, flipByte, seedContacts } from '../helpers/backup-fixtures.ts';
import { addInteraction, addTask } from '../helpers/crm-rows.ts';

let dataDir: string;
let usb: string;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  const data = makeTempDir('carnet-cli-data-');
  const stick = makeTempDir('carnet-cli-usb-');
  cleanups.push(data.cleanup, stick.cleanup);
  dataDir = data.dir;
  usb = stick.dir;
  const core = await createCore({ dataDir, autoBackup: { enabled: false } });
  await seedContacts(core);
  const someone = (await core.call('contacts.list', { kind: 'person' })).items[0]!;
  await addInteraction(core, [someone.id]);
  await addTask(core, someone.id);
  await core.close();
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function carnet(args: string[], env: Record<string, string> = {}, answers: (string | null)[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { CARNET_DATA_DIR: dataDir, ...env },
    prompt: async () => (answers.length ? answers.shift()! : null),
  };
  const { code } = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('carnet backup ...', () => {
  it('create prints the file it wrote; list, verify and restore work on it', async () => {
    const created = await carnet(['backup', 'create', usb]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const file = created.stdout.trim();
    expect(path.dirname(file)).toBe(usb);
    expect(filesIn(usb)).toEqual([path.basename(file)]);

    const listed = await carnet(['backup', 'list', usb]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/3 contacts, 3 companies, 1 interaction, 1 task/);
    expect(JSON.parse((await carnet(['backup', 'list', usb, '--json'])).stdout)).toHaveLength(1);

    expect(await carnet(['backup', 'verify', file])).toMatchObject({ code: 0, stdout: expect.stringMatching(/intact: 3 contacts, 3 companies, 1 interaction, 1 task, made/) });

    const core = await createCore({ dataDir, autoBackup: { enabled: false } });
    const before = await exportedData(core);
    await core.call('contacts.create', { firstName: 'Added', lastName: 'Later' });
    await core.close();
    const restored = await carnet(['backup', 'restore', file]);
    expect(restored).toMatchObject({ code: 0, stdout: expect.stringMatching(/Restored 3 contacts/) });
    const after = await createCore({ dataDir, autoBackup: { enabled: false } });
    expect(await exportedData(after)).toEqual(before);
    await after.close();
    expect((await carnet(['backup', 'undo-restore'])).code).toBe(0);
  });

  it('--encrypt reads CARNET_BACKUP_PASSPHRASE, or asks twice on a terminal', async () => {
    const env = { CARNET_BACKUP_PASSPHRASE: 'correct horse battery' };
    const fromEnv = await carnet(['backup', 'create', usb, '--encrypt'], env);
    expect(fromEnv.stdout.trim()).toMatch(/-encrypted\.carnetbackup$/);
    expect((await carnet(['backup', 'verify', fromEnv.stdout.trim()], env)).code).toBe(0);
    const wrong = await carnet(['backup', 'verify', fromEnv.stdout.trim()], { CARNET_BACKUP_PASSPHRASE: 'incorrect horse' });
    expect(wrong).toMatchObject({ code: 1, stderr: expect.stringMatching(/passphrase is wrong/) });
    const noTerminal = await carnet(['backup', 'verify', fromEnv.stdout.trim()]);
    expect(noTerminal).toMatchObject({ code: 1, stderr: expect.stringMatching(/CARNET_BACKUP_PASSPHRASE/) });

    const prompted = await carnet(['backup', 'create', usb, '--encrypt'], {}, ['typed secret 1', 'typed secret 1']);
    expect(prompted.code).toBe(0);
    const mismatch = await carnet(['backup', 'create', usb, '--encrypt'], {}, ['typed secret 1', 'typed secret 2']);
    expect(mismatch).toMatchObject({ code: 1, stderr: expect.stringMatching(/differ/) });
    expect(filesIn(usb)).toHaveLength(2);
  });

  it('fails with a clear message and a non-zero exit, changing nothing', async () => {
    expect(await carnet(['backup', 'create'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/Say where to write/) });
    expect(await carnet(['backup', 'create', path.join(usb, 'missing')])).toMatchObject({ code: 1, stderr: expect.stringMatching(/does not exist/) });
    const emptyData = path.join(usb, 'no-data-here');
    expect(await carnet(['backup', 'create', usb, '--data', emptyData])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no Carnet database in .*nothing to back up/) });
    expect(fs.existsSync(emptyData)).toBe(false);
    expect(filesIn(usb)).toEqual([]);
    const file = (await carnet(['backup', 'create', usb])).stdout.trim();
    flipByte(file, 3000);
    expect(await carnet(['backup', 'verify', file])).toMatchObject({ code: 1, stderr: expect.stringMatching(/damaged/) });
    const core = await createCore({ dataDir, autoBackup: { enabled: false } });
    const before = await exportedData(core);
    await core.close();
    expect(await carnet(['backup', 'restore', file])).toMatchObject({ code: 1, stderr: expect.stringMatching(/damaged.*Nothing was restored/s) });
    const unrelated = path.join(usb, 'readme.txt');
    fs.writeFileSync(unrelated, 'hello');
    expect(await carnet(['backup', 'verify', unrelated])).toMatchObject({ code: 1, stderr: expect.stringMatching(/not a Carnet backup/) });
    expect(await carnet(['backup', 'restore', unrelated])).toMatchObject({ code: 1 });
    const after = await createCore({ dataDir, autoBackup: { enabled: false } });
    expect(await exportedData(after)).toEqual(before);
    await after.close();
    expect(await carnet(['backup', 'undo-restore'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no restore to undo/) });
  });

  it('restores while the app has the same data folder open; the app then reads the restored data', async () => {
    const file = (await carnet(['backup', 'create', usb])).stdout.trim();
    const app = await createCore({ dataDir, autoBackup: { enabled: false } });
    try {
      const before = await exportedData(app);
      await app.call('contacts.create', { firstName: 'Typed', lastName: 'Meanwhile' });
      expect(await carnet(['backup', 'restore', file])).toMatchObject({ code: 0 });
      expect(await exportedData(app)).toEqual(before);
      await app.call('contacts.create', { firstName: 'Still', lastName: 'Writable' });
    } finally {
      await app.close();
    }
  });
});
