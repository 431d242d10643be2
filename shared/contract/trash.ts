import { z } from 'zod';
import { contactKindSchema } from './contacts.ts';

const contactId = z.string().min(1).max(64);
const batchId = z.string().min(1).max(64);
/** Ids given at once to restore or delete forever (a screen's selection); a whole import goes by `batchId`. */
export const MAX_TRASH_IDS = 1000;
const idList = z.array(contactId).min(1, 'Say which contacts').max(MAX_TRASH_IDS, `At most ${MAX_TRASH_IDS} contacts at once`);

/** The import a contact was removed by, when it went to the trash because that import was undone. */
export const trashBatchSchema = z.object({ id: z.string(), fileName: z.string(), importedAt: z.string(), undoneAt: z.string() });

/** One contact in the trash: enough to recognise it, and when and why it went there. */
export const trashItemSchema = z.object({
  id: z.string(),
  kind: contactKindSchema,
  displayName: z.string(),
  /** A person's company name ('' for company cards and people without one). */
  company: z.string(),
  primaryEmail: z.string().nullable(),
  deletedAt: z.string(),
  /** `deleted`: the user deleted it. `import_undone`: undoing the import in `batch` removed it. */
  reason: z.enum(['deleted', 'import_undone']),
  batch: trashBatchSchema.nullable(),
});
export type TrashItem = z.infer<typeof trashItemSchema>;

/** An undone import with contacts still in the trash, so they can be found and restored together. */
export const trashImportSchema = trashBatchSchema.extend({ people: z.number().int(), companies: z.number().int() });
export type TrashImport = z.infer<typeof trashImportSchema>;

/** People and company cards counted apart ("1 contact, 1 company", not "2 contacts"). */
const kindCounts = { people: z.number().int(), companies: z.number().int() };

const jobId = z.string().min(1).max(64).optional();

export const trashContract = {
  /** The trash, newest deletion first, one page at a time; only what one undone import removed with `batchId`. */
  'trash.list': {
    input: z.object({
      batchId: batchId.nullable().default(null),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
    output: z.object({ items: z.array(trashItemSchema), total: z.number().int(), ...kindCounts, retentionDays: z.number().int() }),
  },
  /** Undone imports whose contacts are (partly) still in the trash, newest undo first. */
  'trash.imports': { input: z.object({}), output: z.array(trashImportSchema) },
  /**
   * Brings contacts back as ordinary live contacts: the given ones, or every contact one undone
   * import removed (`batchId`). A person whose company card is also in the trash gets it back too
   * (or is linked to a live card of the same name). Unknown ids, or ids not in the trash: not_found,
   * nothing restored. Progress events with `jobId` for big restores.
   */
  'trash.restore': {
    input: z
      .object({ ids: idList.optional(), batchId: batchId.optional(), jobId })
      .refine((input) => (input.ids === undefined) !== (input.batchId === undefined), { message: 'Give either ids or batchId (one of them)', path: ['ids'] }),
    output: z.object({ restored: z.number().int(), ...kindCounts }),
  },
  /** Deletes contacts in the trash for good, with every row that belongs to them. Not in the trash: not_found. */
  'trash.delete': { input: z.object({ ids: idList }), output: z.object({ deleted: z.number().int(), ...kindCounts }) },
  /** Deletes everything in the trash for good. Progress events with `jobId`. */
  'trash.empty': { input: z.object({ jobId }), output: z.object({ deleted: z.number().int(), ...kindCounts }) },
  /** Stops a running restore or empty-trash job: it ends with a `cancelled` error and changes nothing. */
  'trash.cancel': { input: z.object({ jobId: z.string().min(1).max(64) }), output: z.object({ cancelled: z.boolean() }) },
} as const;
