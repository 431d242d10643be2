import { openDatabase } from '../db/open-database.ts';
import { loadSettings } from '../settings/settings-store.ts';
import { countLiveContacts } from '../contacts/contact-query.ts';

/**
 * Opens a database file the way Carnet opens its data when it starts (`createCore`): the pending
 * migrations, then the first reads start-up makes (settings, the contact count). A restore runs
 * this on its staging copy before it changes anything, so a file that would stop Carnet from
 * starting is refused instead of swapped in. Throws what start-up would throw.
 */
export async function openAsAtStartUp(filePath: string): Promise<void> {
  const opened = await openDatabase(filePath);
  try {
    await loadSettings(opened.db);
    await countLiveContacts(opened.reader);
  } finally {
    await opened.close();
  }
}
