import type { Contact } from '../../../shared/contract/contacts.ts';
import type { Interaction } from '../../../shared/contract/interactions.ts';
import type { Task } from '../../../shared/contract/tasks.ts';
import type { KeepInTouchFrequency } from '../../../shared/domain/interaction-types.ts';
import type { CoreContext } from '../core-context.ts';
import type { Db } from '../db/schema.ts';
import { loadContact } from '../contacts/contact-query.ts';
import { loadInteractions } from '../interactions/interaction-query.ts';
import { TASK_COLUMNS, taskFromRow } from '../tasks/task-rows.ts';
import { eachExportedPurchase, exportedProducts, type ExportedProduct, type ExportedPurchase } from '../purchases/purchase-export.ts';
import { writeFileAtomicStreaming } from '../fs/atomic-stream.ts';
import { openReader } from '../db/open-database.ts';
import { nextTurn } from '../next-turn.ts';

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
 * and the product list, read in one transaction of its own (`inReadSnapshot`). In memory: for
 * tests and small exports; files are written by `writeJsonExport`, which never holds it whole.
 */
export async function buildJsonExport(ctx: CoreContext): Promise<CarnetJsonExport> {
  return inReadSnapshot(ctx, async (trx) => ({
    format: 'carnet',
    version: JSON_EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    contacts: await collect(eachContact(trx, 'person')),
    companies: await collect(eachContact(trx, 'company')),
    interactions: await collect(eachInteraction(trx)),
    tasks: await collect(eachTask(trx)),
    purchases: await collect(eachExportedPurchase(trx)),
    products: await exportedProducts(trx),
  }));
}

/**
 * Runs `read` in one read transaction on a connection of its own: one consistent picture while
 * saves go on, and the screens' reads (reports, Today) do not wait the minute a big export takes.
 */
async function inReadSnapshot<T>(ctx: CoreContext, read: (trx: Db) => Promise<T>): Promise<T> {
  const connection = openReader(ctx.database.path);
  try {
    return await connection.transaction().execute(read);
  } finally {
    await connection.destroy();
  }
}

/**
 * Writes the export to `target` as `JSON.stringify(buildJsonExport(), null, 2)` would, record by
 * record, whole or not at all (`writeFileAtomicStreaming`). Built as one string, the export of
 * 100k contacts and 400k purchases was 500 MB of text and 3.4 GB of memory, and a bigger one
 * passes V8's largest string and cannot be written at all.
 */
export async function writeJsonExport(ctx: CoreContext, target: string, progress?: ExportProgress): Promise<{ count: number; bytes: number }> {
  let count = 0;
  const bytes = await writeFileAtomicStreaming(target, (write) =>
    inReadSnapshot(ctx, async (trx) => {
      const total = progress ? await recordCount(trx) : 0;
      let done = 0;
      write(`{\n  "format": "carnet",\n  "version": ${JSON_EXPORT_VERSION},\n  "exportedAt": ${JSON.stringify(new Date().toISOString())},\n`);
      const section = async (key: keyof CarnetJsonExport, records: AsyncIterable<unknown> | Iterable<unknown>, last = false) => {
        write(`  ${JSON.stringify(key)}: [`);
        let written = 0;
        for await (const record of records) {
          // Each record indented as it sits inside the whole document: two levels down.
          write(`${written === 0 ? '\n' : ',\n'}    ${JSON.stringify(record, null, 2).replaceAll('\n', '\n    ')}`);
          written++;
          if (++done % PROGRESS_EVERY === 0) {
            await progress?.(Math.min(done, total), total);
            // Lets other requests in (better-sqlite3 answers synchronously): the app stays usable.
            await nextTurn();
          }
        }
        write(`${written === 0 ? ']' : '\n  ]'}${last ? '\n' : ',\n'}`);
        return written;
      };
      count += await section('contacts', eachContact(trx, 'person'));
      count += await section('companies', eachContact(trx, 'company'));
      await section('interactions', eachInteraction(trx));
      await section('tasks', eachTask(trx));
      await section('purchases', eachExportedPurchase(trx));
      await section('products', await exportedProducts(trx), true);
      write('}\n');
      if (progress) await progress(total, total);
    }),
  );
  return { count, bytes };
}

/** Told how far an export is (records written, records in all), every PROGRESS_EVERY records. */
export type ExportProgress = (done: number, total: number) => Promise<void>;
const PROGRESS_EVERY = 2_000;

/** The records an export writes, for its progress: counted up front, in the same read transaction. */
async function recordCount(trx: Db): Promise<number> {
  const live = async (table: 'contacts' | 'interactions' | 'tasks' | 'purchases' | 'products') =>
    Number((await trx.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('deleted_at', 'is', null).executeTakeFirstOrThrow()).n);
  let total = 0;
  for (const table of ['contacts', 'interactions', 'tasks', 'purchases', 'products'] as const) total += await live(table);
  return total;
}

async function collect<T>(records: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const record of records) all.push(record);
  return all;
}

/** Live people or company cards, sorted by name, as the contract gives them. */
async function* eachContact(trx: Db, kind: 'person' | 'company'): AsyncGenerator<ExportedContact> {
  const rows = await trx
    .selectFrom('contacts')
    .select(['id', 'keep_in_touch', 'keep_in_touch_since'])
    .where('deleted_at', 'is', null)
    .where('kind', '=', kind)
    .orderBy('sort_key')
    .orderBy('num')
    .execute();
  for (const row of rows) {
    const { companyId: _companyId, company, lastContactedAt: _lastContactedAt, ...rest } = await loadContact(trx, row.id);
    yield { ...rest, company: company || null, keepInTouch: row.keep_in_touch, keepInTouchSince: row.keep_in_touch_since };
  }
}

/** Live interactions, oldest first, read as the timeline reads them (only their live people), in rounds. */
async function* eachInteraction(trx: Db): AsyncGenerator<ExportedInteraction> {
  const ids = await trx.selectFrom('interactions').select('id').where('deleted_at', 'is', null).orderBy('occurred_at').orderBy('id').execute();
  for (let start = 0; start < ids.length; start += ROUND) {
    for (const { contacts, ...interaction } of await loadInteractions(trx, ids.slice(start, start + ROUND).map((row) => row.id))) {
      // One whose people are all in the trash is shown nowhere, and an interaction involves someone.
      if (contacts.length === 0) continue;
      // By id: the same order in every database the records travel to.
      yield { ...interaction, contactIds: contacts.map((contact) => contact.id).sort() };
    }
  }
}

async function* eachTask(trx: Db): AsyncGenerator<ExportedTask> {
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
  for (const row of rows) {
    const { contactName: _name, ...task } = taskFromRow(row);
    yield task;
  }
}
