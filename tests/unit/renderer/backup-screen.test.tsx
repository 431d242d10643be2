// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ClientContext } from '../../../renderer/app/client-context.ts';
import { BackupScreen } from '../../../renderer/features/backup/BackupScreen.tsx';
import type { BackupEntry, BackupStatus } from '../../../shared/contract/backup.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { deferred, fakeClient, type FakeClient } from './fake-client.ts';

afterEach(cleanup);

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

function entry(overrides: Partial<BackupEntry> = {}): BackupEntry {
  return {
    path: '/media/usb/carnet-backup-2026-11-24_10-40-12Z.carnetbackup',
    fileName: 'carnet-backup-2026-11-24_10-40-12Z.carnetbackup',
    bytes: 150_000,
    kind: 'manual',
    createdAt: '2026-11-24T10:40:12.000Z',
    appVersion: '0.1.0',
    schemaVersion: 3,
    encrypted: false,
    counts: { contacts: 12, companies: 1, tags: 2, notes: 3, interactions: 0, tasks: 0, purchases: 0 },
    problem: null,
    ...overrides,
  };
}

function status(overrides: Partial<BackupStatus> = {}): BackupStatus {
  return { folder: '/media/usb', last: null, autoFolder: '/data/backups', undo: null, ...overrides };
}

async function renderScreen(client: FakeClient) {
  render(
    <ClientContext.Provider value={client}>
      <BackupScreen />
    </ClientContext.Provider>,
  );
  await settle();
}

describe('BackupScreen', () => {
  it('opens on the remembered folder, lists its backups, and says there is no backup yet', async () => {
    const client = fakeClient({
      'backup.status': () => status(),
      'backup.listAuto': () => ({ folder: '/data/backups', backups: [] }),
      'backup.list': ({ folder }) => ({ folder, backups: [entry(), entry({ fileName: 'carnet-backup-cut.carnetbackup', path: '/media/usb/cut', createdAt: null, counts: null, problem: 'carnet-backup-cut.carnetbackup is incomplete' })] }),
    });
    await renderScreen(client);
    expect((screen.getByLabelText('Backup folder') as HTMLInputElement).value).toBe('/media/usb');
    expect(screen.getByText(/No backup yet/)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Backups in this folder' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('12 contacts, 1 company');
    expect(within(rows[1]!).getByText('Unusable')).toBeTruthy();
    expect(within(rows[1]!).queryByRole('button', { name: 'Restore…' })).toBeNull();
    expect(screen.getByText(/No automatic snapshot yet/)).toBeTruthy();
  });

  it('shows progress from the core while backing up, then the new backup', async () => {
    const pending = deferred<BackupEntry>();
    let listed: BackupEntry[] = [];
    const client = fakeClient({
      'backup.status': () => status({ folder: null }),
      'backup.listAuto': () => ({ folder: '/data/backups', backups: [] }),
      'backup.list': ({ folder }) => ({ folder, backups: listed }),
      'backup.create': () => pending.promise,
    });
    await renderScreen(client);
    fireEvent.change(screen.getByLabelText('Backup folder'), { target: { value: '/media/usb' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    await settle();
    const [input] = client.callsTo('backup.create') as { folder: string; passphrase: null; jobId: string }[];
    expect(input).toMatchObject({ folder: '/media/usb', passphrase: null });
    act(() => client.emit({ type: 'progress', jobId: input!.jobId, label: 'Backing up', done: 50, total: 100 }));
    act(() => client.emit({ type: 'progress', jobId: 'someone-else', label: 'Other', done: 1, total: 100 }));
    expect(screen.getByRole('progressbar', { name: 'Backing up…' }).getAttribute('aria-valuenow')).toBe('50');
    listed = [entry()];
    pending.resolve(entry());
    await settle();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Backups in this folder' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows the export\u2019s progress while a JSON export is written, and the bar goes when it is done', async () => {
    const pending = deferred<{ path: string; count: number; bytes: number }>();
    const client = fakeClient({
      'backup.status': () => status(),
      'backup.listAuto': () => ({ folder: '/data/backups', backups: [] }),
      'backup.list': ({ folder }) => ({ folder, backups: [] }),
      'export.toFolder': () => pending.promise,
    });
    await renderScreen(client);
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await settle();
    const [input] = client.callsTo('export.toFolder') as { folder: string; format: string; jobId: string }[];
    expect(input).toMatchObject({ folder: '/media/usb', format: 'json' });
    expect(screen.getByRole('button', { name: 'Export' })).toHaveProperty('disabled', true);
    // Before the first report: a bar that moves without a figure.
    expect(screen.getByRole('progressbar', { name: 'Exporting…' }).getAttribute('aria-valuenow')).toBeNull();
    act(() => client.emit({ type: 'progress', jobId: input!.jobId, label: 'Exporting', done: 2_000, total: 8_000 }));
    expect(screen.getByRole('progressbar', { name: 'Exporting…' }).getAttribute('aria-valuenow')).toBe('25');
    pending.resolve({ path: '/media/usb/carnet-contacts-2026-12-05.json', count: 12, bytes: 4_000 });
    await settle();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveProperty('disabled', false);
  });

  it('checks the passphrase pair before calling the core, and shows the core’s folder errors', async () => {
    const client = fakeClient({
      'backup.status': () => status({ folder: null }),
      'backup.listAuto': () => ({ folder: '/data/backups', backups: [] }),
      'backup.setFolder': () => {
        throw new CarnetError('not_found', 'The folder /media/usb does not exist. Is the USB stick plugged in?');
      },
    });
    await renderScreen(client);
    fireEvent.change(screen.getByLabelText('Backup folder'), { target: { value: '/media/usb' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show backups here' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('Is the USB stick plugged in?');
    fireEvent.click(screen.getByLabelText('Protect with a passphrase'));
    fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: 'long enough' } });
    fireEvent.change(screen.getByLabelText('Passphrase again'), { target: { value: 'long enougH' } });
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    await settle();
    expect(screen.getAllByRole('alert').map((node) => node.textContent)).toContain('The two passphrases differ.');
    expect(client.callsTo('backup.create')).toEqual([]);
  });

  it('restores after confirmation, then offers Undo restore', async () => {
    let current = status();
    const client = fakeClient({
      'backup.status': () => current,
      'backup.listAuto': () => ({ folder: '/data/backups', backups: [] }),
      'backup.list': ({ folder }) => ({ folder, backups: [entry()] }),
      'backup.restore': ({ path }) => {
        current = status({ undo: { restoredFrom: path, restoredAt: '2026-11-24T11:00:00.000Z' } });
        return { restoredFrom: path, counts: { contacts: 12, companies: 1, tags: 2, notes: 3, interactions: 0, tasks: 0, purchases: 0 }, migratedFrom: null };
      },
      'backup.undoRestore': () => {
        current = status();
        return { restoredFrom: entry().path };
      },
    });
    await renderScreen(client);
    fireEvent.click(screen.getByRole('button', { name: 'Restore…' }));
    expect(client.callsTo('backup.restore')).toEqual([]); // asks first
    expect(screen.getByText('Restore this backup?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await settle();
    expect(client.callsTo('backup.restore')).toMatchObject([{ path: entry().path, passphrase: null }]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo restore' }));
    await settle();
    expect(client.callsTo('backup.undoRestore')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Undo restore' })).toBeNull();
  });

  it('asks an encrypted backup’s passphrase and keeps the field open when it is wrong', async () => {
    const client = fakeClient({
      'backup.status': () => status(),
      'backup.listAuto': () => ({ folder: '/data/backups', backups: [] }),
      'backup.list': ({ folder }) => ({ folder, backups: [entry({ encrypted: true })] }),
      'backup.verify': ({ passphrase }) =>
        passphrase === 'right one'
          ? { ok: true, problem: null, message: 'The backup is intact.', restorable: true, manifestAuthenticated: true, entry: entry({ encrypted: true, counts: { contacts: 12, companies: 1, tags: 2, notes: 3, interactions: 40, tasks: 1, purchases: 0 } }) }
          : { ok: false, problem: 'wrong_passphrase', message: 'The passphrase is wrong.', restorable: false, manifestAuthenticated: null, entry: null },
    });
    await renderScreen(client);
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    const field = screen.getByLabelText(/^Passphrase for/);
    fireEvent.change(field, { target: { value: 'wrong one' } });
    fireEvent.submit(field.closest('form')!);
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('The passphrase is wrong.');
    fireEvent.change(screen.getByLabelText(/^Passphrase for/), { target: { value: 'right one' } });
    fireEvent.submit(screen.getByLabelText(/^Passphrase for/).closest('form')!);
    await settle();
    expect(screen.getByRole('status').textContent).toMatch(/^The backup is intact: .* It holds 12 contacts, 1 company, 40 interactions, 1 task, from /);
    expect(screen.getByRole('status').textContent).not.toMatch(/not authenticated/);
    expect(screen.queryByLabelText(/^Passphrase for/)).toBeNull();
  });

  it('says when an intact encrypted backup’s manifest is not authenticated (backup format 1)', async () => {
    const client = fakeClient({
      'backup.status': () => status(),
      'backup.listAuto': () => ({ folder: '/data/backups', backups: [] }),
      'backup.list': ({ folder }) => ({ folder, backups: [entry({ encrypted: true })] }),
      'backup.verify': () => ({ ok: true, problem: null, message: 'The backup is intact.', restorable: true, manifestAuthenticated: false, entry: entry({ encrypted: true }) }),
    });
    await renderScreen(client);
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    const field = screen.getByLabelText(/^Passphrase for/);
    fireEvent.change(field, { target: { value: 'right one' } });
    fireEvent.submit(field.closest('form')!);
    await settle();
    const outcome = screen.getByRole('status');
    expect(outcome.textContent).toMatch(/^The backup is intact: /);
    expect(within(outcome).getByText(/^Manifest not authenticated: this backup was made by an older Carnet \(backup format 1\)/)).toBeTruthy();
  });
});
