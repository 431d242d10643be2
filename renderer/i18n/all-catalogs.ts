import { appCatalogs } from '../app/messages/index.ts';
import { birthdayCatalogs } from '../features/contacts/birthday-messages/index.ts';
import { commonCatalogs } from '../app/common-messages/index.ts';
import { contactCatalogs } from '../features/contacts/messages/index.ts';
import { todayCatalogs } from '../features/today/messages/index.ts';
import { cardCatalogs } from '../features/import/cards/messages/index.ts';
import { importCatalogs } from '../features/import/messages/index.ts';
import { backupCatalogs } from '../features/backup/messages/index.ts';
import { settingsCatalogs } from '../features/settings/messages/index.ts';
import { trashCatalogs } from '../features/trash/messages/index.ts';
import { interactionCatalogs } from '../features/interactions/messages/index.ts';
import { taskCatalogs } from '../features/tasks/messages/index.ts';
import { purchaseCatalogs } from '../features/purchases/messages/index.ts';
import { reportCatalogs } from '../features/reports/messages/index.ts';
import { CORE_CATALOGS } from '../../shared/messages/catalogs.ts';
import type { Catalogs, Messages } from './translate.ts';

/** Every feature's catalogs, for the tests that check each language has every message, well formed. */
export const ALL_CATALOGS: Record<string, Catalogs<Messages>> = {
  app: appCatalogs,
  birthday: birthdayCatalogs,
  cards: cardCatalogs,
  import: importCatalogs,
  backup: backupCatalogs,
  settings: settingsCatalogs,
  common: commonCatalogs,
  contacts: contactCatalogs,
  today: todayCatalogs,
  trash: trashCatalogs,
  interactions: interactionCatalogs,
  tasks: taskCatalogs,
  purchases: purchaseCatalogs,
  reports: reportCatalogs,
  // What the core says (errors, import notes and warnings, backup checks, progress): shared/messages/.
  coreErrors: CORE_CATALOGS.errors,
  coreImport: CORE_CATALOGS.import,
  coreBackup: CORE_CATALOGS.backup,
};
