import type { PurchaseStats } from '../../../shared/contract/purchases.ts';
import { averageMinor } from '../../../shared/domain/money.ts';
import { medianGapDays } from '../../../shared/domain/purchase-intervals.ts';
import type { Db } from '../db/schema.ts';
import { purchaseOwners } from './purchase-query.ts';

/**
 * A contact's customer value from its live purchases (a company's: its own and its people's):
 * totals per currency (never added across currencies), orders, average basket, first and last
 * purchase day and the usual interval. Two indexed reads on `purchases_contact`.
 */
export async function purchaseStats(db: Db, contactId: string): Promise<PurchaseStats> {
  const owners = await purchaseOwners(db, contactId);
  const perCurrency = await db
    .selectFrom('purchases')
    .select((eb) => ['currency', eb.fn.sum<number>('total_minor').as('total'), eb.fn.countAll<number>().as('orders')])
    .where('contact_id', 'in', owners)
    .where('deleted_at', 'is', null)
    .groupBy('currency')
    .execute();
  const days = await db
    .selectFrom('purchases')
    .select('purchased_on')
    .distinct()
    .where('contact_id', 'in', owners)
    .where('deleted_at', 'is', null)
    .orderBy('purchased_on')
    .execute();
  const values = perCurrency
    .map((row) => ({ currency: row.currency, lifetimeMinor: Number(row.total), orders: Number(row.orders), averageBasketMinor: averageMinor(Number(row.total), Number(row.orders)) }))
    .sort((a, b) => b.orders - a.orders || (a.currency < b.currency ? -1 : 1));
  const dayList = days.map((row) => row.purchased_on);
  return {
    contactId,
    orders: values.reduce((sum, value) => sum + value.orders, 0),
    values,
    firstPurchase: dayList[0] ?? null,
    lastPurchase: dayList[dayList.length - 1] ?? null,
    usualIntervalDays: medianGapDays(dayList),
  };
}
