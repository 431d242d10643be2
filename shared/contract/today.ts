import { z } from 'zod';
import { LANGUAGES } from '../domain/languages.ts';
import { keepInTouchFrequencySchema, localDateSchema, taskSchema, timeZoneSchema } from './tasks.ts';

/** A list on Today, cut to what a screen shows, with how many there are in all. */
const shortList = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const keepInTouchDueSchema = z.object({
  contactId: z.string(),
  displayName: z.string(),
  frequency: keepInTouchFrequencySchema,
  lastContactedAt: z.string().nullable(),
  /** The local date it became (or becomes) due. */
  due: z.string(),
});
export type KeepInTouchDue = z.infer<typeof keepInTouchDueSchema>;

export const todayBirthdaySchema = z.object({
  contactId: z.string(),
  displayName: z.string(),
  birthday: z.string(),
  /** The local date it falls on (29 February on 28 February in other years). */
  date: z.string(),
  inDays: z.number().int(),
  turns: z.number().int().nullable(),
});
export type TodayBirthday = z.infer<typeof todayBirthdaySchema>;

export const todaySchema = z.object({
  today: z.string(),
  overdue: shortList(taskSchema),
  dueToday: shortList(taskSchema),
  keepInTouch: shortList(keepInTouchDueSchema),
  /** Today's birthdays first, then the rest of the next two weeks. */
  birthdays: z.array(todayBirthdaySchema),
  /** Tasks due and keep-in-touch coming due in the next seven days (after today). */
  next: z.object({ tasks: shortList(taskSchema), keepInTouch: shortList(keepInTouchDueSchema) }),
  /** The sidebar's number: overdue and due tasks, keep-in-touch due, birthdays today. */
  count: z.number().int(),
});
export type Today = z.infer<typeof todaySchema>;

export const todayContract = {
  /** Everything Today shows, for the caller's local date and time zone. */
  'today.get': {
    input: z.object({ today: localDateSchema, timeZone: timeZoneSchema.optional(), limit: z.number().int().min(1).max(500).default(100) }),
    output: todaySchema,
  },
} as const;

export const calendarContract = {
  /**
   * Writes an iCalendar (.ics) file of open dated tasks, keep-in-touch dates and birthdays: to
   * `file`, or to a new file in `folder`. Written whole or not at all.
   */
  'calendar.export': {
    input: z
      .object({
        file: z.string().trim().min(1).max(4096).optional(),
        folder: z.string().trim().min(1, 'Choose a folder').max(4096).optional(),
        today: localDateSchema,
        timeZone: timeZoneSchema.optional(),
        /** The language of the event titles: the interface's (the CLI writes English). */
        language: z.enum(LANGUAGES).default('en'),
      })
      .refine((input) => (input.file === undefined) !== (input.folder === undefined), 'Give a file or a folder'),
    output: z.object({ path: z.string(), events: z.number().int(), bytes: z.number().int() }),
  },
} as const;
