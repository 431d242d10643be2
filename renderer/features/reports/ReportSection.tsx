import { useState, type ReactNode } from 'react';
import type { ReportName } from '../../../shared/contract/reports.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { localToday } from '../../stores/today-store.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { useReportPeriod } from './report-period-store.ts';
import { reportStrings as s } from './strings.ts';

interface ReportSectionProps {
  id: ReportName;
  title: string;
  hint: string;
  chart?: ReactNode;
  children: ReactNode;
}

/**
 * One report: its title and definition, the chart (for eyes) with its table beside it (for
 * screen readers and for printing), and "Export CSV" into the folder chosen at the top.
 */
export function ReportSection({ id, title, hint, chart, children }: ReportSectionProps) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function exportCsv() {
    const { from, to, folder } = useReportPeriod.getState();
    setBusy(true);
    setError(null);
    try {
      const written = await client.call('reports.exportCsv', { report: id, period: { from, to }, today: localToday(), folder });
      useToasts.getState().show(s.exported(written.rows, written.path));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card report-section" aria-labelledby={`report-${id}`}>
      <div className="report-section-head">
        <div>
          <h2 id={`report-${id}`}>{title}</h2>
          <p className="muted small">{hint}</p>
        </div>
        <button type="button" className="button small no-print" aria-label={s.exportCsvOf(title)} disabled={busy} onClick={() => void exportCsv()}>
          {s.exportCsv}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className={chart ? 'report-body' : 'report-body table-only'}>
        {chart}
        <div className="report-table">{children}</div>
      </div>
    </section>
  );
}
