import { sql } from 'kysely';
import type { MoneyAmount, OverdueCustomer } from '../../../shared/contract/reports.ts';
import { amountsByKey, type Db } from './shop-currency.ts';

/** An overdue customer has gone this many times their usual interval without buying. */
export const OVERDUE_FACTOR = 1.5;

/**
 * Overdue customers as of `today`: the days since their last purchase exceed 1.5x their usual
 * interval, the median gap between their purchase days (two purchases on one day are one visit,
 * so a gap of 0 never makes anyone overdue the next morning). Needs at least two purchase days.
 * Ranked by lifetime value in the shop's currency, then by days overdue. The median is taken in
 * SQL (row_number over the sorted gaps: the middle one, or the mean of the middle two).
 */
export async function overdueCustomers(db: Db, today: string, currency: string | null, limit: number): Promise<{ items: OverdueCustomer[]; total: number }> {
  const rows = await sql<{ contact_id: string; display_name: string; last: string; median: number; since: number; value: number; total: number }>`
    WITH days AS (
      SELECT DISTINCT p.contact_id, p.purchased_on AS day FROM purchases AS p
      JOIN contacts AS c ON c.id = p.contact_id AND c.deleted_at IS NULL
      WHERE p.deleted_at IS NULL AND p.purchased_on <= ${today}),
    gaps AS (
      SELECT contact_id, day, julianday(day) - julianday(lag(day) OVER (PARTITION BY contact_id ORDER BY day)) AS gap FROM days),
    ranked AS (
      SELECT contact_id, gap, row_number() OVER (PARTITION BY contact_id ORDER BY gap) AS rn, count(*) OVER (PARTITION BY contact_id) AS n
      FROM gaps WHERE gap IS NOT NULL),
    medians AS (SELECT contact_id, avg(gap) AS median FROM ranked WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY contact_id),
    overdue AS (
      SELECT m.contact_id, m.median, max(d.day) AS last FROM medians AS m JOIN days AS d ON d.contact_id = m.contact_id
      GROUP BY m.contact_id HAVING julianday(${today}) - julianday(max(d.day)) > ${OVERDUE_FACTOR} * m.median),
    valued AS (
      SELECT o.*, (SELECT coalesce(sum(p.total_minor), 0) FROM purchases AS p WHERE p.contact_id = o.contact_id AND p.deleted_at IS NULL AND p.currency = ${currency ?? ''}) AS value
      FROM overdue AS o)
    SELECT v.contact_id, c.display_name, v.last, v.median, CAST(julianday(${today}) - julianday(v.last) AS INTEGER) AS since, v.value,
      count(*) OVER () AS total
    FROM valued AS v JOIN contacts AS c ON c.id = v.contact_id
    ORDER BY v.value DESC, since DESC, c.sort_key, c.id LIMIT ${limit}`.execute(db);
  const lifetimes = await lifetimeAmounts(db, rows.rows.map((row) => row.contact_id), currency);
  return {
    total: Number(rows.rows[0]?.total ?? 0),
    items: rows.rows.map((row) => ({
      contactId: row.contact_id,
      displayName: row.display_name,
      lastPurchase: row.last,
      usualIntervalDays: Number(row.median),
      daysSince: Number(row.since),
      lifetime: lifetimes.get(row.contact_id) ?? [],
    })),
  };
}

async function lifetimeAmounts(db: Db, ids: readonly string[], currency: string | null): Promise<Map<string, MoneyAmount[]>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<{ key: string; currency: string; minor: number }>`
    SELECT contact_id AS key, currency, sum(total_minor) AS minor FROM purchases
    WHERE deleted_at IS NULL AND contact_id IN (${sql.join(ids)}) GROUP BY contact_id, currency`.execute(db);
  return amountsByKey(rows.rows, currency);
}
