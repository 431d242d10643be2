import { useState } from 'react';
import type { ImportSummary } from '../../../shared/contract/import.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { downloadText } from './file-transfer.ts';
import { DuplicatesToReview } from './DuplicatesToReview.tsx';
import { importStrings as s } from './strings.ts';

/** What the import did, the failed rows as a CSV, and Undo. */
export function SummaryPanel({ summary, sourceId, onUndone, onAnother }: { summary: ImportSummary; sourceId: string; onUndone(): void; onAnother(): void }) {
  const client = useClient();
  const [undone, setUndone] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    try {
      const failed = await client.call('import.failedRows', { sourceId });
      downloadText(failed.fileName, failed.csv, 'text/csv');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  async function undo() {
    if (!summary.batchId) return;
    try {
      const result = await client.call('import.undo', { batchId: summary.batchId });
      setUndone(true);
      useToasts.getState().show(s.undone(result.removed, result.reverted));
      onUndone();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <section className="import-summary" aria-labelledby="import-summary-title">
      <h3 id="import-summary-title">{s.doneTitle}</h3>
      <p data-testid="import-summary">{s.summary({ ...summary, errors: summary.errors.length })}</p>
      {summary.possibleDuplicates > 0 && <DuplicatesToReview summary={summary} />}
      {!summary.batchId && <p className="muted">{s.nothingWritten}</p>}
      {summary.errors.length > 0 && (
        <ul className="import-errors small">
          {summary.errors.slice(0, 10).map((item) => (
            <li key={item.line}>
              {s.line} {item.line}: {item.message}
            </li>
          ))}
        </ul>
      )}
      {error && <p className="form-error-inline" role="alert">{error}</p>}
      <div className="import-actions">
        {summary.errors.length > 0 && (
          <button type="button" className="button" onClick={() => void download()}>
            {s.downloadErrors}
          </button>
        )}
        {summary.batchId && !undone && (
          <button type="button" className="button danger" onClick={() => void undo()}>
            {s.undo}
          </button>
        )}
        <button type="button" className="button primary" onClick={onAnother}>
          {s.another}
        </button>
      </div>
    </section>
  );
}
