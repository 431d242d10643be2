import { sql, type RawBuilder } from 'kysely';
import type { MoneyAmount, OverdueCustomer } from '../../../shared/contract/reports.ts';
import { daysBetween } from '../../../shared/domain/local-date.ts';
import { amountsByKey, displayNames, type Db } from './shop-currency.ts';

/**
 * Overdue customers as of `today`: the days since their last purchase exceed 1.5x their usual
 * interval, the median gap between their purchase days (`medianGapDays`, the same function the
 * contact's value figures use, so the two never disagree). Needs at least two purchase days.
 * Ranked by lifetime value in the shop's currency, then by days since, then by name.
 *
 * Read from the per-customer summary (migration 0010, `customer-summary.ts`: the caller brings
 * it up to date first), where `overdue_from` is the first overdue day, so "overdue today" is an
 * index range and the ranking a sort of those customers: reading every purchase to work out each
 * customer's median took 1.1 s at 400k purchases. The index `customer_summary_overdue` covers
 * the read; names are read for the page shown (and a margin past it, for ties) only.
 */
export async function overdueCustomers(db: Db, today: string, currency: string | null, limit: number): Promise<{ items: OverdueCustomer[]; total: number }> {
  const notTrashed = sql`s.contact_id NOT IN (SELECT id FROM contacts WHERE deleted_at IS NOT NULL)`;
  const ranked = (where: RawBuilder<unknown>, take: number) =>
    sql<{ contact_id: string; last: string; interval: number; value: number }>`
      SELECT * FROM (
        SELECT s.contact_id, s.last_purchase_on AS last, s.usual_interval_days AS interval, coalesce(t.total_minor, 0) AS value
        FROM customer_summary AS s
        LEFT JOIN customer_currency_totals AS t ON t.contact_id = s.contact_id AND t.currency = ${currency ?? ''}
        WHERE s.overdue_from <= ${today} AND ${notTrashed})
      ${where} ORDER BY value DESC, last, contact_id LIMIT ${take}`.execute(db);
  // A margin past the page, so names can settle ties at its edge; only when the whole margin ties
  // with the last row shown are all of that tie read (as the top customers do).
  const margin = limit + 50;
  let candidates = (await ranked(sql``, margin)).rows;
  const edge = candidates[limit - 1];
  const beyond = candidates[candidates.length - 1];
  if (candidates.length === margin && edge && beyond && Number(beyond.value) === Number(edge.value) && beyond.last === edge.last) {
    candidates = (await ranked(sql`WHERE value > ${edge.value} OR (value = ${edge.value} AND last <= ${edge.last})`, -1)).rows;
  }
  const total = await sql<{ n: number }>`SELECT count(*) AS n FROM customer_summary AS s WHERE s.overdue_from <= ${today} AND ${notTrashed}`.execute(db);
  const names = await displayNames(db, candidates.map((row) => row.contact_id));
  const sortKey = (id: string) => names.get(id)?.sortKey ?? '';
  const shown = candidates
    .map((row) => ({ ...row, value: Number(row.value) }))
    .sort((a, b) => b.value - a.value || a.last.localeCompare(b.last) || sortKey(a.contact_id).localeCompare(sortKey(b.contact_id)) || a.contact_id.localeCompare(b.contact_id))
    .slice(0, limit);
  const lifetimes = await lifetimeAmounts(db, shown.map((row) => row.contact_id), currency);
  return {
    total: Number(total.rows[0]?.n ?? 0),
    items: shown.map((row) => ({
      contactId: row.contact_id,
      displayName: names.get(row.contact_id)?.name ?? '',
      lastPurchase: row.last,
      usualIntervalDays: Number(row.interval),
      daysSince: daysBetween(row.last, today),
      lifetime: lifetimes.get(row.contact_id) ?? [],
    })),
  };
}

async function lifetimeAmounts(db: Db, ids: readonly string[], currency: string | null): Promise<Map<string, MoneyAmount[]>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<{ key: string; currency: string; minor: number }>`
    SELECT contact_id AS key, currency, total_minor AS minor FROM customer_currency_totals
    WHERE contact_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(db);
  return amountsByKey(rows.rows, currency);
}
