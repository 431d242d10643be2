import type { Kysely, Transaction } from 'kysely';
import type { OpenedDatabase } from '../db/open-database.ts';
import { settingsSchema, type Settings } from '../../../shared/contract/app.ts';
import type { Database } from '../db/schema.ts';
import { rereadPhones } from './reread-phones.ts';

type Db = Kysely<Database> | Transaction<Database>;

export const DEFAULT_SETTINGS: Settings = { defaultCountry: 'US', countryConfirmed: false, language: 'system', notificationTime: '09:00', lastOpenedDay: null, shopCurrency: null };

/**
 * Settings live in the database (key -> JSON) so a backup carries them. Unknown or damaged values
 * fall back to the default rather than failing start-up; a setting a database does not have yet
 * (`countryConfirmed` in a database from an earlier version) takes its default.
 */
export async function loadSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    const key = row.key as keyof Settings;
    if (!(key in settingsSchema.shape)) continue;
    try {
      const parsed = settingsSchema.shape[key].safeParse(JSON.parse(row.value));
      if (parsed.success) Object.assign(settings, { [key]: parsed.data });
    } catch {
      // A damaged value is ignored; the default applies.
    }
  }
  return settings;
}

export async function saveSettings(db: Db, patch: Partial<Settings>): Promise<void> {
  const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return;
  await db
    .insertInto('settings')
    .values(entries.map(([key, value]) => ({ key, value: JSON.stringify(value) })))
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
    .execute();
}

export interface SettingsUpdate {
  settings: Settings;
  /** Contacts whose stored phone numbers the new default country read again. */
  changedContactIds: string[];
  phonesReread: number;
}

/**
 * Applies a `settings.update`: choosing a default country confirms it, and a country that differs
 * from the stored one reads again the stored numbers it concerns (reread-phones.ts), in the same
 * transaction as the setting, so the numbers never disagree with the country that read them.
 */
export async function updateSettings(database: Pick<OpenedDatabase, 'db' | 'sqlite'>, patch: Partial<Settings>): Promise<SettingsUpdate> {
  const change: Partial<Settings> = { ...patch };
  if (patch.defaultCountry !== undefined && patch.countryConfirmed === undefined) change.countryConfirmed = true;
  return database.db.transaction().execute(async (trx) => {
    // Compared with what is stored now, not with what the caller last saw: two changes in a row
    // each see the one before.
    const before = await loadSettings(trx);
    const newCountry = patch.defaultCountry !== undefined && patch.defaultCountry !== before.defaultCountry ? patch.defaultCountry : null;
    // The raw statements run on the same connection, inside this transaction (as the import's do).
    const reread = newCountry ? rereadPhones(database.sqlite, newCountry) : { contactIds: [], phones: 0 };
    await saveSettings(trx, change);
    return { settings: await loadSettings(trx), changedContactIds: reread.contactIds, phonesReread: reread.phones };
  });
}

/** The default country for phone numbers: from the OS locale ("fr-FR" -> FR) on first run. */
export function countryFromLocale(locale: string | undefined): string | null {
  const match = /[-_]([A-Za-z]{2})\b/.exec(locale ?? '');
  return match ? match[1]!.toUpperCase() : null;
}
