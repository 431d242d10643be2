import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import { buyersIn, newCustomersPerMonth, periodTotals, salesPerMonth, topCustomers } from './report-queries.ts';
import { overdueCustomers } from './overdue-query.ts';
import { recomputeRfm, rfmOf } from './rfm.ts';
import { shopCurrency } from './shop-currency.ts';
import { sql } from 'kysely';

type ReportMethods = 'reports.overview' | 'reports.buyers' | 'reports.overdue' | 'reports.rfmOf' | 'reports.recomputeRfm';

/** Reports read on the reader connection, so a long import never makes a chart wait. */
export function reportHandlers(ctx: CoreContext): AreaHandlers<ReportMethods> {
  const { db, reader } = ctx.database;
  return {
    'reports.overview': async ({ period, today, overdueLimit }) => {
      const currency = await shopCurrency(reader);
      const count = await sql<{ n: number }>`SELECT count(*) AS n FROM purchases WHERE deleted_at IS NULL`.execute(reader);
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
    },
    'reports.buyers': async ({ period }) => ({ contactIds: await buyersIn(reader, period) }),
    'reports.overdue': async ({ today, limit }) => overdueCustomers(reader, today, await shopCurrency(reader), limit),
    'reports.rfmOf': async ({ id }) => rfmOf(reader, id),
    'reports.recomputeRfm': async ({ today }) => ({ customers: await db.transaction().execute((trx) => recomputeRfm(trx, today)) }),
  };
}
