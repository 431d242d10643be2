import { useEffect, useState } from 'react';
import type { ReportsOverview } from '../../../shared/contract/reports.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useNavigation } from '../../stores/navigation-store.ts';
import { localToday } from '../../stores/today-store.ts';
import { NewCustomersReport, SalesReport } from './MonthReports.tsx';
import { OverdueReport, TopCustomersReport } from './CustomerReports.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { useReportPeriod } from './report-period-store.ts';
import { formatAmounts } from './report-format.ts';
import { reportStrings as s } from './strings.ts';
import './reports.css';

const REFRESH_DELAY_MS = 300;

/**
 * Reports: new customers and sales per month, top 20 customers (Pareto) and overdue customers,
 * for a period. Every chart has its table beside it; a bar or a row opens the customers behind
 * it; each report exports as CSV, and the page prints (reports.css has the print stylesheet).
 */
export function ReportsScreen() {
  const client = useClient();
  const from = useReportPeriod((state) => state.from);
  const to = useReportPeriod((state) => state.to);
  const folder = useReportPeriod((state) => state.folder);
  const [report, setReport] = useState<ReportsOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Bumped when purchases or contacts change while the screen is open (Undo of a purchase, an
  // import, another window): the figures are read again, a burst of changes making one read.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = client.onEvent((event) => {
      if (event.type !== 'contacts.changed' || timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        setGeneration((n) => n + 1);
      }, REFRESH_DELAY_MS);
    });
    return () => {
      stop();
      if (timer !== null) clearTimeout(timer);
    };
  }, [client]);

  useEffect(() => {
    // A preset opened on an earlier day moves to today first; this effect then runs for the new period.
    if (useReportPeriod.getState().followToday()) return;
    let current = true;
    setError(null);
    client
      .call('reports.overview', { period: { from, to }, today: localToday() })
      .then((answer) => current && setReport(answer))
      .catch((failure: unknown) => current && setError(errorMessage(failure)));
    return () => {
      current = false;
    };
  }, [client, from, to, generation]);

  // The export folder starts as the backup folder (the one the Backup screen's exports write to, typed
  // and checked there: a browser cannot open a folder picker on the computer that runs Carnet).
  useEffect(() => {
    if (useReportPeriod.getState().folder !== '') return;
    client
      .call('backup.status', {})
      .then((status) => {
        if (status.folder && useReportPeriod.getState().folder === '') useReportPeriod.getState().setFolder(status.folder);
      })
      .catch(() => undefined); // no backup folder to offer: the field stays empty, to type
  }, [client]);

  const empty = report !== null && report.purchaseCount === 0;
  return (
    <div className="page reports-page">
      <header className="page-header report-header">
        <div>
          <h1>{s.title}</h1>
          <p className="muted">{s.intro}</p>
        </div>
        {!empty && (
          <button type="button" className="button no-print" onClick={() => window.print()}>
            {s.print}
          </button>
        )}
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {report === null && !error && (
        <p className="muted" role="status">
          {s.loading}
        </p>
      )}
      {empty && (
        <EmptyState title={s.emptyTitle} body={s.emptyBody} titleId="reports-empty-title">
          <button type="button" className="button primary" onClick={() => useNavigation.getState().go('import')}>
            {s.goImport}
          </button>
        </EmptyState>
      )}
      {report && !empty && (
        <>
          <div className="card report-controls">
            <PeriodPicker />
            <label className="report-folder no-print">
              <span>{s.exportFolder}</span>
              <input
                className="input path-input"
                type="text"
                value={folder}
                placeholder={s.exportFolderPlaceholder}
                spellCheck={false}
                autoComplete="off"
                onChange={(event) => useReportPeriod.getState().setFolder(event.target.value)}
                aria-describedby="report-folder-hint"
              />
            </label>
            <p id="report-folder-hint" className="muted small no-print">
              {s.exportFolderHint}
            </p>
            <p className="report-totals">
              {s.revenue}: <strong>{formatAmounts(report.revenue)}</strong> · {s.orders}: <strong>{report.orders}</strong>
            </p>
            {report.currency && <p className="muted small">{s.currencyNote(report.currency)}</p>}
          </div>
          <NewCustomersReport report={report} />
          <SalesReport report={report} />
          <TopCustomersReport report={report} />
          <OverdueReport report={report} />
        </>
      )}
    </div>
  );
}
