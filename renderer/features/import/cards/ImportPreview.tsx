import { useEffect, useState } from 'react';
import type { ImportSummary, MethodOutput, OnDuplicate } from '../../../../shared/contract/index.ts';
import { useClient } from '../../../app/client-context.ts';
import { errorMessage } from '../../../app/error-message.ts';
import { cardStrings as s } from './strings.ts';

type Preview = MethodOutput<'import.preview'>;

interface ImportPreviewProps {
  sourceId: string;
  fileName: string;
  onDone(summary: ImportSummary): void;
  onCancel(): void;
}

/** What the import would do (new / update / already there / error, by line), then the import itself. */
export function ImportPreview({ sourceId, fileName, onDone, onCancel }: ImportPreviewProps) {
  const client = useClient();
  const [onDuplicate, setOnDuplicate] = useState<OnDuplicate>('update');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    client
      .call('import.preview', { sourceId, options: { onDuplicate }, limit: 200 })
      .then((result) => live && setPreview(result))
      .catch((failure: unknown) => live && setError(errorMessage(failure)));
    return () => {
      live = false;
    };
  }, [client, sourceId, onDuplicate]);

  async function commit() {
    setBusy(true);
    setError(null);
    try {
      onDone(await client.call('import.commit', { sourceId, options: { onDuplicate } }));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  const importable = preview ? preview.actions.create + preview.actions.update : 0;
  return (
    <section className="card cards-preview" aria-labelledby="cards-preview-title">
      <h2 id="cards-preview-title">{s.previewTitle(fileName)}</h2>
      {error && (
        <p className="form-error-inline" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <>
          <p data-testid="cards-preview-counts">{s.counts(preview.counts)}</p>
          {preview.notes.map((note) => (
            <p key={note} className="muted small">
              {note}
            </p>
          ))}
          <label className="field">
            <span className="field-label">{s.onDuplicate}</span>
            <select className="select" value={onDuplicate} onChange={(event) => setOnDuplicate(event.target.value as OnDuplicate)}>
              {Object.entries(s.duplicateChoices).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <ul className="cards-preview-rows">
            {preview.rows.map((row) => (
              <li key={`${row.line}-${row.displayName}`} className={`cards-preview-row status-${row.status}`}>
                <span className="badge">{s.statuses[row.status]}</span>
                <span className="cards-preview-name">{row.displayName || row.detail}</span>
                <span className="muted small">{row.status === 'error' ? `line ${row.line}: ${row.message}` : row.message || row.detail}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button primary" disabled={!preview || busy || importable === 0} onClick={() => void commit()}>
          {busy ? s.importing : s.importButton(importable)}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {s.cancel}
        </button>
      </div>
    </section>
  );
}
