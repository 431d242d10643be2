import type { Kysely } from 'kysely';
import { settingsSchema, type Settings } from '../../../shared/contract/app.ts';
import type { Database } from '../db/schema.ts';

export const DEFAULT_SETTINGS: Settings = { defaultCountry: 'US', language: 'system' };

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
  // Each value on its own: one damaged value falls back to its default, not all of them.
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, schema] of Object.entries(settingsSchema.shape)) {
    const parsed = schema.safeParse(stored[key]);
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings as Settings;
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
