import type { MoneyAmount, ReportsOverview } from '../../../shared/contract/reports.ts';
import { isLocalDate } from '../../../shared/domain/local-date.ts';
import { minorToDecimal, minorToMajor } from '../../../shared/domain/money.ts';
import { CarnetError } from '../../../shared/errors.ts';
import type { CliCommand } from '../cli-types.ts';
import { terminalJson, tty } from '../terminal-text.ts';
import { cliToday } from './tasks-list.ts';

/** Amounts per currency as the JSON gives them: `{"EUR": 1234.5}`. */
function perCurrency(amounts: readonly MoneyAmount[]): Record<string, number> {
  return Object.fromEntries(amounts.map((amount) => [amount.currency, minorToMajor(amount.minor, amount.currency)]));
}

/** What `report summary --json` prints: the shape the issue and the README give, nothing more. */
export function summaryJson(report: ReportsOverview) {
  return {
    newCustomers: report.newCustomers.reduce((sum, month) => sum + month.count, 0),
    orders: report.orders,
    revenue: perCurrency(report.revenue),
    topCustomers: report.topCustomers.map((row) => ({
      id: row.contactId,
      name: row.displayName,
      total: perCurrency([{ currency: report.currency ?? '', minor: row.totalMinor }, ...row.otherAmounts]),
    })),
    atRisk: report.overdue.map((row) => ({ id: row.contactId, name: row.displayName, lastPurchase: row.lastPurchase, usualIntervalDays: row.usualIntervalDays })),
  };
}

function dateFlag(value: string | boolean | undefined, name: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !isLocalDate(value)) throw new CarnetError('invalid_input', `--${name} takes a date as YYYY-MM-DD (not "${String(value)}")`);
  return value;
}

const money = (amounts: readonly MoneyAmount[]) => (amounts.length === 0 ? '0' : amounts.map((amount) => `${minorToDecimal(amount.minor, amount.currency)} ${amount.currency}`).join(' + '));

export const reportSummaryCommand: CliCommand = {
  words: ['report', 'summary'],
  usage: 'report summary [--from DATE] [--to DATE] [--json]',
  summary: 'New customers, orders, revenue per currency, top 20 customers and overdue customers for a period (default: this year to today).',
  valueFlags: ['from', 'to'],
  async run({ flags, io, openCore }) {
    const today = cliToday();
    const from = dateFlag(flags.from, 'from', `${today.slice(0, 4)}-01-01`);
    const to = dateFlag(flags.to, 'to', today);
    if (from > to) throw new CarnetError('invalid_input', `--from (${from}) is after --to (${to})`);
    const core = await openCore();
    const report = await core.call('reports.overview', { period: { from, to }, today, overdueLimit: 1000 });
    const summary = summaryJson(report);
    if (flags.json) {
      io.stdout(terminalJson(summary) + '\n');
      return 0;
    }
    if (report.purchaseCount === 0) {
      io.stdout('No purchases yet. Record one on a contact, or import a sales file with: carnet import FILE --kind purchases\n');
      return 0;
    }
    io.stdout(tty`From ${from} to ${to}: ${summary.orders} orders, ${summary.newCustomers} new customers, revenue ${money(report.revenue)}\n`);
    if (report.topCustomers.length > 0) io.stdout(tty`\nTop customers (${report.currency ?? ''}):\n`);
    report.topCustomers.forEach((row, index) => {
      const share = `${(row.share * 100).toFixed(1)}%`;
      io.stdout(tty`${String(index + 1).padStart(2)}. ${row.displayName}  ${money([{ currency: report.currency ?? '', minor: row.totalMinor }, ...row.otherAmounts])}  ${share}\n`);
    });
    if (report.overdue.length > 0) io.stdout('\nOverdue customers (most valuable first):\n');
    for (const row of report.overdue) {
      io.stdout(tty`  ${row.displayName}  last bought ${row.lastPurchase}, usually every ${Math.round(row.usualIntervalDays)} days\n`);
    }
    return 0;
  },
};
