import { useMemo } from 'react';
import type { MoneyAmount, ReportsOverview } from '../../../shared/contract/reports.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { minorToMajor } from '../../../shared/domain/money.ts';
import { lastDayOfMonth, maxDate, minDate } from './month-range.ts';
import { BarChart, type ChartSeries } from './BarChart.tsx';
import { ReportSection } from './ReportSection.tsx';
import { openCustomers } from './open-customers.ts';
import { amountIn, formatAmounts, formatCompact, formatMoney, monthLabel } from './report-format.ts';
import { reportStrings as s } from './strings.ts';

/** New customers per month: a bar or row opens the customers who first bought that month. */
export function NewCustomersReport({ report }: { report: ReportsOverview }) {
  const labels = useMemo(() => report.newCustomers.map((row) => monthLabel(row.month)), [report]);
  const series = useMemo((): ChartSeries[] => [{ label: s.newCustomers, values: report.newCustomers.map((row) => row.count), style: 'primary' }], [report]);
  const open = (index: number) => {
    const row = report.newCustomers[index];
    if (row && row.count > 0) openCustomers(`${s.newCustomers}, ${monthLabel(row.month, 'long')}`, row.contactIds);
  };
  return (
    <ReportSection id="newCustomers" title={s.newCustomersTitle} hint={s.newCustomersHint} chart={<BarChart labels={labels} series={series} formatValue={formatCompact} onPick={open} counts />}>
      <table className="report-grid">
        <caption className="visually-hidden">{s.newCustomersTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{s.month}</th>
            <th scope="col" className="number">
              {s.newCustomers}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.newCustomers.map((row, index) => (
            <tr key={row.month}>
              <MonthHeader month={row.month} customers={row.count} onOpen={() => open(index)} />
              <td className="number">{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

/**
 * Sales per month in the shop's currency beside the same month a year earlier; the table adds
 * orders and the other currencies (never converted). A month opens the customers who bought then.
 */
export function SalesReport({ report }: { report: ReportsOverview }) {
  const client = useClient();
  const currency = report.currency;
  const labels = useMemo(() => report.sales.map((row) => monthLabel(row.month)), [report]);
  const series = useMemo((): ChartSeries[] => {
    const major = (minor: number) => (currency ? minorToMajor(minor, currency) : 0);
    return [
      { label: s.previousYear, values: report.sales.map((row) => major(amountIn(row.previousYear.amounts, currency))), style: 'secondary' },
      { label: s.revenue, values: report.sales.map((row) => major(amountIn(row.amounts, currency))), style: 'primary' },
    ];
  }, [report, currency]);
  const open = (index: number) => {
    const row = report.sales[index];
    if (!row || row.orders === 0) return;
    client
      // The month as far as it lies in the period: the bar counts only those days.
      .call('reports.buyers', { period: { from: maxDate(`${row.month}-01`, report.from), to: minDate(lastDayOfMonth(row.month), report.to) } })
      .then((buyers) => openCustomers(`${s.orders}, ${monthLabel(row.month, 'long')}`, buyers.contactIds))
      .catch((failure: unknown) => useToasts.getState().show(errorMessage(failure)));
  };
  // The axis shows major units of the shop's currency; the table gives the exact amounts.
  const axis = (value: number) => (currency ? formatCompact(value) : String(value));
  return (
    <ReportSection id="sales" title={s.salesTitle} hint={s.salesHint} chart={currency ? <BarChart labels={labels} series={series} formatValue={axis} onPick={open} /> : undefined}>
      <table className="report-grid">
        <caption className="visually-hidden">{s.salesTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{s.month}</th>
            <th scope="col" className="number">
              {s.orders}
            </th>
            <th scope="col" className="number">
              {s.revenue}
            </th>
            <th scope="col" className="number">
              {s.previousYear}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.sales.map((row, index) => (
            <tr key={row.month}>
              <MonthHeader month={row.month} customers={row.orders} onOpen={() => open(index)} />
              <td className="number">{row.orders}</td>
              <td className="number">{monthAmounts(row.amounts, currency)}</td>
              <td className="number">{monthAmounts(row.previousYear.amounts, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

/** A table row's month: a link to the customers behind it when there are any, plain text otherwise. */
function MonthHeader({ month, customers, onOpen }: { month: string; customers: number; onOpen(): void }) {
  const label = monthLabel(month, 'long');
  return (
    <th scope="row">
      {customers > 0 ? (
        <button type="button" className="button link" aria-label={s.showCustomers(customers, label)} onClick={onOpen}>
          {label}
        </button>
      ) : (
        label
      )}
    </th>
  );
}

/** A month's sales: zero in the shop's currency when nothing was sold, not a dash. */
function monthAmounts(amounts: readonly MoneyAmount[], currency: string | null): string {
  return currency && amounts.length === 0 ? formatMoney(0, currency) : formatAmounts(amounts);
}
