import { sql } from 'kysely';
import type { ContactRfm, RfmSegment } from '../../../shared/contract/reports.ts';
import { nowIso } from '../clock.ts';
import { shopCurrency, type Db } from './shop-currency.ts';

/**
 * The named segments, from the three scores (1 worst .. 5 best) and the number of orders; the
 * first rule that holds wins (so every customer has exactly one):
 * 1. New: R >= 4 and one order — their first purchase is recent (even when ties lift F and M).
 * 2. Champions: R >= 4, F >= 4, M >= 4 — bought lately, often, and much.
 * 3. Loyal: R >= 3, F >= 4, two orders or more — buy often and not long ago.
 * 4. Potential loyalist: R >= 3 — recent, a few orders so far.
 * 5. Can't lose them: R <= 2, F >= 4, M >= 4, two orders or more — were among the best, silent for a while.
 * 6. At risk: R <= 2, F >= 3, two orders or more — bought often, not lately.
 * 7. Hibernating: R = 2 — few orders, long ago.
 * 8. Lost: R = 1 — few orders, longest ago.
 * Rules 1, 3, 5 and 6 look at the order count too, not only the F score: with quintiles by
 * cumulative distribution all one-order customers share one F score, which is 3 when they are 60%
 * of the customers (5 when everyone bought once), and one purchase is never "loyal" or "often".
 */
export const SEGMENT_SQL = sql`CASE
  WHEN r >= 4 AND orders = 1 THEN 'new'
  WHEN r >= 4 AND f >= 4 AND m >= 4 THEN 'champions'
  WHEN r >= 3 AND f >= 4 AND orders > 1 THEN 'loyal'
  WHEN r >= 3 THEN 'potentialLoyalist'
  WHEN f >= 4 AND m >= 4 AND orders > 1 THEN 'cantLose'
  WHEN f >= 3 AND orders > 1 THEN 'atRisk'
  WHEN r = 2 THEN 'hibernating'
  ELSE 'lost' END`;

/**
 * A score 1..5 from a cumulative distribution: ceil(5 * cume_dist). cume_dist is the share of
 * customers whose value is at most this one, so equal values get equal scores (NTILE would cut
 * between equal values). Taken back to a count (k of n) for exact integer arithmetic.
 */
const score = (over: ReturnType<typeof sql>) => sql`((5 * CAST(round(cume_dist() OVER (${over}) * n) AS INTEGER) + n - 1) / n)`;

/**
 * Computes every customer's RFM (recency: last purchase day; frequency: number of orders;
 * monetary: lifetime spend in the shop's currency, 0 for one who only paid in others) in SQL with
 * window functions, and replaces `contact_rfm` with it in one statement pair, inside the caller's
 * transaction when there is one. Purchases dated after `today` do not count yet. Returns how
 * many customers were scored. Never called on a single purchase's save: daily and after an import.
 */
export async function recomputeRfm(db: Db, today: string): Promise<number> {
  const currency = (await shopCurrency(db)) ?? '';
  const computedAt = nowIso();
  await sql`DELETE FROM contact_rfm`.execute(db);
  const inserted = await sql`
    INSERT INTO contact_rfm (contact_id, recency, frequency, monetary, segment, computed_at)
    WITH facts AS (
      SELECT p.contact_id, max(p.purchased_on) AS last, count(*) AS orders,
        sum(CASE WHEN p.currency = ${currency} THEN p.total_minor ELSE 0 END) AS spent
      FROM purchases AS p JOIN contacts AS c ON c.id = p.contact_id AND c.deleted_at IS NULL
      WHERE p.deleted_at IS NULL AND p.purchased_on <= ${today}
      GROUP BY p.contact_id),
    counted AS (SELECT *, count(*) OVER () AS n FROM facts),
    scored AS (
      SELECT contact_id, orders,
        ${score(sql`ORDER BY last`)} AS r,
        ${score(sql`ORDER BY orders`)} AS f,
        ${score(sql`ORDER BY spent`)} AS m
      FROM counted)
    SELECT contact_id, r, f, m, ${SEGMENT_SQL}, ${computedAt} FROM scored`.execute(db);
  return Number(inserted.numAffectedRows ?? 0n);
}

export async function rfmOf(db: Db, contactId: string): Promise<ContactRfm | null> {
  const row = await db.selectFrom('contact_rfm').selectAll().where('contact_id', '=', contactId).executeTakeFirst();
  if (!row) return null;
  return { contactId: row.contact_id, recency: row.recency, frequency: row.frequency, monetary: row.monetary, segment: row.segment as RfmSegment, computedAt: row.computed_at };
}

/** Customers per segment, live contacts only (the table is recomputed daily; a deletion since is left out). */
export async function segmentCounts(db: Db): Promise<{ segment: RfmSegment; count: number }[]> {
  const rows = await sql<{ segment: string; count: number }>`
    SELECT r.segment, count(*) AS count FROM contact_rfm AS r JOIN contacts AS c ON c.id = r.contact_id AND c.deleted_at IS NULL
    GROUP BY r.segment`.execute(db);
  return rows.rows.map((row) => ({ segment: row.segment as RfmSegment, count: Number(row.count) }));
}
