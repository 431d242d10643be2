import { sql } from 'kysely';
import type { NewCustomersMonth, SalesMonth, TopCustomer, MoneyAmount } from '../../../shared/contract/reports.ts';
import { amountsByKey, monthsOf, orderAmounts, yearBefore, type Db } from './shop-currency.ts';

export interface Period {
  from: string;
  to: string;
}

/** Live purchases of live contacts: a contact in the trash takes its purchases out of every report. */
const LIVE = sql`p.deleted_at IS NULL AND p.contact_id IN (SELECT id FROM contacts WHERE deleted_at IS NULL)`;

/**
 * New customers per month: a customer is new in the month of their first purchase ever (any
 * currency), so one person is counted once, in one month. Months without any are listed with 0.
 */
export async function newCustomersPerMonth(db: Db, period: Period): Promise<NewCustomersMonth[]> {
  const rows = await sql<{ month: string; ids: string }>`
    WITH firsts AS (SELECT p.contact_id, min(p.purchased_on) AS first FROM purchases AS p WHERE ${LIVE} GROUP BY p.contact_id)
    SELECT substr(first, 1, 7) AS month, json_group_array(contact_id) AS ids FROM firsts
    WHERE first BETWEEN ${period.from} AND ${period.to} GROUP BY month`.execute(db);
  const byMonth = new Map(rows.rows.map((row) => [row.month, JSON.parse(row.ids) as string[]]));
  return monthsOf(period.from, period.to).map((month) => {
    const contactIds = byMonth.get(month) ?? [];
    return { month, count: contactIds.length, contactIds };
  });
}

async function salesByMonth(db: Db, period: Period, currency: string | null) {
  const rows = await sql<{ month: string; currency: string; minor: number; orders: number }>`
    SELECT substr(p.purchased_on, 1, 7) AS month, p.currency, sum(p.total_minor) AS minor, count(*) AS orders
    FROM purchases AS p WHERE ${LIVE} AND p.purchased_on BETWEEN ${period.from} AND ${period.to}
    GROUP BY month, p.currency`.execute(db);
  const amounts = amountsByKey(rows.rows.map((row) => ({ key: row.month, currency: row.currency, minor: row.minor })), currency);
  const orders = new Map<string, number>();
  for (const row of rows.rows) orders.set(row.month, (orders.get(row.month) ?? 0) + Number(row.orders));
  return { amounts, orders };
}

/** Sales per month in every currency (never converted), beside the same month a year earlier. */
export async function salesPerMonth(db: Db, period: Period, currency: string | null): Promise<SalesMonth[]> {
  const now = await salesByMonth(db, period, currency);
  const before = await salesByMonth(db, { from: yearBefore(period.from), to: yearBefore(period.to) }, currency);
  return monthsOf(period.from, period.to).map((month) => {
    const earlier = yearBefore(month);
    return {
      month,
      orders: now.orders.get(month) ?? 0,
      amounts: now.amounts.get(month) ?? [],
      previousYear: { month: earlier, orders: before.orders.get(earlier) ?? 0, amounts: before.amounts.get(earlier) ?? [] },
    };
  });
}

/** The period's order count and revenue per currency (the shop's first). */
export async function periodTotals(db: Db, period: Period, currency: string | null): Promise<{ orders: number; revenue: MoneyAmount[] }> {
  const rows = await sql<{ currency: string; minor: number; orders: number }>`
    SELECT p.currency, sum(p.total_minor) AS minor, count(*) AS orders FROM purchases AS p
    WHERE ${LIVE} AND p.purchased_on BETWEEN ${period.from} AND ${period.to} GROUP BY p.currency`.execute(db);
  return {
    orders: rows.rows.reduce((sum, row) => sum + Number(row.orders), 0),
    revenue: orderAmounts(rows.rows.map((row) => ({ currency: row.currency, minor: Number(row.minor) })), currency),
  };
}

/** The contacts who bought anything in a period. */
export async function buyersIn(db: Db, period: Period): Promise<string[]> {
  const rows = await sql<{ contact_id: string }>`
    SELECT DISTINCT p.contact_id FROM purchases AS p WHERE ${LIVE} AND p.purchased_on BETWEEN ${period.from} AND ${period.to}`.execute(db);
  return rows.rows.map((row) => row.contact_id);
}

/**
 * The top customers of a period by what they spent in the shop's currency, each with their share
 * of the period's revenue in that currency and the cumulative share (the Pareto line). What they
 * spent in other currencies is shown beside, never added: a customer who only paid in another
 * currency is not ranked. Ties: by name, then id, so the list is stable.
 */
export async function topCustomers(db: Db, period: Period, currency: string | null, limit = 20): Promise<TopCustomer[]> {
  if (currency === null) return [];
  const rows = await sql<{ contact_id: string; display_name: string; total: number; revenue: number }>`
    WITH spent AS (
      SELECT p.contact_id, sum(p.total_minor) AS total FROM purchases AS p
      WHERE ${LIVE} AND p.currency = ${currency} AND p.purchased_on BETWEEN ${period.from} AND ${period.to}
      GROUP BY p.contact_id)
    SELECT s.contact_id, c.display_name, s.total, (SELECT sum(total) FROM spent) AS revenue
    FROM spent AS s JOIN contacts AS c ON c.id = s.contact_id
    ORDER BY s.total DESC, c.sort_key, c.id LIMIT ${limit}`.execute(db);
  const ids = rows.rows.map((row) => row.contact_id);
  const others = ids.length === 0 ? new Map<string, MoneyAmount[]>() : await otherCurrencies(db, period, currency, ids);
  let cumulative = 0;
  return rows.rows.map((row) => {
    const total = Number(row.total);
    const revenue = Number(row.revenue);
    cumulative += total;
    return {
      contactId: row.contact_id,
      displayName: row.display_name,
      totalMinor: total,
      share: revenue > 0 ? total / revenue : 0,
      cumulativeShare: revenue > 0 ? cumulative / revenue : 0,
      otherAmounts: others.get(row.contact_id) ?? [],
    };
  });
}

async function otherCurrencies(db: Db, period: Period, currency: string, ids: readonly string[]): Promise<Map<string, MoneyAmount[]>> {
  const rows = await sql<{ key: string; currency: string; minor: number }>`
    SELECT p.contact_id AS key, p.currency, sum(p.total_minor) AS minor FROM purchases AS p
    WHERE p.deleted_at IS NULL AND p.currency <> ${currency} AND p.purchased_on BETWEEN ${period.from} AND ${period.to}
      AND p.contact_id IN (${sql.join(ids)})
    GROUP BY p.contact_id, p.currency`.execute(db);
  return amountsByKey(rows.rows, currency);
}
