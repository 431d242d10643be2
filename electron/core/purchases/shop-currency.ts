import type { Db } from '../db/schema.ts';
import { loadSettings, saveSettings } from '../settings/settings-store.ts';
import { mostUsedCurrency } from '../reports/shop-currency.ts';

/**
 * Sets the shop's currency to `code` when it is not set yet (the first purchase typed, or the
 * first imported sales file's currency); a currency already chosen is never changed this way
 * (Settings changes it). Runs in the caller's transaction; returns whether it set it, so the
 * caller can `reloadSettings()` on the core context after the commit.
 */
export async function ensureShopCurrency(trx: Db, code: string): Promise<boolean> {
  const settings = await loadSettings(trx);
  if (settings.shopCurrency) return false;
  await saveSettings(trx, { shopCurrency: code });
  return true;
}

/**
 * After an import wrote purchases (a Carnet JSON export moved from another computer): when the
 * shop has no currency yet, the one most of the batch's purchases are in becomes it, as the first
 * sales file's does, so the counter form does not ask again and rankings have their currency.
 */
export async function adoptShopCurrencyOfBatch(trx: Db, batchId: string): Promise<boolean> {
  const most = await mostUsedCurrency(trx, batchId);
  return most ? ensureShopCurrency(trx, most) : false;
}
