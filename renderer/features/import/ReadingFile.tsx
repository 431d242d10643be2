import { ProgressBar } from '../backup/ProgressBar.tsx';
import type { ImportWizard } from './use-import-wizard.ts';
import { importStrings as s } from './strings.ts';

/**
 * While the core reads a chosen file: how much of a big file is sent (it goes in pieces), then
 * "Reading…", with Stop. Shared by the file wizard and the vCard panel.
 */
export function ReadingFile({ wizard }: { wizard: ImportWizard }) {
  const { sending, fileName } = wizard;
  return (
    <div className="import-actions">
      {sending && sending.done < sending.total ? (
        <ProgressBar label={s.sending(fileName)} progress={{ label: s.sendingProgress(fileName, sending.done, sending.total), ...sending }} />
      ) : (
        <p className="muted" role="status">
          {s.reading(fileName)}
        </p>
      )}
      <button type="button" className="button" onClick={wizard.stopReading}>
        {s.stopReading}
      </button>
    </div>
  );
}
