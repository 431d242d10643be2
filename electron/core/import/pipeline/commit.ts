import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import type { ImportSummary, OnDuplicate } from '../../../../shared/contract/import.ts';
import { newId, nowIso } from '../../clock.ts';
import { saveContactPhoto } from '../../contacts/contact-photo.ts';
import { saveContact } from '../../contacts/contact-store.ts';
import type { CoreContext } from '../../core-context.ts';
import type { Transaction } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../../db/schema.ts';
import type { ImportRecord, ParsedSource } from '../import-record.ts';
import { BulkInserter } from './bulk-insert.ts';
import { addCustomFields } from '../../contacts/custom-fields.ts';
import { ExistingContacts } from './load-existing.ts';
import { Matcher } from './match.ts';
import { planImport } from './plan.ts';
import { mergeInto } from './merge.ts';

export interface CommitOptions {
  onDuplicate: OnDuplicate;
  country: string;
  /** Asked between chunks of rows; true rolls the whole import back. */
  isCancelled?: () => boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Page cache during an import, in KiB (negative = KiB for SQLite): 128 MB. */
const IMPORT_CACHE_KIB = -131072;

/** Rows written between two looks at the event loop (progress events, cancel requests). */
const CHUNK = 1000;

class Cancelled extends Error {}
class NothingToWrite extends Error {}

/** The contact as it was before an update, kept in import_changes so undo can restore it. */
export interface ContactSnapshot {
  fields: ContactFields;
  customFields: { label: string; value: string }[];
}

/**
 * Writes a parsed source as one import batch in one transaction: all rows or none. New contacts
 * go through the bulk inserter; matches are skipped, merged ("update": fill empty fields, add new
 * details, with a snapshot for undo) or created anyway, as the user chose. Cancel, a crash or a
 * killed process leave the database exactly as before.
 */
export async function commitSource(ctx: CoreContext, parsed: ParsedSource, options: CommitOptions): Promise<ImportSummary> {
  const { db, sqlite } = ctx.database;
  const defaultCountry = ctx.settings().defaultCountry;
  const batchId = newId();
  const now = nowIso();
  const total = parsed.records.length;
  const summary: ImportSummary = { batchId, fileName: parsed.fileName, created: 0, updated: 0, skipped: 0, errors: [], cancelled: false };

  // A big import touches index pages all over an 80 MB file; SQLite's default 2 MB page cache
  // would re-read them again and again. Widened for the import only.
  const restoreCache = widenPageCache(sqlite);
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('import_batches').values({ id: batchId, source: parsed.format, file_name: parsed.fileName, created_at: now, undone_at: null, counts: '{}' }).execute();
      const matcher = new Matcher(sqlite, options.country);
      const inserter = new BulkInserter(sqlite, { phones: matcher.phones, companies: matcher.companies, source: parsed.format, batchId, now });
      // Progress counts each row twice: once when it is planned, once when it is written.
      const step = async (done: number) => {
        if (done % CHUNK !== 0) return;
        options.onProgress?.(done, total * 2);
        await new Promise((resolve) => setImmediate(resolve));
        if (options.isCancelled?.()) throw new Cancelled();
      };
      const plan = await planImport(parsed.records, matcher, { onDuplicate: options.onDuplicate, country: options.country, defaultCountry, step });
      summary.errors = plan.errors;
      summary.skipped = plan.skipped;
      summary.updated = plan.merged;

      for (let i = 0; i < plan.creates.length; i++) {
        await step(total + i);
        const planned = plan.creates[i]!;
        const { id } = inserter.create(planned.fields, planned.customFields);
        if (planned.photo) await saveContactPhoto(trx, id, planned.photo);
        summary.created++;
      }

      // Contacts that existed before, in rowid order (see planImport on FTS5), each row read
      // against the contact as the previous rows left it.
      const numOf = sqlite.prepare<[string], number>('SELECT num FROM contacts WHERE id = ?').pluck();
      const nums = new Map(plan.updates.map((update) => [update.contactId, numOf.get(update.contactId) ?? 0]));
      const updates = [...plan.updates].sort((a, b) => nums.get(a.contactId)! - nums.get(b.contactId)!);
      const loader = new ExistingContacts(sqlite);
      const snapshotted = new Set<string>();
      for (let u = 0; u < updates.length; u++) {
        await step(total + plan.creates.length + u);
        const { contactId, record, fields } = updates[u]!;
        const changed = await updateExisting(trx, loader, contactId, record, fields, { batchId, country: options.country, snapshot: !snapshotted.has(contactId) });
        snapshotted.add(contactId);
        if (changed) summary.updated++;
        else summary.skipped++;
      }
      options.onProgress?.(total * 2, total * 2);
      if (summary.created === 0 && summary.updated === 0) throw new NothingToWrite();
      const counts = { created: summary.created, updated: summary.updated, skipped: summary.skipped, errors: summary.errors.length };
      await trx.updateTable('import_batches').set({ counts: JSON.stringify(counts) }).where('id', '=', batchId).execute();
      // The after-state of every updated contact, so undo can tell a later edit by the user.
      await trx
        .updateTable('import_changes')
        .set((eb) => ({ after_updated_at: eb.selectFrom('contacts').select('updated_at').whereRef('contacts.id', '=', 'import_changes.contact_id') }))
        .where('batch_id', '=', batchId)
        .execute();
    });
  } catch (error) {
    restoreCache();
    if (error instanceof Cancelled) return { ...summary, batchId: null, created: 0, updated: 0, skipped: 0, cancelled: true };
    if (error instanceof NothingToWrite) return { ...summary, batchId: null };
    throw error;
  }
  restoreCache();
  return summary;
}

/** Imports running on each connection, and the cache size they found before the first one began. */
const widenedCaches = new WeakMap<BetterSqlite3.Database, { imports: number; base: number }>();

/**
 * Widens the page cache for an import and returns the function that undoes it. Counted per
 * connection, so overlapping imports put back the size from before the first, not each other's.
 */
export function widenPageCache(sqlite: BetterSqlite3.Database): () => void {
  let state = widenedCaches.get(sqlite);
  if (!state) {
    state = { imports: 0, base: sqlite.pragma('cache_size', { simple: true }) as number };
    widenedCaches.set(sqlite, state);
  }
  state.imports++;
  sqlite.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    if (--state.imports === 0) {
      sqlite.pragma(`cache_size = ${state.base}`);
      widenedCaches.delete(sqlite);
    }
  };
}

interface UpdateOptions {
  batchId: string;
  country: string;
  /** Store the contact's before-state (the first time this batch touches a contact that existed before). */
  snapshot: boolean;
}

async function updateExisting(trx: Transaction<Database>, existing: ExistingContacts, contactId: string, record: ImportRecord, fields: ContactFields, options: UpdateOptions): Promise<boolean> {
  const current = existing.load(contactId);
  if (!current) return false;
  const merged = mergeInto(current, fields, options.country);
  const currentCustom = existing.customFields(contactId);
  const photoAdded = record.photo ? !existing.hasPhoto(contactId) : false;
  const customAdded = (record.customFields ?? []).filter((field) => !currentCustom.some((c) => c.label === field.label && c.value === field.value));
  if (merged.changes.length === 0 && !photoAdded && customAdded.length === 0) return false;

  if (options.snapshot) {
    const before: ContactSnapshot = { fields: current, customFields: currentCustom };
    await trx
      .insertInto('import_changes')
      .values({ batch_id: options.batchId, contact_id: contactId, before: JSON.stringify(before), after_updated_at: '', photo_added: photoAdded ? 1 : 0 })
      .execute();
  } else if (photoAdded) {
    await trx.updateTable('import_changes').set({ photo_added: 1 }).where('batch_id', '=', options.batchId).where('contact_id', '=', contactId).execute();
  }
  if (merged.changes.length > 0) await saveContact(trx, contactId, merged.fields, { defaultCountry: options.country });
  else await trx.updateTable('contacts').set({ updated_at: nowIso() }).where('id', '=', contactId).execute();
  if (photoAdded && record.photo) await saveContactPhoto(trx, contactId, record.photo);
  if (customAdded.length > 0) await addCustomFields(trx, contactId, customAdded);
  return true;
}
