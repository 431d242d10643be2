import { useState } from 'react';
import type { BackupEntry } from '../../../shared/contract/backup.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { coreSentence } from '../../i18n/core-sentences.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { backupStrings as s } from './strings.ts';
import { formatBytes, formatWhen } from './format.ts';
import { newJobId, useJobProgress } from './use-job-progress.ts';

type Pending = 'verify' | 'restore' | null;

/**
 * One backup file: when, size, what it holds, and Verify / Restore. An encrypted backup asks for
 * its passphrase in place; Restore asks for confirmation and says the current data is kept aside.
 */
export function BackupRow({ entry, onRestored }: { entry: BackupEntry; onRestored(message: string): Promise<void> }) {
  const client = useClient();
  const [asking, setAsking] = useState<Pending>(null);
  const [passphrase, setPassphrase] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const [running, setRunning] = useState<Pending>(null);
  const [result, setResult] = useState<{ ok: boolean; message: string; note?: string } | null>(null);
  const progress = useJobProgress(jobId);
  const when = formatWhen(entry.createdAt);
  const titleId = `backup-${entry.fileName.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  async function run(action: 'verify' | 'restore') {
    const id = newJobId();
    setJobId(id);
    setRunning(action);
    setResult(null);
    const secret = entry.encrypted ? passphrase : null;
    try {
      if (action === 'verify') {
        const outcome = await client.call('backup.verify', { path: entry.path, passphrase: secret, jobId: id });
        const holds = outcome.entry?.counts ? s.counts(outcome.entry.counts) : null;
        setResult({
          ok: outcome.ok,
          message: outcome.ok && holds && outcome.restorable ? s.intact(holds, when) : outcome.said ? coreSentence(outcome.said) : outcome.message,
          // An encrypted backup from before manifests were authenticated (backup format 1).
          ...(outcome.ok && outcome.manifestAuthenticated === false ? { note: s.manifestNotAuthenticated } : {}),
        });
        // A mistyped passphrase: keep the field open to try again.
        if (outcome.problem === 'wrong_passphrase' || outcome.problem === 'needs_passphrase') return;
        setPassphrase(''); // never kept longer than needed
      } else {
        const restored = await client.call('backup.restore', { path: entry.path, passphrase: secret, jobId: id });
        setAsking(null);
        setPassphrase('');
        await onRestored(s.restored(when) + (restored.migratedFrom !== null ? ` ${s.migrated(restored.migratedFrom)}` : ''));
        return;
      }
      setAsking(null);
    } catch (failure) {
      setResult({ ok: false, message: errorMessage(failure) });
    } finally {
      setJobId(null);
      setRunning(null);
    }
  }

  function start(action: 'verify' | 'restore') {
    setResult(null);
    if (action === 'restore' || entry.encrypted) setAsking(action);
    else void run(action);
  }

  return (
    <li className="backup-row" aria-labelledby={titleId}>
      <div className="backup-row-main">
        <div className="backup-row-text">
          <span id={titleId} className="backup-row-title">
            {entry.createdAt ? when : entry.fileName}
          </span>
          <span className="small muted">
            {entry.counts ? `${s.counts(entry.counts)} · ` : ''}
            {formatBytes(entry.bytes)}
            {entry.appVersion ? ` · ${s.madeBy(entry.appVersion)}` : ''}
          </span>
          <span className="small muted path" title={entry.path}>
            {entry.fileName}
          </span>
        </div>
        <div className="backup-row-badges">
          {entry.encrypted && <span className="badge">{s.encrypted}</span>}
          {entry.problem && <span className="badge danger">{s.unusable}</span>}
        </div>
        {!entry.problem && (
          <div className="backup-row-actions">
            <button type="button" className="button" onClick={() => start('verify')} disabled={running !== null} aria-describedby={titleId}>
              {running === 'verify' ? s.verifying : s.verify}
            </button>
            <button type="button" className="button" onClick={() => start('restore')} disabled={running !== null} aria-describedby={titleId}>
              {s.restore}
            </button>
          </div>
        )}
      </div>
      {entry.problem && <p className="small backup-problem">{entry.problemSaid ? coreSentence(entry.problemSaid) : entry.problem}</p>}
      {asking && (
        <form
          className="backup-confirm"
          onSubmit={(event) => {
            event.preventDefault();
            void run(asking);
          }}
        >
          {asking === 'restore' && (
            <div role="group" aria-label={s.confirmRestoreTitle}>
              <h3>{s.confirmRestoreTitle}</h3>
              <p className="small">{s.confirmRestoreBody(when)}</p>
            </div>
          )}
          {entry.encrypted && (
            <div className="field">
              <label className="field-label" htmlFor={`${titleId}-passphrase`}>
                {s.passphraseFor(entry.fileName)}
              </label>
              <input id={`${titleId}-passphrase`} type="password" className="input" value={passphrase} autoFocus onChange={(event) => setPassphrase(event.target.value)} />
            </div>
          )}
          <div className="backup-actions">
            <button type="submit" className={asking === 'restore' ? 'button primary' : 'button'} disabled={running !== null}>
              {asking === 'restore' ? (running ? s.restoring : s.confirmRestore) : running ? s.verifying : s.verify}
            </button>
            <button type="button" className="button ghost" onClick={() => setAsking(null)} disabled={running !== null}>
              {s.cancel}
            </button>
          </div>
        </form>
      )}
      {running && jobId && (
        <div className="backup-actions">
          <ProgressBar label={running === 'restore' ? s.restoring : s.verifying} progress={progress} />
          <button type="button" className="button ghost" onClick={() => void client.call('backup.cancel', { jobId })}>
            {s.cancel}
          </button>
        </div>
      )}
      {result && (
        <div className={result.ok ? 'small backup-ok' : 'small backup-problem'} role={result.ok ? 'status' : 'alert'}>
          <p>{result.message}</p>
          {result.note && <p className="backup-note">{result.note}</p>}
        </div>
      )}
    </li>
  );
}
