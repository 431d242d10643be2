import { ProgressBar } from '../backup/ProgressBar.tsx';
import { useJobProgress } from '../backup/use-job-progress.ts';
import { importStrings as s } from './strings.ts';
import type { ImportWizard } from './use-import-wizard.ts';

/** While an import writes (contacts or sales alike): its progress from the core, and Cancel. */
export function ImportRunning({ wizard }: { wizard: ImportWizard }) {
  const progress = useJobProgress(wizard.jobId);
  return (
    <>
      <ProgressBar label={s.importing} progress={progress} />
      <button type="button" className="button" onClick={() => void wizard.cancel()}>
        {s.cancel}
      </button>
    </>
  );
}
