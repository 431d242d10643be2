import { sql, type RawBuilder } from 'kysely';
import type { NewCustomersMonth, SalesMonth, TopCustomer, MoneyAmount } from '../../../shared/contract/reports.ts';
import { amountsByKey, displayNames, monthsOf, orderAmounts, yearBefore, type Db } from './shop-currency.ts';

export interface Period {
  from: string;
  to: string;
}

/**
 * Live purchases of live contacts: a contact in the trash takes its purchases out of every report.
 * Trashing a contact trashes its purchases with it, so this is a guard; written as "not one of
 * the trashed" it reads the small trash index, where "one of the live" built a list of every
 * contact for each query (70 ms of a 90 ms period total at 100k contacts).
 */
const LIVE = sql`p.deleted_at IS NULL AND p.contact_id NOT IN (SELECT id FROM contacts WHERE deleted_at IS NOT NULL)`;

/**
 * New customers per month: a customer is new in the month of their first purchase ever (any
 * currency), so one person is counted once, in one month. Months without any are listed with 0.
 * Read from the per-customer summary (migration 0010; the caller brings it up to date first).
 */
export async function newCustomersPerMonth(db: Db, period: Period): Promise<NewCustomersMonth[]> {
  const rows = await sql<{ month: string; ids: string }>`
    SELECT substr(s.first_purchase_on, 1, 7) AS month, json_group_array(s.contact_id) AS ids FROM customer_summary AS s
    WHERE s.first_purchase_on BETWEEN ${period.from} AND ${period.to}
      AND s.contact_id NOT IN (SELECT id FROM contacts WHERE deleted_at IS NOT NULL)
    GROUP BY month`.execute(db);
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
  const inPeriod = sql`${LIVE} AND p.currency = ${currency} AND p.purchased_on BETWEEN ${period.from} AND ${period.to}`;
  const revenue = Number((await sql<{ minor: number | null }>`SELECT sum(p.total_minor) AS minor FROM purchases AS p WHERE ${inPeriod}`.execute(db)).rows[0]?.minor ?? 0);
  const ranked = await bestSpenders(db, inPeriod, limit);
  const nameOf = await displayNames(db, ranked.map((row) => row.contact_id));
  // Sort keys compare as SQLite's ORDER BY did (code units), not by the host's collation.
  const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sortKey = (id: string) => nameOf.get(id)?.sortKey ?? '';
  ranked.sort((a, b) => b.total - a.total || byCodeUnits(sortKey(a.contact_id), sortKey(b.contact_id)) || byCodeUnits(a.contact_id, b.contact_id));
  const shown = ranked.slice(0, limit);
  const others = shown.length === 0 ? new Map<string, MoneyAmount[]>() : await otherCurrencies(db, period, currency, shown.map((row) => row.contact_id));
  let cumulative = 0;
  return shown.map((row) => {
    cumulative += row.total;
    return {
      contactId: row.contact_id,
      displayName: nameOf.get(row.contact_id)?.name ?? '',
      totalMinor: row.total,
      share: revenue > 0 ? row.total / revenue : 0,
      cumulativeShare: revenue > 0 ? cumulative / revenue : 0,
      otherAmounts: others.get(row.contact_id) ?? [],
    };
  });
}

/**
 * The customers who spent the most in a period, best first, with everyone tied with the last of
 * them (so names can settle ties). Grouped and ranked in SQL with a margin over the limit, names
 * read afterwards for those rows only: joining every customer of the year to their name to sort
 * them took most of the 170 ms this report cost at 100k contacts.
 */
async function bestSpenders(db: Db, inPeriod: RawBuilder<unknown>, limit: number): Promise<{ contact_id: string; total: number }[]> {
  const grouped = (having: RawBuilder<unknown>, take: number) =>
    sql<{ contact_id: string; total: number }>`
      SELECT p.contact_id, sum(p.total_minor) AS total FROM purchases AS p WHERE ${inPeriod}
      GROUP BY p.contact_id ${having} ORDER BY total DESC LIMIT ${take}`.execute(db);
  const margin = limit + 50;
  const first = (await grouped(sql``, margin)).rows.map((row) => ({ contact_id: row.contact_id, total: Number(row.total) }));
  const boundary = first[Math.min(limit, first.length) - 1]?.total;
  // Only when the margin is all one amount could a tie with the last shown be left out: read them all.
  if (first.length < margin || boundary === undefined || first[first.length - 1]!.total !== boundary) return first;
  const tied = (await grouped(sql`HAVING total >= ${boundary}`, -1)).rows;
  return tied.map((row) => ({ contact_id: row.contact_id, total: Number(row.total) }));
}

async function otherCurrencies(db: Db, period: Period, currency: string, ids: readonly string[]): Promise<Map<string, MoneyAmount[]>> {
  const rows = await sql<{ key: string; currency: string; minor: number }>`
    SELECT p.contact_id AS key, p.currency, sum(p.total_minor) AS minor FROM purchases AS p
    WHERE p.deleted_at IS NULL AND p.currency <> ${currency} AND p.purchased_on BETWEEN ${period.from} AND ${period.to}
      AND p.contact_id IN (${sql.join(ids)})
    GROUP BY p.contact_id, p.currency`.execute(db);
  return amountsByKey(rows.rows, currency);
}
