import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import { nowIso } from '../clock.ts';
import { listPurchases, loadPurchase } from './purchase-query.ts';
import { purchaseStats } from './purchase-stats.ts';
import { addPurchase, deletePurchase, restorePurchase, updatePurchase } from './purchase-store.ts';
import { ensureShopCurrency } from './shop-currency.ts';

type PurchaseMethods = 'purchases.add' | 'purchases.update' | 'purchases.delete' | 'purchases.restore' | 'purchases.get' | 'purchases.list' | 'purchases.stats';

/**
 * Purchases: every write in one transaction, then one `contacts.changed` event naming the buyer
 * and its company (their figures and timelines changed). The first purchase ever also sets the
 * shop's currency when nothing set it before.
 */
export function purchaseHandlers(ctx: CoreContext): AreaHandlers<PurchaseMethods> {
  const { db, reader } = ctx.database;
  const changed = (ids: readonly string[]) => {
    if (ids.length > 0) ctx.emit({ type: 'contacts.changed', ids: [...ids] });
  };

  return {
    'purchases.add': async (fields) => {
      const { id, touched, currencySet } = await db.transaction().execute(async (trx) => {
        const added = await addPurchase(trx, fields, nowIso());
        // Once set (the usual case), the cached settings say so without a read.
        return { ...added, currencySet: ctx.settings().shopCurrency ? false : await ensureShopCurrency(trx, fields.currency) };
      });
      if (currencySet) await ctx.reloadSettings();
      changed(touched);
      return loadPurchase(db, id);
    },

    'purchases.update': async ({ id, fields }) => {
      const touched = await db.transaction().execute((trx) => updatePurchase(trx, id, fields, nowIso()));
      changed(touched);
      return loadPurchase(db, id);
    },

    'purchases.delete': async ({ id }) => {
      const { contactId, touched } = await db.transaction().execute((trx) => deletePurchase(trx, id, nowIso()));
      changed(touched);
      return { id, contactId };
    },

    'purchases.restore': async ({ id }) => {
      const touched = await db.transaction().execute((trx) => restorePurchase(trx, id, nowIso()));
      changed(touched);
      return loadPurchase(db, id);
    },

    'purchases.get': ({ id }) => reader.transaction().execute((trx) => loadPurchase(trx, id)),
    'purchases.list': ({ contactId, cursor, limit }) => reader.transaction().execute((trx) => listPurchases(trx, contactId, { cursor, limit })),
    'purchases.stats': ({ contactId }) => reader.transaction().execute((trx) => purchaseStats(trx, contactId)),
  };
}
