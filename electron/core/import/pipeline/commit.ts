import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import { MAX_LISTED_DUPLICATES, type ImportSummary, type OnDuplicate, type RowChoice } from '../../../../shared/contract/import.ts';
import { newId, nowIso } from '../../clock.ts';
import { saveContactPhoto } from '../../contacts/contact-photo.ts';
import { saveContact } from '../../contacts/contact-store.ts';
import type { CoreContext } from '../../core-context.ts';
import type { Transaction } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../../db/schema.ts';
import type { ParsedSource } from '../import-record.ts';
import { BulkInserter } from './bulk-insert.ts';
import { addCustomFields } from '../../contacts/custom-fields.ts';
import type { ExistingDraft } from './contact-drafts.ts';
import { Matcher } from './match.ts';
import { isPlanned, plannedIndex, planImport, rowMatchOf } from './plan.ts';
import { planRelatedOf, relatedRecordCount, writeRelated } from './related.ts';
import { nextTurn } from '../../next-turn.ts';

export interface CommitOptions {
  onDuplicate: OnDuplicate;
  country: string;
  rowChoices: ReadonlyMap<number, RowChoice>;
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
 * Writes a parsed source as one import batch in one transaction: all rows or none. The plan
 * (plan.ts, the same one the preview shows) decides every row; new contacts go through the bulk
 * inserter, existing ones are updated once each with every row's additions (fill empty fields,
 * add new details, with a snapshot for undo). Cancel, a crash or a killed process leave the
 * database exactly as before.
 */
export async function commitSource(ctx: CoreContext, parsed: ParsedSource, options: CommitOptions): Promise<ImportSummary> {
  const { db, sqlite } = ctx.database;
  const defaultCountry = ctx.settings().defaultCountry;
  const batchId = newId();
  const now = nowIso();
  const total = parsed.records.length;
  const summary: ImportSummary = {
    batchId, fileName: parsed.fileName, created: 0, createdCompanies: 0, updated: 0, alreadyThere: 0, skipped: 0,
    possibleDuplicates: 0, duplicatesToReview: [], errors: [], cancelled: false,
  };

  // A big import touches index pages all over an 80 MB file; SQLite's default 2 MB page cache
  // would re-read them again and again. Widened for the import only.
  const restoreCache = widenPageCache(sqlite);
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('import_batches').values({ id: batchId, source: parsed.format, file_name: parsed.fileName, created_at: now, undone_at: null, counts: '{}' }).execute();
      const matcher = new Matcher(sqlite, options.country);
      const inserter = new BulkInserter(sqlite, { phones: matcher.phones, companies: matcher.companies, source: parsed.format, batchId, now });
      // Progress counts each row twice: once when it is planned, once when it is written; then
      // each interaction, task and purchase a Carnet export brings (written one by one, the slow part).
      const work = total * 2 + (parsed.related ? parsed.related.interactions.length + parsed.related.tasks.length + (parsed.related.purchases?.length ?? 0) : 0);
      const step = async (done: number) => {
        if (done % CHUNK !== 0) return;
        options.onProgress?.(done, work);
        await nextTurn();
        if (options.isCancelled?.()) throw new Cancelled();
      };
      const plan = await planImport(sqlite, parsed.records, matcher, {
        onDuplicate: options.onDuplicate, country: options.country, defaultCountry, rowChoices: options.rowChoices, keepRows: false, step,
      });
      summary.errors = plan.errors;
      summary.warnings = plan.warnings;
      summary.skipped = plan.skipped;
      summary.alreadyThere = plan.alreadyThere;
      summary.updated = plan.updated;

      const createdIds = new Map<number, string>();
      for (let i = 0; i < plan.creates.length; i++) {
        await step(total + i);
        const planned = plan.creates[i]!;
        const { id } = inserter.create(planned.fields, planned.customFields, planned.identity);
        createdIds.set(planned.line, id);
        if (planned.photo) await saveContactPhoto(trx, id, planned.photo);
        if (planned.fields.kind === 'company') summary.createdCompanies++;
        else summary.created++;
      }
      summary.createdCompanies += inserter.companyCardsCreated;
      summary.possibleDuplicates = plan.possibleDuplicates.length;
      summary.duplicatesToReview = plan.possibleDuplicates.slice(0, MAX_LISTED_DUPLICATES).map((row) => ({
        line: row.line, displayName: row.displayName, kind: row.kind, contactId: createdIds.get(row.line)!, match: rowMatchOf(row.match),
      }));

      // Contacts that existed before, in rowid order (see planImport on FTS5).
      const numOf = sqlite.prepare<[string], number>('SELECT num FROM contacts WHERE id = ?').pluck();
      const nums = new Map(plan.updates.map((update) => [update.contactId, numOf.get(update.contactId) ?? 0]));
      const updates = [...plan.updates].sort((a, b) => nums.get(a.contactId)! - nums.get(b.contactId)!);
      for (let u = 0; u < updates.length; u++) {
        await step(total + plan.creates.length + u);
        await writeUpdate(trx, updates[u]!, { batchId, country: options.country });
      }
      // A Carnet export's interactions and tasks, once the contacts they name exist.
      const related = planRelatedOf(sqlite, parsed, plan.targets);
      if (related) {
        const realId = (target: string) => (isPlanned(target) ? createdIds.get(plan.creates[plannedIndex(target)]!.line)! : target);
        await writeRelated(trx, related, { batchId, now, realId, step: (i) => step(total * 2 + i) });
        summary.related = related.counts;
      }
      options.onProgress?.(work, work);
      const relatedAdded = related ? relatedRecordCount(related) : 0;
      if (plan.creates.length === 0 && updates.length === 0 && relatedAdded === 0) throw new NothingToWrite();
      const counts = {
        created: summary.created, updated: summary.updated, skipped: summary.skipped, errors: summary.errors.length,
        createdCompanies: summary.createdCompanies, alreadyThere: summary.alreadyThere, possibleDuplicates: summary.possibleDuplicates,
      };
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
    if (error instanceof Cancelled) return { ...summary, batchId: null, created: 0, createdCompanies: 0, updated: 0, alreadyThere: 0, skipped: 0, possibleDuplicates: 0, duplicatesToReview: [], cancelled: true };
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

/** Writes one existing contact's planned update, with its before-state for undo. */
async function writeUpdate(trx: Transaction<Database>, draft: ExistingDraft, options: { batchId: string; country: string }): Promise<void> {
  const before: ContactSnapshot = draft.before;
  // The photo store refuses some photos (too big): undo must only remove one that was stored.
  const photoAdded = draft.photo ? await saveContactPhoto(trx, draft.contactId, draft.photo) : false;
  await trx
    .insertInto('import_changes')
    .values({ batch_id: options.batchId, contact_id: draft.contactId, before: JSON.stringify(before), after_updated_at: '', photo_added: photoAdded ? 1 : 0 })
    .execute();
  if (draft.fieldsChanged) await saveContact(trx, draft.contactId, draft.fields, { defaultCountry: options.country });
  else await trx.updateTable('contacts').set({ updated_at: nowIso() }).where('id', '=', draft.contactId).execute();
  if (draft.customAdded.length > 0) await addCustomFields(trx, draft.contactId, draft.customAdded);
}
