import { z } from 'zod';
import { contactInputSchema, customFieldInputSchema, MAX_CUSTOM_FIELDS } from '../../../../shared/contract/contacts.ts';
import { KEEP_IN_TOUCH_FREQUENCIES } from '../../../../shared/domain/interaction-types.ts';
import { instantSchema, interactionInputSchema } from '../../../../shared/contract/interactions.ts';
import { localDateSchema, taskFieldsSchema } from '../../../../shared/contract/tasks.ts';
import type { ImportedInteraction, ImportedProduct, ImportedPurchase, ImportedTask } from '../import-record.ts';
import { purchaseRecordSchema, productRecordSchema, checkPurchaseReferences } from './carnet-json-purchases.ts';
import { DocumentProblem } from './document-problem.ts';

export { DocumentProblem };

/**
 * Carnet's own JSON export (export/json-export.ts) as the import reads it back: versions 1 to 3.
 * Every value is checked here, before anything is planned: a file that is not what Carnet writes
 * (a wrong type, a string over its bound, an id twice, an interaction naming someone the file does
 * not hold) is refused as a whole with what and where, so such a file never imports halfway.
 * Each record's own fields are checked by the contract's schemas, the rules a save follows:
 * `contactInputSchema`, `interactionInputSchema`, `taskFieldsSchema`.
 */

/** The versions this Carnet reads; a newer one is refused with "update Carnet". */
export const READABLE_VERSIONS = [1, 2, 3] as const;

/** Ids as Carnet writes them (UUIDs) or other tools might (letters, digits and . _ : -), bounded like the contract's. */
const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'Expected an id: 1 to 64 letters, digits, ".", "_", ":" or "-"');
/** Times as the contract reads them (normalized to `toISOString` form, as Carnet stores them). */
const instant = instantSchema;
const boundedString = (max: number) => z.string().max(max, `At most ${max.toLocaleString('en')} characters`);

/** What a contact record holds beside its editable fields (those are checked by contactInputSchema). */
const contactRecordSchema = z.looseObject({
  id: idSchema,
  kind: z.enum(['person', 'company']).optional(),
  // null for no company; its length is checked with the other fields (contactInputSchema).
  company: z.string().nullable().default(null),
  source: boundedString(100).default('carnet'),
  createdAt: instant,
  updatedAt: instant,
  customFields: z.array(customFieldInputSchema).max(MAX_CUSTOM_FIELDS).default([]),
  // Version 2.
  keepInTouch: z.enum(KEEP_IN_TOUCH_FREQUENCIES).nullable().default(null),
  keepInTouchSince: localDateSchema.nullable().default(null),
});

/** What an interaction record holds beside what a log holds (checked by the contract's interactionInputSchema). */
const interactionRecordSchema = z.looseObject({
  id: idSchema,
  occurredAt: z.string({ message: 'Expected a time such as 2026-11-24T10:00:00.000Z' }),
  createdAt: instant,
  updatedAt: instant,
});

/** What a task record holds beside a task's fields (checked by the contract's taskFieldsSchema). */
const taskRecordSchema = z.looseObject({
  id: idSchema,
  repeatOf: idSchema.nullable().default(null),
  doneAt: instant.nullable().default(null),
  createdAt: instant,
  updatedAt: instant,
});

const MAX_RECORDS = 2_000_000;

const documentSchema = z.object({
  format: z.literal('carnet'),
  version: z.number().int(),
  exportedAt: instant.optional(),
  contacts: z.array(contactRecordSchema).max(MAX_RECORDS).default([]),
  companies: z.array(contactRecordSchema).max(MAX_RECORDS).default([]),
  interactions: z.array(interactionRecordSchema).max(MAX_RECORDS * 10).default([]),
  tasks: z.array(taskRecordSchema).max(MAX_RECORDS).default([]),
  // Version 3.
  purchases: z.array(purchaseRecordSchema).max(MAX_RECORDS * 10).default([]),
  products: z.array(productRecordSchema).max(MAX_RECORDS).default([]),
});

export type ContactRecord = z.output<typeof contactRecordSchema>;
export type InteractionRecord = ImportedInteraction;
export type TaskRecord = ImportedTask;

export interface CarnetDocument {
  version: number;
  exportedAt: string | null;
  /** Company cards first, then people: a person's card exists before the person is linked to it. */
  contacts: { where: string; record: ContactRecord; fields: z.output<typeof contactInputSchema> }[];
  interactions: InteractionRecord[];
  tasks: TaskRecord[];
  purchases: ImportedPurchase[];
  products: ImportedProduct[];
}


/** "contacts[3].emails[0].value" from a zod path. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

/** The id of the record at the start of `path`, when the file gives it one (for the line number). */
function idAt(value: unknown, path: readonly PropertyKey[]): string | null {
  const list = (value as Record<string, unknown>)?.[String(path[0])];
  const item = Array.isArray(list) && typeof path[1] === 'number' ? (list[path[1]] as Record<string, unknown> | undefined) : undefined;
  return typeof item?.id === 'string' ? item.id : null;
}

/** Checks a parsed JSON value as a Carnet export; throws DocumentProblem at the first thing wrong. */
export function readCarnetDocument(value: unknown): CarnetDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== 'carnet') {
    throw new DocumentProblem('format', 'This is not a Carnet export: it has no "format": "carnet"');
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > Math.max(...READABLE_VERSIONS)) {
    throw new DocumentProblem('version', `It was written by a newer Carnet (export version ${version}; this one reads versions 1 to 3). Update Carnet to import it`);
  }
  if (!READABLE_VERSIONS.includes(version as 1 | 2 | 3)) throw new DocumentProblem('version', `Expected version 1, 2 or 3, found ${JSON.stringify(version)?.slice(0, 40)}`);
  const parsed = documentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DocumentProblem(pathText(issue.path), issue.message, idAt(value, issue.path));
  }
  const document = parsed.data;
  const contacts: CarnetDocument['contacts'] = [];
  for (const [list, kind] of [['companies', 'company'], ['contacts', 'person']] as const) {
    for (const [index, record] of document[list].entries()) {
      const where = `${list}[${index}]`;
      if (record.kind !== undefined && record.kind !== kind) {
        throw new DocumentProblem(`${where}.kind`, kind === 'person' ? 'A company card belongs under "companies"' : 'A person belongs under "contacts"', record.id);
      }
      const { id: _id, customFields: _custom, source: _source, createdAt: _created, updatedAt: _updated, keepInTouch: _kit, keepInTouchSince: _since, ...rest } = record;
      const fields = contactInputSchema.safeParse({ ...rest, kind, company: record.company ?? '' });
      if (!fields.success) {
        const issue = fields.error.issues[0]!;
        throw new DocumentProblem(`${where}.${pathText(issue.path)}`, issue.message, record.id);
      }
      contacts.push({ where, record, fields: fields.data });
    }
  }
  // Version 1 has no interactions or tasks: keys a version-1 file has by those names are not Carnet's.
  const interactions = document.version >= 2 ? document.interactions.map(interactionOf) : [];
  const tasks = document.version >= 2 ? document.tasks.map(taskOf) : [];
  checkReferences(contacts, interactions, tasks);
  // Versions 1 and 2 have no purchases or products, for the same reason.
  const purchases = document.version >= 3 ? document.purchases : [];
  const products = document.version >= 3 ? document.products : [];
  checkPurchaseReferences(new Set(contacts.map(({ record }) => record.id)), purchases, products);
  return { version: document.version, exportedAt: document.exportedAt ?? null, contacts, interactions, tasks, purchases, products };
}

/** An interaction record checked as a log is (type, direction, when, minutes, subject, body, who). */
function interactionOf(record: z.output<typeof interactionRecordSchema>, index: number): InteractionRecord {
  const fields = interactionInputSchema.safeParse(record);
  if (!fields.success) {
    const issue = fields.error.issues[0]!;
    throw new DocumentProblem(`interactions[${index}].${pathText(issue.path)}`, issue.message, record.id);
  }
  const { type, direction, occurredAt, minutes, subject, body, contactIds } = fields.data;
  return { id: record.id, type, direction, occurredAt: occurredAt!, minutes, subject, body, contactIds, createdAt: record.createdAt, updatedAt: record.updatedAt };
}

/** A task record checked as a task the user saves is (title, due date and time, notes, repeat rule). */
function taskOf(record: z.output<typeof taskRecordSchema>, index: number): TaskRecord {
  const fields = taskFieldsSchema.safeParse(record);
  if (!fields.success) {
    const issue = fields.error.issues[0]!;
    throw new DocumentProblem(`tasks[${index}].${pathText(issue.path)}`, issue.message, record.id);
  }
  const { title, dueDate, dueTime, contactId, notes, repeat } = fields.data;
  return {
    id: record.id, title, dueDate, dueTime, contactId, notes, repeat, repeatOf: record.repeatOf, doneAt: record.doneAt, createdAt: record.createdAt, updatedAt: record.updatedAt,
  };
}

/** Ids once per kind of record; every contact an interaction or task names is in the file; one next occurrence per repeating task. */
function checkReferences(contacts: CarnetDocument['contacts'], interactions: InteractionRecord[], tasks: TaskRecord[]): void {
  const contactAt = new Map<string, string>();
  for (const { where, record } of contacts) {
    const first = contactAt.get(record.id);
    if (first) throw new DocumentProblem(`${where}.id`, `The id ${record.id} is also the id of ${first}: each contact has its own`, record.id);
    contactAt.set(record.id, where);
  }
  const interactionAt = new Map<string, number>();
  for (const [index, interaction] of interactions.entries()) {
    const first = interactionAt.get(interaction.id);
    if (first !== undefined) throw new DocumentProblem(`interactions[${index}].id`, `The id ${interaction.id} is also the id of interactions[${first}]`, interaction.id);
    interactionAt.set(interaction.id, index);
    for (const [k, contactId] of interaction.contactIds.entries()) {
      if (!contactAt.has(contactId)) throw new DocumentProblem(`interactions[${index}].contactIds[${k}]`, `No contact or company with id ${contactId} in this file`, interaction.id);
    }
  }
  const taskAt = new Map<string, number>();
  const nextOf = new Map<string, number>();
  for (const [index, task] of tasks.entries()) {
    const first = taskAt.get(task.id);
    if (first !== undefined) throw new DocumentProblem(`tasks[${index}].id`, `The id ${task.id} is also the id of tasks[${first}]`, task.id);
    taskAt.set(task.id, index);
    if (task.contactId !== null && !contactAt.has(task.contactId)) throw new DocumentProblem(`tasks[${index}].contactId`, `No contact or company with id ${task.contactId} in this file`, task.id);
    if (task.repeatOf !== null) {
      const other = nextOf.get(task.repeatOf);
      if (other !== undefined) throw new DocumentProblem(`tasks[${index}].repeatOf`, `tasks[${other}] is already the next occurrence of ${task.repeatOf}`, task.id);
      nextOf.set(task.repeatOf, index);
    }
  }
}
