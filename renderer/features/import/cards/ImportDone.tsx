import { useState } from 'react';
import type { ImportSummary } from '../../../../shared/contract/index.ts';
import { useClient } from '../../../app/client-context.ts';
import { errorMessage } from '../../../app/error-message.ts';
import { useToasts } from '../../../stores/toast-store.ts';
import { cardStrings as s } from './strings.ts';

/** The import's outcome, with Undo (the whole batch) and a way to import more. */
export function ImportDone({ summary, onAgain }: { summary: ImportSummary; onAgain(): void }) {
  const client = useClient();
  const [undone, setUndone] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function undo() {
    if (!summary.batchId) return;
    try {
      await client.call('import.undo', { batchId: summary.batchId });
      setUndone(true);
      useToasts.getState().show(s.undone);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <section className="card" aria-live="polite">
      <p data-testid="cards-import-done">{undone ? s.undone : s.done({ ...summary, errors: summary.errors.length })}</p>
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
