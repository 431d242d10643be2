import { appCatalogs } from '../app/messages/index.ts';
import { cardCatalogs } from '../features/import/cards/messages/index.ts';
import { importCatalogs } from '../features/import/messages/index.ts';
import { settingsCatalogs } from '../features/settings/messages/index.ts';
import type { Catalogs, Messages } from './translate.ts';

/** Every feature's catalogs, for the tests that check each language has every message, well formed. */
export const ALL_CATALOGS: Record<string, Catalogs<Messages>> = {
  app: appCatalogs,
  cards: cardCatalogs,
  import: importCatalogs,
  settings: settingsCatalogs,
};
