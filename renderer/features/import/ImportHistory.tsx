import { useCallback, useEffect, useState } from 'react';
import type { ImportBatch } from '../../../shared/contract/import.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { userLocale } from '../../app/locale.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { importStrings as s } from './strings.ts';
import { salesStrings as ss } from './sales-strings.ts';
import { ShowBatchButton } from './ShowBatchButton.tsx';

const when = (iso: string) => new Date(iso).toLocaleString(userLocale(), { dateStyle: 'medium', timeStyle: 'short' });

/** Every import with its file and counts, each undoable once. `version` bumps reload it. */
export function ImportHistory({ version }: { version: number }) {
  const client = useClient();
  const [batches, setBatches] = useState<ImportBatch[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setBatches(await client.call('import.list', {}));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, [client]);

  useEffect(() => {
    void load();
  }, [load, version]);

  async function undo(batch: ImportBatch) {
    setConfirming(null);
    try {
      const result = await client.call('import.undo', { batchId: batch.id });
      useToasts.getState().show(s.undone(result));
      await load();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <section className="card" aria-labelledby="import-history-title">
      <h2 id="import-history-title">{s.historyTitle}</h2>
      {error && <p className="form-error-inline" role="alert">{error}</p>}
      {batches === null ? null : batches.length === 0 ? (
        <p className="muted">{s.historyEmpty}</p>
      ) : (
        <ul className="import-history" aria-labelledby="import-history-title">
          {batches.map((batch) => (
            <li key={batch.id} className="import-history-row">
              <div className="import-history-text">
                <span className="import-history-file">{batch.fileName}</span>
                <span className="small muted">
                  {when(batch.createdAt)} · {(batch.counts.purchasesCreated ?? 0) > 0 && `${ss.historyPurchases(batch.counts.purchasesCreated ?? 0)} · `}{s.historyCounts(batch.counts)}
                </span>
                {batch.undoneAt && <span className="small muted">{s.undoneOn(when(batch.undoneAt))}</span>}
              </div>
              {!batch.undoneAt &&
                (confirming === batch.id ? (
                  <div className="import-confirm">
                    <p className="small">{s.confirmUndo(batch.fileName)}</p>
                    <div className="import-actions">
                      <button type="button" className="button danger" onClick={() => void undo(batch)}>
                        {s.undo}
                      </button>
                      <button type="button" className="button" onClick={() => setConfirming(null)}>
                        {s.cancel}
                      </button>
                    </div>
                  </div>
                ) : (
                  <div className="import-actions">
                    <ShowBatchButton batch={{ id: batch.id, fileName: batch.fileName, importedAt: batch.createdAt }} />
                    <button type="button" className="button" aria-label={s.undoBatch(batch.fileName)} onClick={() => setConfirming(batch.id)}>
                      {s.undo}
                    </button>
                  </div>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
