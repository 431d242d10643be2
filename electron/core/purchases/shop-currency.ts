import type { Db } from '../db/schema.ts';
import { loadSettings, saveSettings } from '../settings/settings-store.ts';

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
