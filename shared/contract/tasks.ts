import { z } from 'zod';
import { isLocalDate, isTimeZone, LOCAL_TIME_PATTERN } from '../domain/local-date.ts';
import { KEEP_IN_TOUCH_FREQUENCIES } from '../domain/interaction-types.ts';
import { normalizeRepeatRule, RepeatRuleError } from '../domain/recurrence.ts';

/** What the task schemas say about bad input (the CLI prints these; the form words them itself). */
export const taskMessages = {
  titleEmpty: 'Give the task a title',
  dateFormat: 'Use a date such as 2026-03-14 (YYYY-MM-DD)',
  timeFormat: 'Use a time such as 09:30 (HH:MM, 24-hour)',
  timeNeedsDate: 'A time needs a due date',
  repeatNeedsDate: 'A repeating task needs a due date to count from',
  timeZone: 'Not a time zone this system knows (e.g. Europe/Paris)',
};
const m = taskMessages;

/** A local calendar date, 'YYYY-MM-DD' (floating: no time zone). */
export const localDateSchema = z.string().refine(isLocalDate, m.dateFormat);
/** A local wall-clock time, 'HH:MM'. */
export const localTimeSchema = z.string().regex(LOCAL_TIME_PATTERN, m.timeFormat);
/** An IANA time zone ('Europe/Paris'): turns the stored instants (last contacted) into local dates. */
export const timeZoneSchema = z.string().min(1).max(100).refine(isTimeZone, m.timeZone);

/** An RFC 5545 RRULE, stored in its normal form ('FREQ=WEEKLY;INTERVAL=2'). */
export const repeatRuleSchema = z.string().transform((value, ctx) => {
  try {
    return normalizeRepeatRule(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: error instanceof RepeatRuleError ? error.message : String(error) });
    return z.NEVER;
  }
});

export const taskFieldsSchema = z
  .object({
    title: z.string().trim().min(1, m.titleEmpty).max(500),
    dueDate: localDateSchema.nullable().default(null),
    dueTime: localTimeSchema.nullable().default(null),
    /** The person or company it is about. */
    contactId: z.string().min(1).max(64).nullable().default(null),
    notes: z.string().max(100_000).default(''),
    repeat: repeatRuleSchema.nullable().default(null),
  })
  .superRefine((task, ctx) => {
    if (task.dueTime !== null && task.dueDate === null) ctx.addIssue({ code: 'custom', path: ['dueTime'], message: m.timeNeedsDate });
    if (task.repeat !== null && task.dueDate === null) ctx.addIssue({ code: 'custom', path: ['repeat'], message: m.repeatNeedsDate });
  });
export type TaskFieldsInput = z.input<typeof taskFieldsSchema>;
export type TaskFields = z.output<typeof taskFieldsSchema>;

export const taskSchema = z.object({
  id: z.string(),
  title: z.string(),
  dueDate: z.string().nullable(),
  dueTime: z.string().nullable(),
  contactId: z.string().nullable(),
  /** The contact's display name, to show beside the title. */
  contactName: z.string().nullable(),
  notes: z.string(),
  repeat: z.string().nullable(),
  /** The task this occurrence follows (completing that one created it). */
  repeatOf: z.string().nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Task = z.infer<typeof taskSchema>;

export const taskDueFilterSchema = z.enum(['all', 'overdue', 'today', 'week', 'undated']);
export type TaskDueFilter = z.infer<typeof taskDueFilterSchema>;

export const keepInTouchFrequencySchema = z.enum(KEEP_IN_TOUCH_FREQUENCIES);

export const keepInTouchSchema = z.object({
  contactId: z.string(),
  frequency: keepInTouchFrequencySchema.nullable(),
  /** The local date the frequency was set. */
  since: z.string().nullable(),
  lastContactedAt: z.string().nullable(),
  /** When the next contact is due (local date); null without a frequency. */
  nextDue: z.string().nullable(),
});
export type KeepInTouch = z.infer<typeof keepInTouchSchema>;

const idInput = z.object({ id: z.string().min(1).max(64) });
/** The caller's own today and zone: the core runs wherever, the user's calendar is theirs. */
const whenInput = { today: localDateSchema, timeZone: timeZoneSchema.optional() };

export const tasksContract = {
  'tasks.add': { input: taskFieldsSchema, output: taskSchema },
  'tasks.update': { input: z.object({ id: z.string().min(1).max(64), fields: taskFieldsSchema }), output: taskSchema },
  /**
   * Marks a task done. A repeating task's next occurrence is created as a new task (counted from
   * the due date) and returned as `next`; completing a task that is already done changes nothing.
   */
  'tasks.complete': { input: idInput, output: z.object({ task: taskSchema, next: taskSchema.nullable() }) },
  /**
   * The undo of a complete: the task is open again, and the next occurrence completing it created
   * is removed when nobody has touched it since (otherwise it stays and `nextKept` says so).
   */
  'tasks.reopen': { input: idInput, output: z.object({ task: taskSchema, nextRemoved: z.boolean(), nextKept: z.boolean() }) },
  /** Moves the due date: tomorrow, the same weekday next week, or a date (the time stays). */
  'tasks.snooze': {
    input: z.object({
      id: z.string().min(1).max(64),
      to: z.union([z.enum(['tomorrow', 'next-week']), z.object({ date: localDateSchema })]),
      today: localDateSchema,
    }),
    output: taskSchema,
  },
  /** Moves a task to the trash; `tasks.restore` brings it back (the undo). */
  'tasks.delete': { input: idInput, output: z.object({ id: z.string() }) },
  'tasks.restore': { input: idInput, output: taskSchema },
  'tasks.get': { input: idInput, output: taskSchema },
  /** Tasks soonest first (undated last): of one contact, by due filter, open only unless asked. */
  'tasks.list': {
    input: z.object({
      contactId: z.string().min(1).max(64).nullable().default(null),
      due: taskDueFilterSchema.default('all'),
      /** Needed by every filter but 'all' and 'undated'. */
      today: localDateSchema.optional(),
      includeDone: z.boolean().default(false),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.object({ items: z.array(taskSchema), total: z.number().int() }),
  },
  'contacts.keepInTouch': { input: z.object({ id: z.string().min(1).max(64), ...whenInput }), output: keepInTouchSchema },
  /** Sets (or with null, stops) how often to be in touch; counts from today for someone never contacted. */
  'contacts.setKeepInTouch': {
    input: z.object({ id: z.string().min(1).max(64), frequency: keepInTouchFrequencySchema.nullable(), ...whenInput }),
    output: keepInTouchSchema,
  },
} as const;
