import Papa from 'papaparse';
import type { MoneyAmount, ReportName, ReportsOverview } from '../../../shared/contract/reports.ts';
import { minorToDecimal } from '../../../shared/domain/money.ts';

type Row = Record<string, string | number>;

/** Every currency a report's rows carry, the shop's first: one column each, never added up. */
function currenciesOf(lists: readonly (readonly MoneyAmount[])[], shop: string | null): string[] {
  const codes = new Set<string>();
  for (const list of lists) for (const amount of list) codes.add(amount.currency);
  return [...codes].sort((a, b) => (a === shop ? -1 : b === shop ? 1 : a.localeCompare(b)));
}

function moneyColumns(prefix: string, amounts: readonly MoneyAmount[], currencies: readonly string[]): Row {
  const row: Row = {};
  for (const currency of currencies) {
    const amount = amounts.find((item) => item.currency === currency);
    row[`${prefix}${currency}`] = minorToDecimal(amount?.minor ?? 0, currency);
  }
  return row;
}

/** One report as rows for a CSV file (the same figures the screen's table shows). */
export function reportRows(report: ReportsOverview, name: ReportName): Row[] {
  const shop = report.currency;
  switch (name) {
    case 'newCustomers':
      return report.newCustomers.map((month) => ({ month: month.month, newCustomers: month.count }));
    case 'sales': {
      const currencies = currenciesOf(report.sales.flatMap((month) => [month.amounts, month.previousYear.amounts]), shop);
      return report.sales.map((month) => ({
        month: month.month,
        orders: month.orders,
        ...moneyColumns('', month.amounts, currencies),
        previousYearMonth: month.previousYear.month,
        previousYearOrders: month.previousYear.orders,
        ...moneyColumns('previousYear', month.previousYear.amounts, currencies),
      }));
    }
    case 'topCustomers': {
      const currencies = currenciesOf(report.topCustomers.map((row) => row.otherAmounts), shop).filter((code) => code !== shop);
      return report.topCustomers.map((row, index) => ({
        rank: index + 1,
        contactId: row.contactId,
        name: row.displayName,
        [shop ?? 'total']: minorToDecimal(row.totalMinor, shop ?? 'XXX'),
        sharePercent: (row.share * 100).toFixed(2),
        cumulativeSharePercent: (row.cumulativeShare * 100).toFixed(2),
        ...moneyColumns('', row.otherAmounts, currencies),
      }));
    }
    case 'overdue': {
      const currencies = currenciesOf(report.overdue.map((row) => row.lifetime), shop);
      return report.overdue.map((row) => ({
        contactId: row.contactId,
        name: row.displayName,
        lastPurchase: row.lastPurchase,
        usualIntervalDays: row.usualIntervalDays,
        daysSince: row.daysSince,
        ...moneyColumns('lifetime', row.lifetime, currencies),
      }));
    }
  }
}

/** CSV text of one report: papaparse quotes what needs it (names with commas, quotes, new lines). */
export function reportCsv(report: ReportsOverview, name: ReportName): { text: string; rows: number } {
  const rows = reportRows(report, name);
  const fields = rows.length > 0 ? Object.keys(rows[0]!) : ['empty'];
  return { text: Papa.unparse({ fields, data: rows.map((row) => fields.map((field) => row[field] ?? '')) }, { newline: '\r\n' }) + '\r\n', rows: rows.length };
}
