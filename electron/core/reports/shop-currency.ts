import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MoneyAmount } from '../../../shared/contract/reports.ts';

export type Db = Kysely<Database> | Transaction<Database>;

/** The settings key the purchases area keeps the shop's currency under (JSON string, 'EUR'). */
export const SHOP_CURRENCY_KEY = 'shopCurrency';

/**
 * The currency money rankings are made in: the shop's setting, else the one most purchases are
 * in (ties: by code, so the answer never flips between two calls), else null (no purchase yet).
 * Read straight from the settings table so the reports need nothing else of the settings.
 */
export async function shopCurrency(db: Db): Promise<string | null> {
  const stored = await db.selectFrom('settings').select('value').where('key', '=', SHOP_CURRENCY_KEY).executeTakeFirst();
  if (stored) {
    try {
      const value: unknown = JSON.parse(stored.value);
      if (typeof value === 'string' && /^[A-Z]{3}$/.test(value)) return value;
    } catch {
      // A damaged value: fall back to the most used currency.
    }
  }
  return mostUsedCurrency(db);
}

/**
 * The currency most live purchases are in (of one import batch, when given); ties by code, so the
 * answer never flips between two calls. Null without a purchase.
 */
export async function mostUsedCurrency(db: Db, batchId: string | null = null): Promise<string | null> {
  const row = await sql<{ currency: string }>`
    SELECT currency FROM purchases WHERE deleted_at IS NULL ${batchId === null ? sql`` : sql`AND import_batch_id = ${batchId}`}
    GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1`.execute(db);
  return row.rows[0]?.currency ?? null;
}

/** Amounts per currency, the shop's first and then by code, so a table's columns never move. */
export function orderAmounts(amounts: Iterable<MoneyAmount>, currency: string | null): MoneyAmount[] {
  return [...amounts].sort((a, b) => (a.currency === currency ? -1 : b.currency === currency ? 1 : a.currency.localeCompare(b.currency)));
}

/** Sums rows of (key, currency, minor) into amounts per key. */
export function amountsByKey(rows: readonly { key: string; currency: string; minor: number }[], currency: string | null): Map<string, MoneyAmount[]> {
  const byKey = new Map<string, MoneyAmount[]>();
  for (const row of rows) {
    const list = byKey.get(row.key) ?? [];
    list.push({ currency: row.currency, minor: Number(row.minor) });
    byKey.set(row.key, list);
  }
  for (const [key, list] of byKey) byKey.set(key, orderAmounts(list, currency));
  return byKey;
}

/**
 * Display names and sort keys of the contacts a report shows (a page of a ranking, its ties), by
 * id: read for those rows only, never joined to every customer the ranking went through.
 */
export async function displayNames(db: Db, ids: readonly string[]): Promise<Map<string, { name: string; sortKey: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<{ id: string; display_name: string; sort_key: string }>`
    SELECT id, display_name, sort_key FROM contacts WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(db);
  return new Map(rows.rows.map((row) => [row.id, { name: row.display_name, sortKey: row.sort_key }]));
}

/** The months ('YYYY-MM') a period of local dates touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last || months.length > 1200) break;
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The same local date a year earlier (29 February becomes 28 February). */
export function yearBefore(date: string): string {
  const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0');
  const rest = date.slice(4);
  return rest === '-02-29' ? `${year}-02-28` : `${year}${rest}`;
}
