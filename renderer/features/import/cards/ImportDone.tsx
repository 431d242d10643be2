import { useState } from 'react';
import type { ImportSummary } from '../../../../shared/contract/index.ts';
import { useClient } from '../../../app/client-context.ts';
import { errorMessage } from '../../../app/error-message.ts';
import { useToasts } from '../../../stores/toast-store.ts';
import { cardStrings as s } from './strings.ts';
import { peopleAndCompanies } from '../strings.ts';
import { ShowBatchButton } from '../ShowBatchButton.tsx';

/** The import's outcome, with Undo (the whole batch) and a way to import more. */
export function ImportDone({ summary, onAgain }: { summary: ImportSummary; onAgain(): void }) {
  const client = useClient();
  const [undone, setUndone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The import has just run: its time is now (the summary does not carry it).
  const [importedAt] = useState(() => new Date().toISOString());

  async function undo() {
    if (!summary.batchId) return;
    try {
      const result = await client.call('import.undo', { batchId: summary.batchId });
      const message = s.undone(peopleAndCompanies(result.removedPeople, result.removedCompanies));
      setUndone(message);
      useToasts.getState().show(message);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <section className="card" aria-live="polite">
      <p data-testid="cards-import-done">{undone ?? s.done({ ...summary, errors: summary.errors.length })}</p>
      {summary.errors.length > 0 && !undone && (
        <ul className="small">
          {summary.errors.slice(0, 20).map((e) => (
            <li key={`${e.line}-${e.message}`}>{`line ${e.line}: ${e.message}`}</li>
          ))}
        </ul>
      )}
      {error && (
        <p className="form-error-inline" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        {summary.batchId && !undone && <ShowBatchButton batch={{ id: summary.batchId, fileName: summary.fileName, importedAt }} counted />}
        {summary.batchId && !undone && (
          <button type="button" className="button" onClick={() => void undo()}>
            {s.undo}
          </button>
        )}
        <button type="button" className="button primary" onClick={onAgain}>
          {s.another}
        </button>
      </div>
    </section>
  );
}
