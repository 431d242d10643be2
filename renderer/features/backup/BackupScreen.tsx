import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry, BackupStatus } from '../../../shared/contract/backup.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { BackupNowCard } from './BackupNowCard.tsx';
import { BackupRow } from './BackupRow.tsx';
import { ExportCard } from './ExportCard.tsx';
import { backupStrings as s } from './strings.ts';
import { formatWhen } from './format.ts';
import './backup.css';

/**
 * Backup: back up to a folder (a USB stick), the backups found there and the automatic snapshots,
 * each with Verify and Restore, "Undo restore" after a restore, and exports.
 */
export function BackupScreen() {
  const client = useClient();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [folder, setFolder] = useState('');
  const [folderError, setFolderError] = useState<string | null>(null);
  const [listed, setListed] = useState<{ folder: string; backups: BackupEntry[] } | null>(null);
  const [autoBackups, setAutoBackups] = useState<BackupEntry[] | null>(null);
  const [undoBusy, setUndoBusy] = useState(false);
  const [screenError, setScreenError] = useState<string | null>(null);

  const listFolder = useCallback(
    async (target: string) => {
      try {
        setListed(await client.call('backup.list', { folder: target }));
        setFolderError(null);
      } catch (failure) {
        setListed(null);
        setFolderError(errorMessage(failure));
      }
    },
    [client],
  );

  const refresh = useCallback(async () => {
    try {
      const [current, auto] = await Promise.all([client.call('backup.status', {}), client.call('backup.listAuto', {})]);
      setStatus(current);
      setAutoBackups(auto.backups);
      return current;
    } catch (failure) {
      setScreenError(errorMessage(failure));
      return null;
    }
  }, [client]);

  useEffect(() => {
    void refresh().then((current) => {
      if (current?.folder) {
        setFolder(current.folder);
        void listFolder(current.folder);
      }
    });
  }, [refresh, listFolder]);

  async function useFolder() {
    try {
      await client.call('backup.setFolder', { folder: folder.trim() });
      await refresh();
      await listFolder(folder.trim());
    } catch (failure) {
      setListed(null);
      setFolderError(errorMessage(failure));
    }
  }

  async function afterRestore(message: string) {
    useToasts.getState().show(message);
    await refresh();
  }

  async function undoRestore() {
    setUndoBusy(true);
    try {
      await client.call('backup.undoRestore', {});
      useToasts.getState().show(s.undone);
      await refresh();
    } catch (failure) {
      setScreenError(errorMessage(failure));
    } finally {
      setUndoBusy(false);
    }
  }

  return (
    <div className="page backup-page">
      <header className="page-header">
        <h1>{s.title}</h1>
        <p className="muted">{s.intro}</p>
      </header>
      {screenError && (
        <p className="form-error-inline" role="alert">
          {screenError}
        </p>
      )}
      {status?.undo && (
        <section className="card backup-undo" aria-labelledby="backup-undo-title">
          <h2 id="backup-undo-title">{s.undoTitle}</h2>
          <p>{s.undoBody(formatWhen(status.undo.restoredAt), status.undo.restoredFrom)}</p>
          <div>
            <button type="button" className="button" onClick={() => void undoRestore()} disabled={undoBusy}>
              {s.undoRestore}
            </button>
          </div>
        </section>
      )}
      <BackupNowCard
        status={status}
        folder={folder}
        onFolderChange={setFolder}
        onUseFolder={useFolder}
        folderError={folderError}
        onBackedUp={async () => {
          await refresh();
          await listFolder(folder.trim());
        }}
      />
      <section className="card" aria-labelledby="backup-list-title">
        <h2 id="backup-list-title">{s.listTitle}</h2>
        {listed === null ? (
          <p className="muted">{s.chooseFolderFirst}</p>
        ) : listed.backups.length === 0 ? (
          <p className="muted">{s.listEmpty}</p>
        ) : (
          <ul className="backup-list" aria-labelledby="backup-list-title">
            {listed.backups.map((entry) => (
              <BackupRow key={entry.path} entry={entry} onRestored={afterRestore} />
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="backup-auto-title">
        <h2 id="backup-auto-title">{s.autoTitle}</h2>
        <p className="muted small">{s.autoIntro}</p>
        {autoBackups === null ? (
          <p className="muted">{s.loading}</p>
        ) : autoBackups.length === 0 ? (
          <p className="muted">{s.autoEmpty}</p>
        ) : (
          <ul className="backup-list" aria-labelledby="backup-auto-title">
            {autoBackups.map((entry) => (
              <BackupRow key={entry.path} entry={entry} onRestored={afterRestore} />
            ))}
          </ul>
        )}
      </section>
      <ExportCard folder={folder} />
    </div>
  );
}
