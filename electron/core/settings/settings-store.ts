import type { Kysely } from 'kysely';
import { settingsSchema, type Settings } from '../../../shared/contract/app.ts';
import type { Database } from '../db/schema.ts';

export const DEFAULT_SETTINGS: Settings = { defaultCountry: 'US' };

/**
 * Settings live in the database (key -> JSON) so a backup carries them. Unknown or damaged values
 * fall back to the default rather than failing start-up.
 */
export async function loadSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      stored[row.key] = JSON.parse(row.value);
    } catch {
      // A damaged value is ignored; the default applies.
    }
  }
  const parsed = settingsSchema.partial().safeParse(stored);
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export async function saveSettings(db: Kysely<Database>, patch: Partial<Settings>): Promise<void> {
  const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return;
  await db
    .insertInto('settings')
    .values(entries.map(([key, value]) => ({ key, value: JSON.stringify(value) })))
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
    .execute();
}

/** The default country for phone numbers: from the OS locale ("fr-FR" -> FR) on first run. */
export function countryFromLocale(locale: string | undefined): string | null {
  const match = /[-_]([A-Za-z]{2})\b/.exec(locale ?? '');
  return match ? match[1]!.toUpperCase() : null;
}
