import type { JobProgress } from './use-job-progress.ts';

/**
 * A determinate bar once the core reports sizes; an indeterminate one before that. The text is the
 * screen's own, in the interface language (the core's label, said from its message id, is kept in
 * `progress.label` for screens that have no words of their own for the job).
 */
export function ProgressBar({ label, progress }: { label: string; progress: JobProgress | null }) {
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  return (
    <div className="backup-progress">
      <div
        className="backup-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(percent !== null ? { 'aria-valuenow': percent } : {})}
      >
        <div className={percent === null ? 'backup-progress-fill indeterminate' : 'backup-progress-fill'} style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
      <span className="small muted">
        {label}
        {percent !== null ? ` ${percent}%` : ''}
      </span>
    </div>
  );
}
