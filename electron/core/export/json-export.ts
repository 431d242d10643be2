import type { Contact } from '../../../shared/contract/contacts.ts';
import type { Interaction } from '../../../shared/contract/interactions.ts';
import type { Task } from '../../../shared/contract/tasks.ts';
import type { KeepInTouchFrequency } from '../../../shared/domain/interaction-types.ts';
import type { CoreContext } from '../core-context.ts';
import type { Db } from '../db/schema.ts';
import { loadContact } from '../contacts/contact-query.ts';
import { loadInteractions } from '../interactions/interaction-query.ts';
import { TASK_COLUMNS, taskFromRow } from '../tasks/task-rows.ts';
import { exportedProducts, exportedPurchases, type ExportedProduct, type ExportedPurchase } from '../purchases/purchase-export.ts';

/** Interactions read per round: bounded statements. */
const ROUND = 500;

/**
 * Carnet's public, versioned JSON export (documented in the README, "The JSON export format").
 * Later versions only add keys: version 2 adds `interactions`, `tasks` and each contact's
 * keep-in-touch, version 3 adds `purchases` (with their lines) and `products`, so a reader of an
 * earlier version that ignores unknown keys still reads what it knows. Carnet imports its own
 * export of any of these versions (import/json/).
 */
export const JSON_EXPORT_VERSION = 3;

export interface CarnetJsonExport {
  format: 'carnet';
  version: typeof JSON_EXPORT_VERSION;
  exportedAt: string;
  contacts: ExportedContact[];
  companies: ExportedContact[];
  interactions: ExportedInteraction[];
  tasks: ExportedTask[];
  /** Version 3. */
  purchases: ExportedPurchase[];
  /** Version 3. */
  products: ExportedProduct[];
}

/** `lastContactedAt` is left out: it is worked out from the interactions, not something a contact holds. */
export type ExportedContact = Omit<Contact, 'companyId' | 'company' | 'lastContactedAt'> & {
  company: string | null;
  /** Version 2: how often to keep in touch ('2w', '1m', '3m', '6m', '1y'), or null. */
  keepInTouch: KeepInTouchFrequency | null;
  /** Version 2: the local date ('YYYY-MM-DD') the frequency was set, or null. */
  keepInTouchSince: string | null;
};

/** An interaction as the contract gives it, naming the people it involves by id (records of the same file, sorted). */
export type ExportedInteraction = Omit<Interaction, 'contacts'> & { contactIds: string[] };

/** A task as the contract gives it, without the contact's name (the file holds the contact). */
export type ExportedTask = Omit<Task, 'contactName'>;

/**
 * Every live contact (people under `contacts`, company cards under `companies`, sorted by name),
 * every live interaction that involves one of them (oldest first) naming the live people it
 * involves, every live task (oldest first), every live purchase of a live contact (oldest first)
 * and the product list. Read in one transaction: one consistent picture.
 */
export async function buildJsonExport(ctx: CoreContext): Promise<CarnetJsonExport> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('contacts')
      .select(['id', 'kind', 'keep_in_touch', 'keep_in_touch_since'])
      .where('deleted_at', 'is', null)
      .orderBy('sort_key')
      .orderBy('num')
      .execute();
    const contacts: ExportedContact[] = [];
    const companies: ExportedContact[] = [];
    for (const row of rows) {
      const { companyId: _companyId, company, lastContactedAt: _lastContactedAt, ...rest } = await loadContact(trx, row.id);
      const exported: ExportedContact = { ...rest, company: company || null, keepInTouch: row.keep_in_touch, keepInTouchSince: row.keep_in_touch_since };
      (row.kind === 'company' ? companies : contacts).push(exported);
    }
    return {
      format: 'carnet',
      version: JSON_EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      contacts,
      companies,
      interactions: await exportedInteractions(trx),
      tasks: await exportedTasks(trx),
      purchases: await exportedPurchases(trx),
      products: await exportedProducts(trx),
    };
  });
}

/** Live interactions, oldest first, read as the timeline reads them (only their live people), in rounds. */
async function exportedInteractions(trx: Db): Promise<ExportedInteraction[]> {
  const ids = await trx.selectFrom('interactions').select('id').where('deleted_at', 'is', null).orderBy('occurred_at').orderBy('id').execute();
  const exported: ExportedInteraction[] = [];
  for (let start = 0; start < ids.length; start += ROUND) {
    for (const { contacts, ...interaction } of await loadInteractions(trx, ids.slice(start, start + ROUND).map((row) => row.id))) {
      // One whose people are all in the trash is shown nowhere, and an interaction involves someone.
      if (contacts.length === 0) continue;
      // By id: the same order in every database the records travel to.
      exported.push({ ...interaction, contactIds: contacts.map((contact) => contact.id).sort() });
    }
  }
  return exported;
}

async function exportedTasks(trx: Db): Promise<ExportedTask[]> {
  const rows = await trx
    .selectFrom('tasks')
    .leftJoin('contacts', 'contacts.id', 'tasks.contact_id')
    .select(TASK_COLUMNS)
    .where('tasks.deleted_at', 'is', null)
    // A task of a trashed contact is in the trash with it; never one naming someone not in the file.
    .where((eb) => eb.or([eb('tasks.contact_id', 'is', null), eb('contacts.deleted_at', 'is', null)]))
    .orderBy('tasks.created_at')
    .orderBy('tasks.id')
    .execute();
  return rows.map((row) => {
    const { contactName: _name, ...task } = taskFromRow(row);
    return task;
  });
}
