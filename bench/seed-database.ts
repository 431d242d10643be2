// Seeds a data folder with N generated contacts through the real write path (saveContact), in
// transactions of 1000. Runs as its own process so the bench measures the core's memory alone.
// Usage: tsx bench/seed-database.ts DATA_DIR COUNT
import { createCore } from '../electron/core/core.ts';
import { saveContact } from '../electron/core/contacts/contact-store.ts';
import { contactInputSchema } from '../shared/contract/contacts.ts';
import { generateContacts } from './contact-generator.ts';

const [dataDir, countText] = process.argv.slice(2);
if (!dataDir || !countText) {
  console.error('Usage: tsx bench/seed-database.ts DATA_DIR COUNT');
  process.exit(2);
}
const count = Number(countText);
// No automatic snapshot on close: it would copy the whole seeded database into the bench folder.
const core = await createCore({ dataDir, locale: 'fr-FR', autoBackup: { enabled: false } });
const { db } = core.context.database;
const started = performance.now();
const batch: ReturnType<typeof contactInputSchema.parse>[] = [];
const flush = async () => {
  await db.transaction().execute(async (trx) => {
    for (const fields of batch) await saveContact(trx, null, fields, { defaultCountry: 'FR', source: 'bench' });
  });
  batch.length = 0;
};
for (const contact of generateContacts(count)) {
  batch.push(contactInputSchema.parse(contact));
  if (batch.length === 1000) await flush();
}
await flush();
core.context.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
await core.close();
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ count, seconds, rate: count / seconds }));
