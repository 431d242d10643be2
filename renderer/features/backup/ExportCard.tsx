import { useState } from 'react';
import type { ExportFormat } from '../../../shared/contract/export.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { backupStrings as s } from './strings.ts';
import { baseName } from './format.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { newJobId, useJobProgress } from './use-job-progress.ts';

/** CSV or JSON of every contact, written into the backup folder. */
export function ExportCard({ folder }: { folder: string }) {
  const client = useClient();
  const [format, setFormat] = useState<ExportFormat>('csv');
  // The running export's job id: a JSON export of a big database takes a while and reports progress.
  const [jobId, setJobId] = useState<string | null>(null);
  const progress = useJobProgress(jobId);
  const [error, setError] = useState<string | null>(null);
  const busy = jobId !== null;

  async function exportNow() {
    setError(null);
    if (!folder.trim()) return setError(s.needFolder);
    const id = newJobId();
    setJobId(id);
    try {
      const written = await client.call('export.toFolder', { folder: folder.trim(), format, jobId: id });
      useToasts.getState().show(s.exported(written.count, baseName(written.path)));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setJobId(null);
    }
  }

  return (
    <section className="card" aria-labelledby="backup-export-title">
      <h2 id="backup-export-title">{s.exportTitle}</h2>
      <p className="muted">{s.exportIntro}</p>
      <div className="backup-actions">
        <label htmlFor="export-format" className="field-label">
          {s.exportFormat}
        </label>
        <select id="export-format" className="select" value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
          <option value="csv">{s.exportCsv}</option>
          <option value="json">{s.exportJson}</option>
        </select>
        <button type="button" className="button" onClick={() => void exportNow()} disabled={busy}>
          {s.exportNow}
        </button>
      </div>
      {busy && <ProgressBar label={s.exporting} progress={progress} />}
      {error && (
        <p className="form-error-inline" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
