import type BetterSqlite3 from 'better-sqlite3';
import type { RelatedCounts } from '../../../../shared/contract/import.ts';
import { CONTACTING_TYPES } from '../../../../shared/domain/interaction-types.ts';
import { newId } from '../../clock.ts';
import type { Db } from '../../db/schema.ts';
import type { ImportedInteraction, ImportedTask, ParsedSource } from '../import-record.ts';
import { insertInteraction, refreshLastContacted } from '../../interactions/interaction-rows.ts';
import { insertTask } from '../../tasks/task-rows.ts';
import { planPurchases, writePurchases, type PurchasePlan } from './related-purchases.ts';

/**
 * The interactions and tasks a Carnet export brings with its contacts, decided like the contacts
 * are (one plan for the preview and the import):
 * - one whose id is live in Carnet is already there: matched, never duplicated, never changed;
 * - one whose id is only in the trash (an undone import of the same file, a deleted task) is
 *   written again under a new id, as a contact in that case is;
 * - each contact id of the file becomes the contact its record ended up as (created, updated or
 *   already there, see plan.ts `targets`); a record skipped or in error takes its interactions'
 *   link with it, and what is then left with nobody (an interaction, a task of that contact) is
 *   left out and counted, never given to someone else;
 * - a repeating task's next occurrence that Carnet already has (a live task with the same
 *   `repeatOf`) is already there: completing it on two devices must not make two.
 */
export interface RelatedPlan {
  counts: RelatedCounts;
  interactions: { interaction: ImportedInteraction; id: string; contacts: string[] }[];
  tasks: { task: ImportedTask; id: string; contact: string | null }[];
  /** A version 3 export's purchases and products (related-purchases.ts); null before. */
  purchases: PurchasePlan | null;
}

/** The related records of a parsed source against an import plan's `targets`; null when the source has none. */
export function planRelatedOf(sqlite: BetterSqlite3.Database, parsed: ParsedSource, targets: ReadonlyMap<number, string>): RelatedPlan | null {
  if (!parsed.related) return null;
  const lineOf = new Map<string, number>();
  for (const record of parsed.records) if (record.identity) lineOf.set(record.identity.id, record.line);
  return planRelated(sqlite, parsed.related, (fileId) => {
    const line = lineOf.get(fileId);
    return line === undefined ? null : (targets.get(line) ?? null);
  });
}

/** `contactOf` gives what a contact id of the file became (an id, or a plan reference), or null when it is not imported. */
export function planRelated(sqlite: BetterSqlite3.Database, related: NonNullable<ParsedSource['related']>, contactOf: (fileId: string) => string | null): RelatedPlan {
  const plan: RelatedPlan = {
    counts: { interactions: { added: 0, already: 0, skipped: 0 }, tasks: { added: 0, already: 0, skipped: 0 } },
    interactions: [],
    tasks: [],
    purchases: null,
  };
  const interactionState = sqlite.prepare<[string], { deleted_at: string | null }>('SELECT deleted_at FROM interactions WHERE id = ?');
  const taskState = sqlite.prepare<[string], { deleted_at: string | null }>('SELECT deleted_at FROM tasks WHERE id = ?');
  const nextOccurrence = sqlite.prepare<[string], number>('SELECT 1 FROM tasks WHERE repeat_of = ? AND deleted_at IS NULL').pluck();

  for (const interaction of related.interactions) {
    const state = interactionState.get(interaction.id);
    if (state && state.deleted_at === null) {
      plan.counts.interactions.already++;
      continue;
    }
    const contacts = [...new Set(interaction.contactIds.map(contactOf).filter((id): id is string => id !== null))];
    if (contacts.length === 0) {
      plan.counts.interactions.skipped++;
      continue;
    }
    plan.interactions.push({ interaction, id: state ? newId() : interaction.id, contacts });
    plan.counts.interactions.added++;
  }

  for (const task of related.tasks) {
    const state = taskState.get(task.id);
    if ((state && state.deleted_at === null) || (task.repeatOf !== null && nextOccurrence.get(task.repeatOf) !== undefined)) {
      plan.counts.tasks.already++;
      continue;
    }
    const contact = task.contactId === null ? null : contactOf(task.contactId);
    if (task.contactId !== null && contact === null) {
      plan.counts.tasks.skipped++;
      continue;
    }
    plan.tasks.push({ task, id: state ? newId() : task.id, contact });
    plan.counts.tasks.added++;
  }
  if (related.purchases) {
    plan.purchases = planPurchases(sqlite, related.purchases, related.products ?? [], contactOf);
    plan.counts.purchases = plan.purchases.counts;
  }
  return plan;
}

/**
 * Writes the planned interactions and tasks in the import's transaction, each remembering the
 * batch (so undoing the import takes them away), and refreshes last contacted of everyone they
 * involve. `realId` turns a plan reference into the id of the contact the import created.
 */
export async function writeRelated(
  trx: Db,
  plan: RelatedPlan,
  options: { batchId: string; now: string; realId(target: string): string; /** Before each record: progress, and a cancel that rolls all back. */ step?(index: number): Promise<void> },
): Promise<void> {
  const involved = new Set<string>();
  let index = 0;
  for (const { interaction, id, contacts } of plan.interactions) {
    await options.step?.(index++);
    const contactIds = contacts.map(options.realId);
    for (const contactId of contactIds) involved.add(contactId);
    await insertInteraction(trx, {
      id,
      type: interaction.type,
      direction: interaction.direction,
      occurred_at: interaction.occurredAt,
      minutes: interaction.minutes,
      subject: interaction.subject,
      body: interaction.body,
      import_batch_id: options.batchId,
      created_at: interaction.createdAt,
      updated_at: interaction.updatedAt,
      deleted_at: null,
    }, contactIds);
  }
  for (const { task, id, contact } of plan.tasks) {
    await options.step?.(index++);
    await insertTask(trx, {
      id,
      title: task.title,
      due_date: task.dueDate,
      due_time: task.dueTime,
      contact_id: contact === null ? null : options.realId(contact),
      notes: task.notes,
      repeat: task.repeat,
      repeat_of: task.repeatOf,
      done_at: task.doneAt,
      import_batch_id: options.batchId,
      created_at: task.createdAt,
      updated_at: task.updatedAt,
      deleted_at: null,
    });
  }
  if (plan.interactions.some(({ interaction }) => CONTACTING_TYPES.has(interaction.type))) await refreshLastContacted(trx, [...involved], options.now);
  if (plan.purchases) await writePurchases(trx, plan.purchases, { batchId: options.batchId, realId: options.realId, step: () => options.step?.(index++) ?? Promise.resolve() });
}

/** Records the plan writes beside the contacts (for progress and "nothing to write"). */
export function relatedRecordCount(plan: RelatedPlan): number {
  return plan.interactions.length + plan.tasks.length + (plan.purchases?.purchases.length ?? 0) + (plan.purchases?.products.length ?? 0);
}
