import { z } from 'zod';
import { rfmSegmentSchema } from './reports.ts';

/** A very small, permissive email check: one @, something on both sides, a dot in the domain. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * What the contact schemas say about bad input. The core answers with these (by path, in
 * `CarnetError.issues`) and the editor shows the same ones, checking a draft with these schemas.
 */
export const contactMessages = {
  emailEmpty: 'Email is empty',
  notAnEmail: 'This is not an email address',
  phoneEmpty: 'Phone is empty',
  phoneNeedsDigits: 'A phone number needs digits',
  websiteEmpty: 'Website is empty',
  birthdayFormat: 'Use YYYY-MM-DD, or --MM-DD without a year',
  noSuchDate: 'This date does not exist',
  customFieldName: 'Give this field a name',
  tooLong: (max: number) => `At most ${max.toLocaleString('en')} characters`,
  tooMany: (max: number, what: string) => `At most ${max.toLocaleString('en')} ${what}`,
  needsName: 'Give the contact a name, a company, an email or a phone',
  needsCompanyName: 'Give the company a name',
};
const m = contactMessages;

/** Trimmed text of at most `max` characters, saying so in words. */
const boundedText = (max: number) => z.string().trim().max(max, m.tooLong(max));
/** At most `max` of something, saying so in words ("At most 50 emails"). */
const boundedList = <T extends z.ZodType>(item: T, max: number, what: string) => z.array(item).max(max, m.tooMany(max, what));

/** Labels are free text (users type "Shop", "Assistant"), trimmed and bounded. */
const label = boundedText(60).default('');

export const emailSchema = z.object({
  label,
  value: boundedText(254).min(1, m.emailEmpty).regex(EMAIL_PATTERN, m.notAnEmail),
});

export const phoneInputSchema = z.object({
  label,
  value: boundedText(40).min(1, m.phoneEmpty).regex(/\d/, m.phoneNeedsDigits),
});

export const phoneSchema = phoneInputSchema.extend({
  /** The number in E.164 form (+33612345678) when it could be understood, otherwise null. */
  e164: z.string().nullable(),
});

export const addressSchema = z.object({
  label,
  street: boundedText(500).default(''),
  city: boundedText(200).default(''),
  region: boundedText(200).default(''),
  postalCode: boundedText(40).default(''),
  country: boundedText(200).default(''),
});

export const websiteSchema = z.object({
  label,
  value: boundedText(2048).min(1, m.websiteEmpty),
});

/** A full date `YYYY-MM-DD`, or a year-less one `--MM-DD`, checked against the calendar. */
export const birthdaySchema = z
  .string()
  .regex(/^(\d{4}-|--)\d{2}-\d{2}$/, m.birthdayFormat)
  .refine(isRealBirthday, m.noSuchDate);

function isRealBirthday(value: string): boolean {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = match[1] === '-' ? 2000 : Number(match[1]); // 2000 is a leap year, so --02-29 is valid.
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A value kept under its own label ("Shoe size": "38"), as an import keeps a column Carnet has no
 * field for. The bounds are the import's own (labels cut at 100, values at 100,000 like notes, up
 * to 1,000 of them), so a contact an import made can always be saved again from the editor.
 */
export const MAX_CUSTOM_FIELDS = 1000;
export const customFieldInputSchema = z.object({
  label: boundedText(100).min(1, m.customFieldName),
  value: boundedText(100_000),
});

export const contactKindSchema = z.enum(['person', 'company']);

const shortText = (max: number) => boundedText(max).default('');

/**
 * What a user can edit on a contact, field by field, before the rules that span fields: zod
 * cannot pick or extend a schema with refinements, so the editor checks single fields with this.
 */
export const contactObjectSchema = z.object({
  kind: contactKindSchema.default('person'),
  firstName: shortText(200),
  lastName: shortText(200),
  /** Person: the company they work for (matched by name). Company card: the company's own name. */
  company: shortText(300),
  title: shortText(200),
  emails: boundedList(emailSchema, 50, 'emails').default([]),
  phones: boundedList(phoneInputSchema, 50, 'phones').default([]),
  addresses: boundedList(addressSchema, 20, 'addresses').default([]),
  websites: boundedList(websiteSchema, 20, 'websites').default([]),
  birthday: birthdaySchema.nullable().default(null),
  tags: boundedList(boundedText(60).min(1), 100, 'tags').default([]),
  notes: z.string().max(100_000, m.tooLong(100_000)).default(''),
  /** When given, replaces the contact's custom fields (empty values dropped); when absent, they stay as they are. */
  customFields: boundedList(customFieldInputSchema, MAX_CUSTOM_FIELDS, 'other fields').optional(),
});

/**
 * What a user can edit on a contact: a contact needs something to be called by. The issue names
 * the field the editor shows for it (a company card's name; a person's first name) and carries
 * `params.unnamed`, so callers tell it apart without reading the message.
 */
export const contactInputSchema = contactObjectSchema.superRefine((c, ctx) => {
  if (c.kind === 'company') {
    if (c.company === '') ctx.addIssue({ code: 'custom', path: ['company'], message: m.needsCompanyName, params: { unnamed: true } });
  } else if (c.firstName === '' && c.lastName === '' && c.company === '' && c.emails.length === 0 && c.phones.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['firstName'], message: m.needsName, params: { unnamed: true } });
  }
});

export type ContactInput = z.input<typeof contactInputSchema>;
export type ContactFields = z.output<typeof contactInputSchema>;

export const contactSchema = z.object({
  id: z.string(),
  kind: contactKindSchema,
  firstName: z.string(),
  lastName: z.string(),
  displayName: z.string(),
  company: z.string(),
  companyId: z.string().nullable(),
  title: z.string(),
  emails: z.array(emailSchema),
  phones: z.array(phoneSchema),
  addresses: z.array(addressSchema),
  websites: z.array(websiteSchema),
  birthday: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string(),
  /** Values a source had that Carnet has no field for ("Shoe size", a nickname), kept as label + value. */
  customFields: z.array(z.object({ label: z.string(), value: z.string() })),
  source: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The latest call, meeting, email, visit or message with them that is not in the future; null: never contacted. */
  lastContactedAt: z.string().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

/** One row of the contact list: just enough to draw it. */
export const contactSummarySchema = z.object({
  id: z.string(),
  kind: contactKindSchema,
  displayName: z.string(),
  company: z.string(),
  title: z.string(),
  primaryEmail: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  /** Whether a photo can be shown (so the list asks for photos only where there is one). */
  hasPhoto: z.boolean(),
  tags: z.array(z.string()),
  /** As on the contact: null means never contacted. */
  lastContactedAt: z.string().nullable(),
  /**
   * With a search: the interaction that made this contact a match, when the search found it in
   * an interaction's subject or body rather than in the contact's own fields. Opening it opens
   * the contact at that interaction.
   */
  matchedInteraction: z.object({ id: z.string(), subject: z.string(), snippet: z.string() }).nullable(),
});
export type ContactSummary = z.infer<typeof contactSummarySchema>;

const idInput = z.object({ id: z.string().min(1).max(64) });

export const CONTACT_SORTS = ['name', 'lastContacted'] as const;
export const contactSortSchema = z.enum(CONTACT_SORTS);
export type ContactSort = z.infer<typeof contactSortSchema>;

export const contactsContract = {
  'contacts.list': {
    input: z.object({
      search: z.string().max(500).default(''),
      kind: contactKindSchema.nullable().default(null),
      /** Only the people who work at this company card. */
      companyId: z.string().min(1).max(64).nullable().default(null),
      /** Only the contacts this import created or updated ("Show these contacts" after an import); not_found for an unknown import. */
      batchId: z.string().min(1).max(64).nullable().default(null),
      /** Only these contacts (the customers behind a report's bar or row). */
      ids: z.array(z.string().min(1).max(64)).max(100_000).nullable().default(null),
      /** Only the customers in this RFM segment. */
      segment: rfmSegmentSchema.nullable().default(null),
      /**
       * `name`: by name. `lastContacted`: the one contacted longest ago first (who is due a call),
       * then everyone never contacted, by name.
       */
      sort: contactSortSchema.default('name'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
    output: z.object({
      items: z.array(contactSummarySchema),
      total: z.number().int(),
      /**
       * `total` split by kind, so a list can say "1 contact, 1 company" rather than "2 contacts".
       * null while a search is on: counting kinds among the matches would cost about as much as the
       * search itself (the matches are counted by the search index alone).
       */
      people: z.number().int().nullable(),
      companies: z.number().int().nullable(),
    }),
  },
  'contacts.get': { input: idInput, output: contactSchema },
  'contacts.create': { input: contactInputSchema, output: contactSchema },
  'contacts.update': {
    input: z.object({ id: z.string().min(1).max(64), fields: contactInputSchema }),
    output: contactSchema,
  },
  /** Moves a contact to the trash; `contacts.restore` brings it back (the undo of a delete). */
  'contacts.delete': { input: idInput, output: z.object({ id: z.string() }) },
  'contacts.restore': { input: idInput, output: contactSchema },
  /**
   * People whose birthday falls in the `days` days starting at month-day `from` (the caller's
   * today, in its own time zone), wrapping over the new year. Year-less birthdays included.
   */
  'contacts.birthdays': {
    input: z.object({
      from: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use MM-DD, e.g. 11-24'),
      days: z.number().int().min(1).max(366).default(14),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.array(z.object({ id: z.string(), displayName: z.string(), birthday: z.string() })),
  },
  'companies.suggest': {
    input: z.object({ search: z.string().max(300).default(''), limit: z.number().int().min(1).max(50).default(10) }),
    output: z.array(z.object({ id: z.string(), name: z.string() })),
  },
} as const;
