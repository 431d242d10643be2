import { useMemo } from 'react';
import type { ReportsOverview } from '../../../shared/contract/reports.ts';
import { minorToMajor } from '../../../shared/domain/money.ts';
import { formatLocalDate } from '../tasks/format.ts';
import { BarChart, type ChartSeries } from './BarChart.tsx';
import { ReportSection } from './ReportSection.tsx';
import { openCustomers } from './open-customers.ts';
import { formatAmounts, formatCompact, formatMoney, formatPercent } from './report-format.ts';
import { reportStrings as s } from './strings.ts';

/** A customer's name as a button that opens them. */
function CustomerButton({ id, name }: { id: string; name: string }) {
  return (
    <button type="button" className="button link" onClick={() => openCustomers(name, [id])}>
      {name}
    </button>
  );
}

/** Top 20 customers in the shop's currency: bars for what each spent, a line for the running share (Pareto). */
export function TopCustomersReport({ report }: { report: ReportsOverview }) {
  const currency = report.currency ?? 'XXX';
  const rows = report.topCustomers;
  const labels = useMemo(() => rows.map((_row, index) => String(index + 1)), [rows]);
  const series = useMemo(
    (): ChartSeries[] => [
      { label: s.total, values: rows.map((row) => minorToMajor(row.totalMinor, currency)), style: 'primary' },
      { label: s.cumulativeShare, values: rows.map((row) => Math.round(row.cumulativeShare * 1000) / 10), style: 'percentLine' },
    ],
    [rows, currency],
  );
  const open = (index: number) => {
    const row = rows[index];
    if (row) openCustomers(row.displayName, [row.contactId]);
  };
  return (
    <ReportSection id="topCustomers" title={s.topTitle} hint={s.topHint} chart={rows.length > 0 ? <BarChart labels={labels} series={series} formatValue={formatCompact} onPick={open} /> : undefined}>
      {rows.length === 0 ? (
        <p className="muted">{s.nothingInPeriod}</p>
      ) : (
        <table className="report-grid">
          <caption className="visually-hidden">{s.topTitle}</caption>
          <thead>
            <tr>
              <th scope="col" className="number">
                #
              </th>
              <th scope="col">{s.customer}</th>
              <th scope="col" className="number">
                {s.total}
              </th>
              <th scope="col" className="number">
                {s.share}
              </th>
              <th scope="col" className="number">
                {s.cumulativeShare}
              </th>
              <th scope="col">{s.otherCurrencies}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.contactId}>
                <td className="number">{index + 1}</td>
                <th scope="row">
                  <CustomerButton id={row.contactId} name={row.displayName} />
                </th>
                <td className="number">{formatMoney(row.totalMinor, currency)}</td>
                <td className="number">{formatPercent(row.share)}</td>
                <td className="number">{formatPercent(row.cumulativeShare)}</td>
                <td>{row.otherAmounts.length > 0 ? formatAmounts(row.otherAmounts) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
}

/** Overdue customers as of today, most valuable first: a table (a chart would add nothing). */
export function OverdueReport({ report }: { report: ReportsOverview }) {
  const rows = report.overdue;
  return (
    <ReportSection id="overdue" title={s.overdueTitle} hint={s.overdueHint}>
      {rows.length === 0 ? (
        <p className="muted">{s.noOverdue}</p>
      ) : (
        <>
          <table className="report-grid">
            <caption className="visually-hidden">{s.overdueTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{s.customer}</th>
                <th scope="col">{s.lastPurchase}</th>
                <th scope="col" className="number">
                  {s.usualInterval}
                </th>
                <th scope="col" className="number">
                  {s.lifetimeValue}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.contactId}>
                  <th scope="row">
                    <CustomerButton id={row.contactId} name={row.displayName} />
                  </th>
                  <td>{formatLocalDate(row.lastPurchase)}</td>
                  <td className="number">{s.days(Math.round(row.usualIntervalDays))}</td>
                  <td className="number">{formatAmounts(row.lifetime)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.overdueTotal > rows.length && <p className="muted small">{s.moreOverdue(report.overdueTotal - rows.length)}</p>}
        </>
      )}
    </ReportSection>
  );
}
