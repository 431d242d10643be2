import { useId } from 'react';
import { ROW_STATUSES, type OnDuplicate } from '../../../shared/contract/import.ts';
import { ImportRunning } from './ImportRunning.tsx';
import { userLocale } from '../../app/locale.ts';
import { CountrySelect } from '../../components/CountrySelect.tsx';
import { useDefaultCountry } from '../../stores/settings-store.ts';
import type { ImportWizard } from './use-import-wizard.ts';
import { PreviewRows } from './PreviewRows.tsx';
import { DateOrderSelect } from './DateOrderSelect.tsx';
import { importStrings as s } from './strings.ts';
import { coreSentence } from '../../i18n/core-sentences.ts';

/** Row-by-row preview with the choices that change it, then Import (with progress and Cancel). */
export function PreviewPanel({ wizard }: { wizard: ImportWizard }) {
  const { preview, options, filter, busy, step } = wizard;
  const importable = preview ? preview.actions.create + preview.actions.update : 0;
  const importing = step === 'importing';
  const defaultCountry = useDefaultCountry();
  const locale = userLocale();
  // The file wizard and the vCard panel can both show a preview: ids and radio names stay apart.
  const id = useId();
  return (
    <section className="import-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{s.previewTitle}</h3>
      <p className="small muted">{s.previewIntro}</p>
      {/* A table's notes are shown with its columns; a file without columns (vCard) has them here. */}
      {preview && !wizard.analyzed?.table && preview.notes.length > 0 && (
        <ul className="import-notes small muted">
          {preview.notes.map((note) => (
            <li key={note.text}>{coreSentence(note)}</li>
          ))}
        </ul>
      )}
      {preview?.related && (
        <p className="small" data-testid="import-related">
          {s.relatedPreview(preview.related)}
        </p>
      )}
      <fieldset className="form-group" disabled={importing}>
        <legend className="field-label">{s.onDuplicate}</legend>
        {(Object.keys(s.onDuplicateChoices) as OnDuplicate[]).map((choice) => (
          <label key={choice} className="checkbox-row">
            <input type="radio" name={`${id}-on-duplicate`} value={choice} checked={options.onDuplicate === choice} onChange={() => void wizard.changeOptions({ onDuplicate: choice })} />
            {s.onDuplicateChoices[choice]}
          </label>
        ))}
      </fieldset>
      <div className="import-source-grid">
        <CountrySelect
          id={`${id}-country`}
          label={s.country}
          value={options.country || defaultCountry}
          defaultCountry={defaultCountry}
          locale={locale}
          disabled={importing}
          // The default country is sent as "none": the import then follows the app's setting.
          onChange={(code) => void wizard.changeOptions({ country: code === defaultCountry ? '' : code })}
        />
        {(preview?.dateQuestion || options.dateOrder) && wizard.analyzed?.table && <DateOrderSelect wizard={wizard} disabled={importing} />}
      </div>
      {preview?.dateQuestion && (
        <p className="import-question" role="alert">
          {s.dateOrderQuestion(preview.dateQuestion.examples)}
        </p>
      )}
      {preview && (
        <>
          <div className="import-filters" role="group" aria-label={s.status}>
            <button type="button" className={`chip${filter === null ? ' active' : ''}`} aria-pressed={filter === null} onClick={() => void wizard.changeFilter(null)}>
              {s.chip(s.all, ROW_STATUSES.reduce((n, status) => n + preview.counts[status], 0))}
            </button>
            {ROW_STATUSES.map((status) => (
              <button key={status} type="button" className={`chip status-${status}${filter === status ? ' active' : ''}`} aria-pressed={filter === status} onClick={() => void wizard.changeFilter(status)}>
                {s.chip(s.statuses[status], preview.counts[status])}
              </button>
            ))}
          </div>
          <PreviewRows rows={preview.rows} choices={options.rowChoices} onChoose={(line, choice) => void wizard.chooseForRow(line, choice)} disabled={importing} label={s.previewTitle} />
          {preview.total > preview.rows.length && <p className="small muted">{s.moreRows(preview.rows.length, preview.total)}</p>}
          {importable === 0 && !preview.dateQuestion && <p className="small muted">{s.nothingToImport}</p>}
        </>
      )}
      <div className="import-actions">
        {importing ? (
          <ImportRunning wizard={wizard} />
        ) : (
          <>
            {wizard.analyzed?.table && (
              <button type="button" className="button" onClick={() => wizard.setStep('map')}>
                {s.back}
              </button>
            )}
            <button type="button" className="button primary" disabled={busy || !preview || importable === 0 || Boolean(preview.dateQuestion)} onClick={() => void wizard.commit()}>
              {s.importButton(importable)}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
