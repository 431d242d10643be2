import type { Contact } from '../../../shared/contract/contacts.ts';
import type { InteractionType, KeepInTouchFrequency } from '../../../shared/domain/interaction-types.ts';
import type { CoreContext } from '../core-context.ts';
import type { Db } from '../db/schema.ts';
import { loadContact } from '../contacts/contact-query.ts';

/**
 * Carnet's public, versioned JSON export (documented in the README, "The JSON export format").
 * Later versions only add keys: version 2 adds `interactions`, `tasks` and each contact's
 * keep-in-touch, so a reader of version 1 that ignores unknown keys still reads the contacts.
 * Carnet imports its own export of either version (import/json/).
 */
export const JSON_EXPORT_VERSION = 2;

export interface CarnetJsonExport {
  format: 'carnet';
  version: typeof JSON_EXPORT_VERSION;
  exportedAt: string;
  contacts: ExportedContact[];
  companies: ExportedContact[];
  interactions: ExportedInteraction[];
  tasks: ExportedTask[];
}

export type ExportedContact = Omit<Contact, 'companyId' | 'company'> & {
  company: string | null;
  /** Version 2: how often to keep in touch ('2w', '1m', '3m', '6m', '1y'), or null. */
  keepInTouch: KeepInTouchFrequency | null;
  /** Version 2: the local date ('YYYY-MM-DD') the frequency was set, or null. */
  keepInTouchSince: string | null;
};

export interface ExportedInteraction {
  id: string;
  type: InteractionType;
  direction: 'in' | 'out' | null;
  /** An instant, ISO 8601 UTC. */
  occurredAt: string;
  minutes: number | null;
  subject: string;
  body: string;
  /** The people and companies it involves: ids of `contacts` and `companies` in the same file. */
  contactIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ExportedTask {
  id: string;
  title: string;
  /** Local, floating 'YYYY-MM-DD', or null. */
  dueDate: string | null;
  /** Local, floating 'HH:MM' (only with a due date), or null. */
  dueTime: string | null;
  /** A contact or company of the same file, or null. */
  contactId: string | null;
  notes: string;
  /** An RFC 5545 RRULE ('FREQ=WEEKLY;INTERVAL=2'), or null. */
  repeat: string | null;
  /** The repeating task this one is the next occurrence of, or null. */
  repeatOf: string | null;
  /** When it was done (ISO 8601 UTC), or null while open. */
  doneAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Every live contact (people under `contacts`, company cards under `companies`, sorted by name),
 * every live interaction (oldest first) naming the live people it involves, and every live task
 * (oldest first). Read in one transaction: one consistent picture.
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
      const { companyId: _companyId, company, ...rest } = await loadContact(trx, row.id);
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
    };
  });
}

async function exportedInteractions(trx: Db): Promise<ExportedInteraction[]> {
  const rows = await trx.selectFrom('interactions').selectAll().where('deleted_at', 'is', null).orderBy('occurred_at').orderBy('id').execute();
  // Only the live people: the trashed ones are not in the file.
  const links = await trx
    .selectFrom('interaction_contacts as l')
    .innerJoin('contacts as c', 'c.id', 'l.contact_id')
    .innerJoin('interactions as i', 'i.id', 'l.interaction_id')
    .select(['l.interaction_id', 'l.contact_id'])
    .where('c.deleted_at', 'is', null)
    .where('i.deleted_at', 'is', null)
    // By id: the same order in every database the records travel to.
    .orderBy('l.interaction_id')
    .orderBy('l.contact_id')
    .execute();
  const people = new Map<string, string[]>();
  for (const link of links) {
    const list = people.get(link.interaction_id);
    if (list) list.push(link.contact_id);
    else people.set(link.interaction_id, [link.contact_id]);
  }
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    direction: row.direction,
    occurredAt: row.occurred_at,
    minutes: row.minutes,
    subject: row.subject,
    body: row.body,
    contactIds: people.get(row.id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

async function exportedTasks(trx: Db): Promise<ExportedTask[]> {
  const rows = await trx
    .selectFrom('tasks')
    .leftJoin('contacts as c', 'c.id', 'tasks.contact_id')
    .selectAll('tasks')
    .where('tasks.deleted_at', 'is', null)
    // A task of a trashed contact is in the trash with it; never one naming someone not in the file.
    .where((eb) => eb.or([eb('tasks.contact_id', 'is', null), eb('c.deleted_at', 'is', null)]))
    .orderBy('tasks.created_at')
    .orderBy('tasks.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    dueDate: row.due_date,
    dueTime: row.due_time,
    contactId: row.contact_id,
    notes: row.notes,
    repeat: row.repeat,
    repeatOf: row.repeat_of,
    doneAt: row.done_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}
