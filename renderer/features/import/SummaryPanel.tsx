import { useEffect, useId, useRef, useState } from 'react';
import { ShowBatchButton } from './ShowBatchButton.tsx';
import type { ImportSummary } from '../../../shared/contract/import.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { downloadText } from './file-transfer.ts';
import { DuplicatesToReview } from './DuplicatesToReview.tsx';
import { importStrings as s } from './strings.ts';
import { salesStrings as ss } from './sales-strings.ts';
import { coreSentence } from '../../i18n/core-sentences.ts';

interface SummaryPanelProps {
  summary: ImportSummary;
  sourceId: string;
  onUndone(): void;
  onAnother(): void;
  /** The way on ("Import another file", or the next file waiting in the vCard panel). */
  anotherLabel?: string;
}

/**
 * What the import did (people and companies apart, already there, possible duplicates to review),
 * the failed rows as a CSV, and Undo. It takes the focus when it appears: the Import button that
 * had it is gone, and keyboard users land on the outcome, then its actions.
 */
export function SummaryPanel({ summary, sourceId, onUndone, onAnother, anotherLabel = s.another }: SummaryPanelProps) {
  const client = useClient();
  const [undone, setUndone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  // The import has just run: its time is now (the summary does not carry it).
  const [importedAt] = useState(() => new Date().toISOString());
  /** A sales file's summary: purchases and customers, and the orders skipped for an unknown customer. */
  const sales = summary.purchasesCreated !== undefined;

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
      useToasts.getState().show(sales ? ss.undone(result.removedPurchases, result.removedPeople) : s.undone(result));
      onUndone();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <section className="import-summary" aria-labelledby={titleId}>
      <h3 id={titleId} ref={title} tabIndex={-1}>
        {s.doneTitle}
      </h3>
      <p data-testid="import-summary">
        {sales
          ? ss.summary({ purchases: summary.purchasesCreated ?? 0, customers: summary.customersCreated ?? 0, already: summary.alreadyThere, skipped: summary.skipped, errors: summary.errors.length })
          : s.summary({ ...summary, errors: summary.errors.length })}
      </p>
      {sales && (summary.skippedOrders?.length ?? 0) > 0 && (
        <section aria-label={ss.skippedTitle}>
          <h4>{ss.skippedTitle}</h4>
          <ul className="import-errors small">
            {summary.skippedOrders!.slice(0, 50).map((order) => (
              <li key={order.line}>{ss.skippedRow(order.line, order.reference, order.customerName, order.said ? coreSentence(order.said) : order.message)}</li>
            ))}
          </ul>
        </section>
      )}
      {summary.related && <p data-testid="import-related">{s.relatedDone(summary.related)}</p>}
      {summary.possibleDuplicates > 0 && <DuplicatesToReview summary={summary} />}
      {!summary.batchId && <p className="muted">{s.nothingWritten}</p>}
      {summary.errors.length > 0 && (
        <ul className="import-errors small">
          {summary.errors.slice(0, 10).map((item) => (
            <li key={item.line}>
              {s.lineSaid(item.line, item.said ? coreSentence(item.said) : item.message)}
            </li>
          ))}
        </ul>
      )}
      {(summary.warnings?.length ?? 0) > 0 && (
        <section aria-label={s.warningsTitle}>
          <h4>{s.warningsTitle}</h4>
          <ul className="small">
            {summary.warnings!.slice(0, 50).map((item, index) => (
              <li key={`${item.line}-${index}`}>
                {s.lineSaid(item.line, item.said ? coreSentence(item.said) : item.message)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {error && <p className="form-error-inline" role="alert">{error}</p>}
      <div className="import-actions">
        {/* The failed-rows download is a contacts mapping's: a sales file's errors are listed above with their lines. */}
        {summary.errors.length > 0 && !sales && (
          <button type="button" className="button" onClick={() => void download()}>
            {s.downloadErrors}
          </button>
        )}
        {summary.batchId && !undone && <ShowBatchButton batch={{ id: summary.batchId, fileName: summary.fileName, importedAt }} counted />}
        {summary.batchId && !undone && (
          <button type="button" className="button danger" onClick={() => void undo()}>
            {s.undo}
          </button>
        )}
        <button type="button" className="button primary" onClick={onAnother}>
          {anotherLabel}
        </button>
      </div>
    </section>
  );
}
