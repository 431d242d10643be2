import { appCatalogs } from '../app/messages/index.ts';
import { backupCatalogs } from '../features/backup/messages/index.ts';
import { settingsCatalogs } from '../features/settings/messages/index.ts';
import type { Catalogs, Messages } from './translate.ts';

/** Every feature's catalogs, for the tests that check each language has every message, well formed. */
export const ALL_CATALOGS: Record<string, Catalogs<Messages>> = {
  app: appCatalogs,
  backup: backupCatalogs,
  settings: settingsCatalogs,
};
