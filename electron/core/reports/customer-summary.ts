import { sql } from 'kysely';
import { addDays } from '../../../shared/domain/local-date.ts';
import { medianGapDays } from '../../../shared/domain/purchase-intervals.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import { nowIso } from '../clock.ts';
import type { Db } from './shop-currency.ts';
import { nextTurn } from '../next-turn.ts';

/**
 * Customers recomputed per transaction: about 90 ms of the writer each at 100k contacts. Chunks of
 * 500 made the first computation of 69k customers 3.8 s (a commit's fsync each); one transaction
 * for all, 2.3 s with every save waiting behind it; 2,000 takes 3.2 s in 35 short slices.
 */
const CHUNK = 2_000;

/**
 * The first day a customer counts as overdue: `isOverdue` says more than 1.5x the usual interval
 * has passed, i.e. days since > 1.5 x interval, whose first whole day is floor(1.5 x interval) + 1
 * (the interval is whole or half days, so 1.5 x it is exact in floating point).
 */
export function overdueFrom(lastPurchase: string, usualIntervalDays: number): string {
  return addDays(lastPurchase, Math.floor(1.5 * usualIntervalDays) + 1);
}

interface Figures {
  days: string[];
  orders: number;
  perCurrency: Map<string, { total: number; orders: number }>;
}

/**
 * Recomputes the summary of up to CHUNK customers the triggers of migration 0010 noted as changed,
 * from their live purchases, and clears their notes, in the caller's transaction. A customer with
 * no live purchase left (undone import, trashed contact, last purchase deleted) loses their rows.
 * Returns how many customers were recomputed (fewer than CHUNK: none is left noted).
 */
export async function refreshCustomerSummaries(trx: Db, now: string): Promise<number> {
  const ids = (await sql<{ contact_id: string }>`SELECT contact_id FROM customer_summary_stale LIMIT ${CHUNK}`.execute(trx)).rows.map((row) => row.contact_id);
  if (ids.length === 0) return 0;
  const figures = await figuresOf(trx, ids);
  await sql`DELETE FROM customer_summary WHERE contact_id IN (${sql.join(ids)})`.execute(trx);
  await sql`DELETE FROM customer_currency_totals WHERE contact_id IN (${sql.join(ids)})`.execute(trx);
  await writeSummaries(trx, figures, now);
  await sql`DELETE FROM customer_summary_stale WHERE contact_id IN (${sql.join(ids)})`.execute(trx);
  return ids.length;
}

async function figuresOf(trx: Db, ids: readonly string[]): Promise<Map<string, Figures>> {
  // Down purchases_contact_amounts: each customer's days in order, from the index alone.
  const rows = await sql<{ contact_id: string; day: string; currency: string; minor: number }>`
    SELECT contact_id, purchased_on AS day, currency, total_minor AS minor FROM purchases
    WHERE deleted_at IS NULL AND contact_id IN (${sql.join(ids)}) ORDER BY contact_id, purchased_on`.execute(trx);
  const figures = new Map<string, Figures>();
  for (const row of rows.rows) {
    let customer = figures.get(row.contact_id);
    if (!customer) figures.set(row.contact_id, (customer = { days: [], orders: 0, perCurrency: new Map() }));
    customer.days.push(row.day);
    customer.orders++;
    const spent = customer.perCurrency.get(row.currency) ?? { total: 0, orders: 0 };
    spent.total += Number(row.minor);
    spent.orders++;
    customer.perCurrency.set(row.currency, spent);
  }
  return figures;
}

/** One multi-row insert per table for a chunk: a row-by-row insert made the first refresh of 70k customers take seconds. */
async function writeSummaries(trx: Db, figures: Map<string, Figures>, now: string): Promise<void> {
  if (figures.size === 0) return;
  const summaries = [...figures].map(([contactId, customer]) => {
    const last = customer.days[customer.days.length - 1]!;
    const interval = medianGapDays(customer.days);
    return {
      contact_id: contactId,
      first_purchase_on: customer.days[0]!,
      last_purchase_on: last,
      orders: customer.orders,
      usual_interval_days: interval,
      overdue_from: interval === null ? null : overdueFrom(last, interval),
      computed_at: now,
    };
  });
  const totals = [...figures].flatMap(([contactId, customer]) =>
    [...customer.perCurrency].map(([currency, spent]) => ({ contact_id: contactId, currency, total_minor: spent.total, orders: spent.orders })),
  );
  await trx.insertInto('customer_summary').values(summaries).execute();
  await trx.insertInto('customer_currency_totals').values(totals).execute();
}

/**
 * Brings the summaries up to date before a report reads them, on the writer connection (the
 * reports then read on the reader, which sees the commits). Nothing noted: one index probe. Many
 * noted (after the upgrade to 0010, or a huge import: 69k customers take about 3 s) are done in
 * transactions of CHUNK customers, so a save waiting for the writer waits for one chunk, not all.
 *
 * Never waits long for the writer: a save's transaction is over in milliseconds and is waited
 * for (up to WRITER_WAIT_MS), but while an import, an undo or a restore holds the writer (seconds
 * to minutes; Kysely would queue this behind all of it) the reports are answered from the
 * summaries as they are. Each such batch refreshes them itself once committed
 * (`recomputeRfmAfterBatch`) before telling the screens, which then read again.
 * A core opened on a schema before migration 0010 (backup and migration tests) has nothing to do.
 */
export async function ensureFreshSummaries(database: Pick<OpenedDatabase, 'db' | 'sqlite' | 'schemaVersion'>): Promise<number> {
  if (database.schemaVersion < 10) return 0;
  let done = 0;
  for (;;) {
    if (!(await writerFree(database.sqlite))) return done;
    const noted = database.sqlite.prepare('SELECT 1 FROM customer_summary_stale LIMIT 1').get();
    if (noted === undefined) return done;
    done += await database.db.transaction().execute((trx) => refreshCustomerSummaries(trx, nowIso()));
    // Lets a save or a read queued behind this chunk go first.
    await nextTurn();
  }
}

/** How long a report waits for a transaction open on the writer to end: a save's, not an import's. */
const WRITER_WAIT_MS = 250;

async function writerFree(sqlite: OpenedDatabase['sqlite']): Promise<boolean> {
  const until = Date.now() + WRITER_WAIT_MS;
  while (sqlite.inTransaction) {
    if (Date.now() >= until) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
}
