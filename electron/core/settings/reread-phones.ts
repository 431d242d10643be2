import type BetterSqlite3 from 'better-sqlite3';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { e164Of, parseTypedPhone } from '../../../shared/domain/phone-reading.ts';
import { phoneSearchText } from '../contacts/phone.ts';

interface StoredPhone {
  contact_id: string;
  position: number;
  value: string;
  e164: string | null;
}

/**
 * After the default country changes: reads again the stored numbers that were typed without a
 * +country prefix and are not a real number the way they were read, but are one in `country`.
 * That is the case of numbers typed before the country was set right ("06 12 34 56 78" read as
 * a US number, stored as +10612345678, which no one has): once France is chosen they become
 * +33612345678, so a later import or search with the international form finds them.
 *
 * Numbers that were valid where they were read are left alone, even when they would be valid in
 * the new country too: someone who moves from France to Germany keeps their French contacts'
 * numbers French. The typed text never changes, only the E.164 form and the search row.
 *
 * Synchronous prepared statements on the raw connection, like the import's bulk insert: a shop
 * whose 20,000 numbers were all read with the wrong country waits seconds, not half a minute of
 * Kysely round trips. Call it inside the settings' transaction (the same connection), with no
 * await in between, so nothing else runs among its statements.
 * Returns the contacts whose numbers changed and how many numbers.
 */
export function rereadPhones(sqlite: BetterSqlite3.Database, country: string): { contactIds: string[]; phones: number } {
  const stored = sqlite.prepare<[], StoredPhone>('SELECT contact_id, position, value, e164 FROM contact_phones').all();
  const setE164 = sqlite.prepare<[string, string, number]>('UPDATE contact_phones SET e164 = ? WHERE contact_id = ? AND position = ?');
  const changed = new Set<string>();
  let phones = 0;
  for (const phone of stored) {
    const next = newReading(phone, country);
    if (next === null) continue;
    setE164.run(next, phone.contact_id, phone.position);
    changed.add(phone.contact_id);
    phones++;
  }
  const numOf = sqlite.prepare<[string], number>('SELECT num FROM contacts WHERE id = ?').pluck();
  const phonesOf = sqlite.prepare<[string], { value: string; e164: string | null }>('SELECT value, e164 FROM contact_phones WHERE contact_id = ? ORDER BY position');
  // Trashed contacts have no search row: the UPDATE then changes nothing, and a restore writes it.
  const setSearchPhones = sqlite.prepare<[string, number]>('UPDATE contacts_fts SET phones = ? WHERE rowid = ?');
  for (const contactId of changed) {
    const num = numOf.get(contactId);
    if (num !== undefined) setSearchPhones.run(phoneSearchText(phonesOf.all(contactId)), num);
  }
  return { contactIds: [...changed], phones };
}

/** The E.164 form `phone` gets with `country`, or null when it keeps the one it has. */
function newReading(phone: StoredPhone, country: string): string | null {
  const typed = phone.value.trim();
  if (typed.startsWith('+') || typed.startsWith('00')) return null; // its own country decided
  const parsed = parseTypedPhone(typed, country);
  const e164 = e164Of(parsed);
  if (!parsed || !e164 || e164 === phone.e164 || !parsed.isValid()) return null;
  return phone.e164 !== null && isValidNumber(phone.e164) ? null : e164;
}

function isValidNumber(e164: string): boolean {
  try {
    return parsePhoneNumberFromString(e164)?.isValid() ?? false;
  } catch {
    return false;
  }
}
