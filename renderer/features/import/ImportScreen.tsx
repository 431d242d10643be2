import { useCallback, useState } from 'react';
import { CardImportPanel } from './cards/CardImportPanel.tsx';
import { FileDrop } from './FileDrop.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { MappingTable } from './MappingTable.tsx';
import { KindChoice } from './KindChoice.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { SalesPreview } from './SalesPreview.tsx';
import { ReadingFile } from './ReadingFile.tsx';
import { SourcePanel } from './SourcePanel.tsx';
import { SummaryPanel } from './SummaryPanel.tsx';
import { useImportWizard } from './use-import-wizard.ts';
import { importStrings as s } from './strings.ts';
import './import.css';

/**
 * Import: the file wizard (choose -> check columns -> preview -> import -> summary with undo),
 * the business-card and vCard panel, then the history of imports (it grows, and must not push
 * the panels' steps down while they are on screen).
 */
export function ImportScreen() {
  const [historyVersion, setHistoryVersion] = useState(0);
  const bumpHistory = useCallback(() => setHistoryVersion((n) => n + 1), []);
  const wizard = useImportWizard(bumpHistory);
  const { step, analyzed } = wizard;

  return (
    <div className="page import-page">
      <header className="page-header">
        <h1>{s.title}</h1>
        <p className="muted">{s.intro}</p>
      </header>
      <section className="card" aria-labelledby="import-wizard-title">
        <div className="import-wizard-head">
          <h2 id="import-wizard-title">{s.wizardTitle}</h2>
          {wizard.fileName && step !== 'choose' && <span className="import-file-name">{wizard.fileName}</span>}
          {(step === 'map' || step === 'preview') && (
            <button type="button" className="button ghost" onClick={wizard.reset}>
              {s.cancel}
            </button>
          )}
        </div>
        {wizard.error && (
          <p className="form-error-inline" role="alert">
            {wizard.error}
          </p>
        )}
        {(step === 'choose' || step === 'reading') && <FileDrop onFile={(file) => void wizard.chooseFile(file)} disabled={step === 'reading'} />}
        {step === 'reading' && <ReadingFile wizard={wizard} />}
        {analyzed && step === 'map' && (
          <>
            <KindChoice analyzed={analyzed} busy={wizard.busy} onKind={(kind) => void wizard.changeKind(kind)} />
            <SourcePanel analyzed={analyzed} busy={wizard.busy} onChange={(change) => void wizard.reanalyze(change)} />
            {analyzed.table && <MappingTable table={analyzed.table} mapping={wizard.mapping} onTarget={wizard.setTarget} onApply={wizard.applyMapping} />}
            <div className="import-actions">
              <button type="button" className="button primary" disabled={wizard.busy} onClick={() => void wizard.toPreview()}>
                {s.toPreview}
              </button>
            </div>
          </>
        )}
        {analyzed && (step === 'preview' || step === 'importing') && (analyzed.kind === 'purchases' ? <SalesPreview wizard={wizard} /> : <PreviewPanel wizard={wizard} />)}
        {analyzed && step === 'done' && wizard.summary && <SummaryPanel summary={wizard.summary} sourceId={analyzed.sourceId} onUndone={bumpHistory} onAnother={wizard.reset} />}
      </section>
      <CardImportPanel onImported={bumpHistory} />
      <ImportHistory version={historyVersion} />
    </div>
  );
}
