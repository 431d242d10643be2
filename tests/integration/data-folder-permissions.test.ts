import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../electron/core/core.ts';
import { makeTempDir } from '../helpers/temp-core.ts';
import { runCarnet, runCarnetProcess } from '../helpers/run-cli.ts';

/**
 * The data folder holds the whole customer list, and copies of it: only the user running Carnet
 * may open it (0700 folders, 0600 files), wherever the mode can be set; where it cannot (FAT,
 * exFAT, Windows, someone else's folder) Carnet still starts.
 */
const posix = process.platform !== 'win32';
const modeOf = (target: string) => fs.statSync(target).mode & 0o777;
const asRoot = posix && process.getuid?.() === 0;
/** `nobody`: as root, permission bits only bind another user. */
const OTHER_USER = 65534;

let base: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: base, cleanup } = makeTempDir());
  fs.chmodSync(base, 0o755); // as a home folder usually is: only Carnet's own folder is private
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

describe.skipIf(!posix)('data folder permissions', () => {
  it('creates the data folder 0700 and the database, its -wal and -shm 0600', async () => {
    const dataDir = path.join(base, 'config', 'Carnet');
    const core = await createCore({ dataDir, autoBackup: { enabled: false } });
    try {
      await core.call('contacts.create', { firstName: 'Ada' });
      expect(modeOf(dataDir)).toBe(0o700);
      for (const name of ['carnet.sqlite', 'carnet.sqlite-wal', 'carnet.sqlite-shm']) expect(modeOf(path.join(dataDir, name)), name).toBe(0o600);
    } finally {
      await core.close();
    }
    expect(modeOf(base)).toBe(0o755); // the folder above is the user's, left as it was
  });

  it('keeps the copy made to undo a restore, and automatic snapshots, private', async () => {
    const dataDir = path.join(base, 'data');
    const stick = path.join(base, 'stick');
    fs.mkdirSync(stick);
    const core = await createCore({ dataDir, autoBackup: { enabled: false } });
    try {
      await core.call('contacts.create', { firstName: 'Ada' });
      const backup = await core.call('backup.create', { folder: stick, passphrase: null });
      await core.call('contacts.create', { firstName: 'Grace' });
      await core.call('backup.restore', { path: backup.path, passphrase: null });
      const undoDir = path.join(dataDir, 'restore-undo');
      expect(modeOf(undoDir)).toBe(0o700);
      const copies = fs.readdirSync(undoDir);
      expect(copies.some((name) => name.endsWith('.sqlite'))).toBe(true);
      for (const name of copies) expect(modeOf(path.join(undoDir, name)), name).toBe(0o600);
      expect(modeOf(backup.path)).toBe(0o600);
    } finally {
      await core.close();
    }
    const withSnapshots = await createCore({ dataDir, autoBackup: { enabled: true } });
    await withSnapshots.call('contacts.create', { firstName: 'Linus' });
    await withSnapshots.close(); // writes an automatic snapshot of the unsaved change
    const snapshots = path.join(dataDir, 'backups');
    expect(modeOf(snapshots)).toBe(0o700); // made private on first use, not left to the umask
    const files = fs.readdirSync(snapshots);
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) expect(modeOf(path.join(snapshots, name)), name).toBe(0o600);
  });

  it('tightens a data folder an older Carnet left 0755 with 0644 files, at start', async () => {
    const dataDir = path.join(base, 'old');
    const first = await createCore({ dataDir, autoBackup: { enabled: false } });
    await first.call('contacts.create', { firstName: 'Ada' });
    await first.close();
    // What an older version left behind.
    fs.chmodSync(dataDir, 0o755);
    fs.chmodSync(path.join(dataDir, 'carnet.sqlite'), 0o644);
    for (const [folder, file] of [['restore-undo', 'before-restore-2026-01-01T00-00-00Z-abcdef.sqlite'], ['backups', 'carnet-auto-2026-01-01_00-00-00Z.carnetbackup']] as const) {
      fs.mkdirSync(path.join(dataDir, folder), { mode: 0o755 });
      fs.chmodSync(path.join(dataDir, folder), 0o755);
      fs.writeFileSync(path.join(dataDir, folder, file), 'copy', { mode: 0o644 });
    }
    const unrelated = path.join(dataDir, 'notes-by-the-user.txt');
    fs.writeFileSync(unrelated, 'mine', { mode: 0o644 });

    const core = await createCore({ dataDir, autoBackup: { enabled: false } });
    await core.close();
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(path.join(dataDir, 'carnet.sqlite'))).toBe(0o600);
    for (const folder of ['restore-undo', 'backups']) {
      expect(modeOf(path.join(dataDir, folder)), folder).toBe(0o700);
      for (const name of fs.readdirSync(path.join(dataDir, folder))) expect(modeOf(path.join(dataDir, folder, name)), name).toBe(0o600);
    }
    expect(modeOf(unrelated)).toBe(0o644); // not Carnet's: left alone
  });

  it('starts where modes cannot be set (FAT, exFAT, a share): chmod failing is not an error', async () => {
    const dataDir = path.join(base, 'usb-stick', 'CarnetData');
    vi.spyOn(fs, 'chmodSync').mockImplementation(() => {
      throw Object.assign(new Error('EPERM: operation not permitted, chmod'), { code: 'EPERM' });
    });
    const core = await createCore({ dataDir, autoBackup: { enabled: false } });
    try {
      const created = await core.call('contacts.create', { firstName: 'Ada' });
      expect((await core.call('contacts.get', { id: created.id })).firstName).toBe('Ada');
    } finally {
      await core.close();
    }
    expect(fs.chmodSync).toHaveBeenCalled();
  });

  it.skipIf(!asRoot)('starts in a writable folder owned by someone else, where chmod is refused (a real process)', () => {
    const dataDir = path.join(base, 'shared');
    fs.mkdirSync(dataDir, { mode: 0o777 });
    fs.chmodSync(dataDir, 0o777); // root's, writable by all: the other user's chmod fails
    const result = runCarnetProcess(['contacts', 'list', '--data', dataDir], { uid: OTHER_USER, env: { HOME: base } });
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/No contacts yet/) });
    expect(modeOf(dataDir)).toBe(0o777);
    expect(modeOf(path.join(dataDir, 'carnet.sqlite'))).toBe(0o600);
  });
});

describe('data folder messages', () => {
  it('--data pointing at a file says so, and what to give instead', async () => {
    const file = path.join(base, 'notes.txt');
    fs.writeFileSync(file, 'not a folder');
    const result = await runCarnet(['contacts', 'list', '--data', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/Unexpected error|EEXIST/);
    expect(result.stderr).toMatch(/The data folder .*notes\.txt is a file, not a folder\. Choose the data folder with --data DIR/);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder');

    const below = await runCarnet(['contacts', 'list', '--data', path.join(file, 'Carnet')]);
    expect(below.stderr).toMatch(/cannot create its data folder .*: part of that path is a file, not a folder/);
  });

  it('--data pointing at the database file names the folder to use', async () => {
    const dataDir = path.join(base, 'data');
    await (await createCore({ dataDir, autoBackup: { enabled: false } })).close();
    const database = path.join(dataDir, 'carnet.sqlite');
    const before = fs.readFileSync(database);
    const result = await runCarnet(['contacts', 'list', '--data', database]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`is a database file, but Carnet needs the folder that holds it`);
    expect(result.stderr).toContain(`--data "${dataDir}"`);
    expect(fs.readFileSync(database).equals(before)).toBe(true);
  });

  // As root every folder is writable: the other user stands in for a user on a read-only folder.
  const readOnlyUser = asRoot ? { uid: OTHER_USER } : {};
  it.skipIf(!posix)('a read-only data folder says it cannot write there and what to do, not "not a Carnet database" (a real process)', async () => {
    const dataDir = path.join(base, 'data');
    await (await createCore({ dataDir, autoBackup: { enabled: false } })).close();
    fs.chmodSync(dataDir, 0o555);
    fs.chmodSync(path.join(dataDir, 'carnet.sqlite'), 0o444);
    try {
      const result = runCarnetProcess(['contacts', 'list', '--data', dataDir], { ...readOnlyUser, env: { HOME: base } });
      expect(result.code).toBe(1);
      expect(result.stderr).not.toMatch(/not a Carnet database|Unexpected error/);
      expect(result.stderr).toMatch(/Carnet cannot write to its data folder .*: permission denied\. .*chmod u\+rwx/);
    } finally {
      fs.chmodSync(dataDir, 0o700);
    }
  });

  it.skipIf(!posix)('a read-only database file in a writable folder says so (a real process)', async () => {
    const dataDir = path.join(base, 'data');
    await (await createCore({ dataDir, autoBackup: { enabled: false } })).close();
    fs.chmodSync(dataDir, 0o777);
    fs.chmodSync(path.join(dataDir, 'carnet.sqlite'), 0o444);
    const result = runCarnetProcess(['contacts', 'list', '--data', dataDir], { ...readOnlyUser, env: { HOME: base } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Carnet cannot write to its database .*carnet\.sqlite: permission denied\. .*chmod u\+rw /);
  });
});
