import { useState, type FormEvent } from 'react';
import { BACKUP_MIN_PASSPHRASE_LENGTH, type BackupStatus } from '../../../shared/contract/backup.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { useLeaveGuard } from '../../stores/leave-guard-store.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { backupStrings as s } from './strings.ts';
import { baseName, formatBytes, formatWhen } from './format.ts';
import { newJobId, useJobProgress } from './use-job-progress.ts';

// The contract's own minimum, so the form asks exactly what the core accepts.
const MIN_PASSPHRASE = BACKUP_MIN_PASSPHRASE_LENGTH;

interface Props {
  status: BackupStatus | null;
  folder: string;
  onFolderChange(folder: string): void;
  /** Checks and remembers the folder, then lists it. */
  onUseFolder(): Promise<void>;
  folderError: string | null;
  /** After a backup: refresh the status and the list. */
  onBackedUp(): Promise<void>;
}

/** The folder (typed or pasted: a browser cannot browse the computer's disks), optional passphrase, Back up now. */
export function BackupNowCard({ status, folder, onFolderChange, onUseFolder, folderError, onBackedUp }: Props) {
  const client = useClient();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useJobProgress(jobId);

  const passphraseProblem = !encrypt ? null : passphrase.length < MIN_PASSPHRASE ? s.passphraseTooShort(MIN_PASSPHRASE) : passphrase !== again ? s.passphraseMismatch : null;

  async function backUp(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!folder.trim()) return setError(s.needFolder);
    if (passphraseProblem) return setError(passphraseProblem);
    const id = newJobId();
    setJobId(id);
    try {
      const created = await client.call('backup.create', { folder: folder.trim(), passphrase: encrypt ? passphrase : null, jobId: id });
      setPassphrase('');
      setAgain('');
      useToasts.getState().show(s.backedUp(created.fileName));
      await onBackedUp();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setJobId(null);
    }
  }

  const busy = jobId !== null;
  useLeaveGuard('backup-now', busy ? s.leaveBackingUp : null);
  const last = status?.last ?? null;
  return (
    <section className="card" aria-labelledby="backup-now-title">
      <h2 id="backup-now-title">{s.folderTitle}</h2>
      <form className="backup-form" onSubmit={(event) => void backUp(event)} noValidate>
        <div className="field">
          <label htmlFor="backup-folder" className="field-label">
            {s.folderLabel}
          </label>
          <div className="backup-folder-row">
            <input
              id="backup-folder"
              className="input path-input"
              value={folder}
              placeholder={s.folderPlaceholder}
              spellCheck={false}
              autoComplete="off"
              aria-describedby="backup-folder-hint"
              aria-invalid={folderError ? true : undefined}
              onChange={(event) => onFolderChange(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
                  event.preventDefault();
                  void onUseFolder();
                }
              }}
            />
            <button type="button" className="button" onClick={() => void onUseFolder()} disabled={busy}>
              {s.useFolder}
            </button>
          </div>
          <p id="backup-folder-hint" className="field-hint">
            {s.folderHint}
          </p>
          {folderError && (
            <p className="field-error" role="alert">
              {folderError}
            </p>
          )}
        </div>

        <label className="checkbox-row">
          <input type="checkbox" checked={encrypt} onChange={(event) => setEncrypt(event.target.checked)} disabled={busy} />
          {s.encrypt}
        </label>
        {encrypt && (
          <div className="backup-passphrase">
            <div className="field">
              <label htmlFor="backup-passphrase" className="field-label">
                {s.passphrase}
              </label>
              <input id="backup-passphrase" type="password" className="input" value={passphrase} autoComplete="new-password" aria-describedby="backup-passphrase-hint" onChange={(event) => setPassphrase(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="backup-passphrase-again" className="field-label">
                {s.passphraseAgain}
              </label>
              <input id="backup-passphrase-again" type="password" className="input" value={again} autoComplete="new-password" onChange={(event) => setAgain(event.target.value)} />
            </div>
            <p id="backup-passphrase-hint" className="field-hint wide">
              {s.passphraseHint(MIN_PASSPHRASE)}
            </p>
          </div>
        )}

        <div className="backup-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? s.backingUp : s.backUpNow}
          </button>
          {busy && <ProgressBar label={s.backingUp} progress={progress} />}
          {busy && (
            <button type="button" className="button ghost" onClick={() => void client.call('backup.cancel', { jobId: jobId! })}>
              {s.cancel}
            </button>
          )}
        </div>
        {error && (
          <p className="form-error-inline" role="alert">
            {error}
          </p>
        )}
      </form>
      <div className="backup-last" aria-live="polite">
        <span className="field-label">{s.lastBackup} </span>
        {status === null ? (
          <span className="muted">{s.loading}</span>
        ) : last ? (
          <span data-testid="last-backup">
            {s.lastBackupLine(formatWhen(last.createdAt), last.folder, formatBytes(last.bytes))}
            {last.encrypted ? ` · ${s.encrypted}` : ''}
            <span className="visually-hidden"> {baseName(last.path)}</span>
          </span>
        ) : (
          <span className="muted">{s.noBackupYet}</span>
        )}
      </div>
    </section>
  );
}
