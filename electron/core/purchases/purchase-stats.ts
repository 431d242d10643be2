import type { CurrencyValue, PurchaseStats } from '../../../shared/contract/purchases.ts';
import { averageMinor } from '../../../shared/domain/money.ts';
import { medianGapDays } from '../../../shared/domain/purchase-intervals.ts';
import type { Db } from '../db/schema.ts';
import { purchaseOwners } from './purchase-query.ts';

/**
 * A contact's customer value from its live purchases (a company's: its own and its people's):
 * totals per currency (never added across currencies), orders, average basket, first and last
 * purchase day and the usual interval. One read down `purchases_contact` (three small columns per
 * purchase), summed here: a customer with 2,000 purchases costs one pass, not two.
 */
export async function purchaseStats(db: Db, contactId: string): Promise<PurchaseStats> {
  const owners = await purchaseOwners(db, contactId);
  const rows = await db
    .selectFrom('purchases')
    .select(['purchased_on', 'currency', 'total_minor'])
    .where('contact_id', 'in', owners)
    .where('deleted_at', 'is', null)
    .execute();
  const perCurrency = new Map<string, { total: number; orders: number }>();
  const days: string[] = [];
  for (const row of rows) {
    const value = perCurrency.get(row.currency) ?? { total: 0, orders: 0 };
    value.total += row.total_minor;
    value.orders++;
    perCurrency.set(row.currency, value);
    days.push(row.purchased_on);
  }
  const values: CurrencyValue[] = [...perCurrency]
    .map(([currency, { total, orders }]) => ({ currency, lifetimeMinor: total, orders, averageBasketMinor: averageMinor(total, orders) }))
    .sort((a, b) => b.orders - a.orders || (a.currency < b.currency ? -1 : 1));
  days.sort();
  return {
    contactId,
    orders: rows.length,
    values,
    firstPurchase: days[0] ?? null,
    lastPurchase: days[days.length - 1] ?? null,
    usualIntervalDays: medianGapDays(days),
  };
}
