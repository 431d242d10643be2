import type { Settings } from '../../shared/contract/app.ts';
import type { CarnetEvent } from '../../shared/contract/events.ts';
import type { OpenedDatabase } from './db/open-database.ts';

/** What every area's handlers get: the open database, where the data lives, settings and events. */
export interface CoreContext {
  readonly database: OpenedDatabase;
  readonly dataDir: string;
  readonly appVersion: string;
  settings(): Settings;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Reads the settings again after a write that changed them inside a transaction (`ensureShopCurrency`). */
  reloadSettings(): Promise<Settings>;
  emit(event: CarnetEvent): void;
}
