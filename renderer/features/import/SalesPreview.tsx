import { useId } from 'react';
import { SALES_ORDER_STATUSES, type SALES_FIELDS } from '../../../shared/contract/import.ts';
import { ImportRunning } from './ImportRunning.tsx';
import { DateOrderSelect } from './DateOrderSelect.tsx';
import { KindChoice } from './KindChoice.tsx';
import { SalesOrders } from './SalesOrders.tsx';
import type { ImportWizard } from './use-import-wizard.ts';
import { importStrings as s } from './strings.ts';
import { salesStrings as ss } from './sales-strings.ts';

type SalesField = (typeof SALES_FIELDS)[number];

/**
 * A sales file's step: what was found (platform, columns) with the choice to read it as contacts,
 * the date order when the dates leave it open, what to do with customers no contact matches, the
 * orders one by one, then Import (with progress and Cancel).
 */
export function SalesPreview({ wizard }: { wizard: ImportWizard }) {
  const { analyzed, preview, options, busy, step } = wizard;
  const importing = step === 'importing';
  const id = useId();
  const sales = preview?.sales;
  const importable = sales?.toImport ?? 0;
  const columns = Object.entries(analyzed?.sales?.columns ?? {}) as [SalesField, string][];
  return (
    <section className="import-preview" aria-labelledby={`${id}-title`}>
      {analyzed && <KindChoice analyzed={analyzed} busy={busy || importing} onKind={(kind) => void wizard.changeKind(kind)} />}
      {columns.length > 0 && (
        <details className="import-sales-columns small">
          <summary>{ss.columnsFound}</summary>
          <ul>
            {columns.map(([field, column]) => (
              <li key={field}>{ss.fieldColumn(field, column)}</li>
            ))}
          </ul>
        </details>
      )}
      <h3 id={`${id}-title`}>{ss.previewTitle}</h3>
      <p className="small muted">{ss.previewIntro}</p>
      <fieldset className="form-group" disabled={importing}>
        <legend className="field-label">{ss.unknownCustomers}</legend>
        {(['skip', 'create'] as const).map((choice) => (
          <label key={choice} className="checkbox-row">
            <input type="radio" name={`${id}-unknown`} value={choice} checked={options.createCustomers === (choice === 'create')} onChange={() => void wizard.changeOptions({ createCustomers: choice === 'create' })} />
            {ss.unknownChoices[choice]}
          </label>
        ))}
      </fieldset>
      {(preview?.dateQuestion || options.dateOrder) && <DateOrderSelect wizard={wizard} disabled={importing} />}
      {preview?.dateQuestion && (
        <p className="import-question" role="alert">
          {s.dateOrderQuestion(preview.dateQuestion.examples)}
        </p>
      )}
      {sales && (
        <>
          <ul className="import-filters" aria-label={s.status}>
            {SALES_ORDER_STATUSES.map((status) => (
              <li key={status} className={`chip status-${status}`}>
                {s.chip(ss.statuses[status], sales.counts[status] ?? 0)}
              </li>
            ))}
          </ul>
          <SalesOrders orders={sales.orders} />
          {sales.total > sales.orders.length && <p className="small muted">{s.moreRows(sales.orders.length, sales.total)}</p>}
          {importable === 0 && !preview.dateQuestion && <p className="small muted">{ss.nothingToImport}</p>}
        </>
      )}
      <div className="import-actions">
        {importing ? (
          <ImportRunning wizard={wizard} />
        ) : (
          <button type="button" className="button primary" disabled={busy || !sales || importable === 0 || Boolean(preview?.dateQuestion)} onClick={() => void wizard.commit()}>
            {ss.importButton(importable)}
          </button>
        )}
      </div>
    </section>
  );
}
