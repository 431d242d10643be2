import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import { buyersIn, newCustomersPerMonth, periodTotals, salesPerMonth, topCustomers, type Period } from './report-queries.ts';
import { overdueCustomers } from './overdue-query.ts';
import { ensureFreshSummaries } from './customer-summary.ts';
import { recomputeRfm, rfmOf, segmentCounts } from './rfm.ts';
import { shopCurrency } from './shop-currency.ts';
import { sql } from 'kysely';
import type { ReportsOverview } from '../../../shared/contract/reports.ts';
import { assertWritableFolder } from '../backup/backup-folder.ts';
import { freeName } from '../fs/free-name.ts';
import { writeFileAtomic } from '../fs/atomic-write.ts';
import { reportCsv } from './report-csv.ts';

type ReportMethods = 'reports.overview' | 'reports.buyers' | 'reports.overdue' | 'reports.rfmOf' | 'reports.recomputeRfm' | 'reports.exportCsv' | 'reports.segmentCounts';

/** Reports read on the reader connection, so a long import never makes a chart wait. */
export function reportHandlers(ctx: CoreContext): AreaHandlers<ReportMethods> {
  const { db, reader } = ctx.database;
  async function overview(period: Period, today: string, overdueLimit: number): Promise<ReportsOverview> {
    await ensureFreshSummaries(ctx.database);
    const currency = await shopCurrency(reader);
    // The summary's order counts add up to the live purchases: one row per customer, not per purchase.
    const count = await sql<{ n: number }>`SELECT coalesce(sum(orders), 0) AS n FROM customer_summary`.execute(reader);
    const totals = await periodTotals(reader, period, currency);
    const overdue = await overdueCustomers(reader, today, currency, overdueLimit);
    return {
      from: period.from,
      to: period.to,
      currency,
      purchaseCount: Number(count.rows[0]?.n ?? 0),
      newCustomers: await newCustomersPerMonth(reader, period),
      sales: await salesPerMonth(reader, period, currency),
      ...totals,
      topCustomers: await topCustomers(reader, period, currency),
      overdue: overdue.items,
      overdueTotal: overdue.total,
    };
  }

  return {
    'reports.overview': ({ period, today, overdueLimit }) => overview(period, today, overdueLimit),
    'reports.exportCsv': async ({ report, period, today, folder }) => {
      const target = freeName(assertWritableFolder(folder), `carnet-${report}-${period.from}-${period.to}`, '.csv');
      const csv = reportCsv(await overview(period, today, 1000), report);
      writeFileAtomic(target, csv.text);
      return { path: target, rows: csv.rows };
    },
    'reports.buyers': async ({ period }) => ({ contactIds: await buyersIn(reader, period) }),
    'reports.overdue': async ({ today, limit }) => {
      await ensureFreshSummaries(ctx.database);
      return overdueCustomers(reader, today, await shopCurrency(reader), limit);
    },
    'reports.rfmOf': async ({ id }) => rfmOf(reader, id),
    'reports.segmentCounts': async () => segmentCounts(reader),
    'reports.recomputeRfm': async ({ today }) => ({ customers: await db.transaction().execute((trx) => recomputeRfm(trx, today)) }),
  };
}
