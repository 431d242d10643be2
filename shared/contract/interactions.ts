import { z } from 'zod';
import { DIRECTED_TYPES, INTERACTION_TYPES } from '../domain/interaction-types.ts';
import { contactKindSchema } from './contacts.ts';
import { paymentStatusSchema } from './purchases.ts';

/**
 * What the interaction schemas say about bad input (by path, in `CarnetError.issues`); the form
 * shows its own translated words for the same problems.
 */
export const interactionMessages = {
  noDirection: 'Only a call, an email or a message has a direction',
  notAnInstant: 'Use an ISO 8601 date and time with a zone, e.g. 2026-03-05T14:30:00Z',
  outOfRange: 'The date must fall between the years 1900 and 2200',
  noContacts: 'Say who the interaction involves',
  tooManyContacts: (max: number) => `At most ${max} people involved`,
  tooLong: (max: number) => `At most ${max.toLocaleString('en')} characters`,
  minutes: (max: number) => `Minutes run from 0 to ${max.toLocaleString('en')}`,
};
const m = interactionMessages;

/** A week: longer than any meeting or visit, short enough to catch hours typed as minutes twice. */
export const MAX_MINUTES = 7 * 24 * 60;
/** People one interaction may involve (a meeting with a whole team, not a mailing). */
export const MAX_INTERACTION_CONTACTS = 50;
export const MAX_SUBJECT = 300;
export const MAX_BODY = 100_000;

export const interactionTypeSchema = z.enum(INTERACTION_TYPES);
export const directionSchema = z.enum(['in', 'out']);

const contactId = z.string().min(1).max(64);

/**
 * An instant with its zone ("2026-03-05T14:30:00Z", "2026-03-05T15:30+01:00"), stored as UTC
 * (`toISOString`, so stored times order as text). Years outside 1900-2200 are typing slips.
 */
export const instantSchema = z
  .string()
  .max(40)
  .pipe(z.iso.datetime({ offset: true, local: false, message: m.notAnInstant }))
  .transform((value) => new Date(value).toISOString())
  .refine((iso) => iso >= '1900-01-01' && iso < '2201-01-01', m.outOfRange);

/**
 * What a user logs: type, when (the core's now when left out), direction where the type has one,
 * minutes, subject, body, and the contacts involved (repeats dropped, order kept).
 */
export const interactionInputSchema = z
  .object({
    type: interactionTypeSchema,
    direction: directionSchema.nullable().default(null),
    occurredAt: instantSchema.optional(),
    minutes: z.number().int().min(0, m.minutes(MAX_MINUTES)).max(MAX_MINUTES, m.minutes(MAX_MINUTES)).nullable().default(null),
    subject: z.string().trim().max(MAX_SUBJECT, m.tooLong(MAX_SUBJECT)).default(''),
    body: z.string().max(MAX_BODY, m.tooLong(MAX_BODY)).default(''),
    contactIds: z
      .array(contactId)
      .min(1, m.noContacts)
      .max(MAX_INTERACTION_CONTACTS, m.tooManyContacts(MAX_INTERACTION_CONTACTS))
      .transform((ids) => [...new Set(ids)]),
  })
  .superRefine((input, ctx) => {
    if (input.direction !== null && !DIRECTED_TYPES.has(input.type)) ctx.addIssue({ code: 'custom', path: ['direction'], message: m.noDirection });
  });
export type InteractionInput = z.input<typeof interactionInputSchema>;
export type InteractionFields = z.output<typeof interactionInputSchema>;

/** A contact an interaction involves, as a timeline names it. */
export const involvedContactSchema = z.object({ id: z.string(), displayName: z.string(), kind: contactKindSchema });

export const interactionSchema = z.object({
  id: z.string(),
  type: interactionTypeSchema,
  direction: directionSchema.nullable(),
  occurredAt: z.string(),
  minutes: z.number().int().nullable(),
  subject: z.string(),
  body: z.string(),
  /** The live contacts it involves (one in the trash is not listed), in name order. */
  contacts: z.array(involvedContactSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interaction = z.infer<typeof interactionSchema>;

/** A completed task, as a timeline shows it. */
export const timelineTaskSchema = z.object({
  id: z.string(),
  title: z.string(),
  notes: z.string(),
  dueDate: z.string().nullable(),
  dueTime: z.string().nullable(),
  doneAt: z.string(),
  contactId: z.string().nullable(),
});

/** A purchase, as a timeline shows it: its total and what was bought, in short (`purchases.get` has every line). */
export const timelinePurchaseSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  purchasedOn: z.string(),
  currency: z.string(),
  totalMinor: z.number().int(),
  reference: z.string(),
  paymentStatus: paymentStatusSchema,
  /** The first few lines' items, in line order. */
  items: z.array(z.string()),
  lineCount: z.number().int(),
});
export type TimelinePurchase = z.infer<typeof timelinePurchaseSchema>;

/**
 * One entry of a timeline: a union over its sources, told apart by `source`. `at` is the instant
 * it is placed at (an interaction's time, a task's completion). A later issue adds a source
 * (purchases, merges, imports) by adding a member here and a source in electron/core/timeline/.
 */
export const timelineEntrySchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('interaction'), at: z.string(), interaction: interactionSchema }),
  z.object({ source: z.literal('task'), at: z.string(), task: timelineTaskSchema }),
  /** A purchase is placed at midday UTC of its date (a purchase has a day, not a time). */
  z.object({ source: z.literal('purchase'), at: z.string(), purchase: timelinePurchaseSchema }),
]);
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type TimelineSource = TimelineEntry['source'];

/** The id of the record an entry shows (an interaction's, a task's, a purchase's). */
export function timelineEntryId(entry: TimelineEntry): string {
  switch (entry.source) {
    case 'interaction':
      return entry.interaction.id;
    case 'task':
      return entry.task.id;
    case 'purchase':
      return entry.purchase.id;
  }
}

/** What a timeline can be filtered by: each interaction type, completed tasks and purchases. */
export const TIMELINE_KINDS = [...INTERACTION_TYPES, 'task', 'purchase'] as const;
export const timelineKindSchema = z.enum(TIMELINE_KINDS);
export type TimelineKind = z.infer<typeof timelineKindSchema>;

const idInput = z.object({ id: z.string().min(1).max(64) });

export const interactionsContract = {
  /** Logs an interaction on every contact it involves; their last-contacted dates follow. */
  'interactions.log': { input: interactionInputSchema, output: interactionSchema },
  /** Replaces every field (an `occurredAt` left out keeps the stored time). */
  'interactions.update': { input: z.object({ id: z.string().min(1).max(64), fields: interactionInputSchema }), output: interactionSchema },
  /** Soft delete: `interactions.restore` with the same id is its Undo. */
  'interactions.delete': { input: idInput, output: z.object({ id: z.string(), contactIds: z.array(z.string()) }) },
  'interactions.restore': { input: idInput, output: interactionSchema },
  'interactions.get': { input: idInput, output: interactionSchema },
  /**
   * A contact's timeline, newest first, one page at a time: pass the `next` cursor of a page to get
   * the following one (null: no more). A company's timeline holds its people's entries too.
   * `kinds` keeps only those kinds (empty: everything).
   */
  'timeline.page': {
    input: z.object({
      contactId,
      cursor: z.string().max(300).nullable().default(null),
      limit: z.number().int().min(1).max(100).default(30),
      kinds: z.array(timelineKindSchema).max(TIMELINE_KINDS.length).default([]),
    }),
    output: z.object({ entries: z.array(timelineEntrySchema), next: z.string().nullable() }),
  },
} as const;
