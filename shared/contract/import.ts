import { z } from 'zod';
import { coreTextSchema } from '../messages/core-text.ts';

/**
 * Import: one wizard for every format. The file travels once (`import.analyze`, base64); the core
 * keeps what it read under a `sourceId` for the next steps (preview, commit) so a big file is not
 * sent again for every change of mapping.
 */

/** Where one CSV column's values go. */
export const TARGET_FIELDS = [
  'firstName', 'middleName', 'lastName', 'fullName', 'company', 'title',
  'email', 'phone', 'website', 'address', 'birthday', 'birthYear', 'birthMonth', 'birthDay',
  'notes', 'tags', 'photoUrl', 'note', 'custom', 'ignore',
] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

export const ADDRESS_PARTS = ['street', 'street2', 'street3', 'poBox', 'city', 'region', 'postalCode', 'country', 'formatted'] as const;

export const columnTargetSchema = z.object({
  field: z.enum(TARGET_FIELDS),
  /** The label given to an email/phone/website/address ("work", "mobile"), or a note/custom field's name. */
  label: z.string().max(60).optional(),
  /**
   * Columns with the same group build one value together: Google's "E-mail 1 - Label" and
   * "E-mail 1 - Value", Outlook's "Business Street" and "Business City".
   */
  group: z.string().max(60).optional(),
  /** Within a group: 'value' or 'label' (emails, phones, websites) or an address part. */
  part: z.enum(['value', 'label', ...ADDRESS_PARTS]).optional(),
});
export type ColumnTarget = z.infer<typeof columnTargetSchema>;

/** Column name (the header text; a repeated header gets " (2)") -> target. Never by position. */
/** Header name -> where its values go. Bounded: a real export has at most a few hundred columns. */
export const columnMappingSchema = z
  .record(z.string().max(300), columnTargetSchema)
  .refine((mapping) => Object.keys(mapping).length <= 1000, 'A mapping can name at most 1,000 columns');
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const dateOrderSchema = z.enum(['dmy', 'mdy']);
export type DateOrder = z.infer<typeof dateOrderSchema>;

export const presetInfoSchema = z.object({ id: z.string(), label: z.string() });

export const tableDescriptionSchema = z.object({
  delimiter: z.string(),
  /** The recognised (or chosen) source: Google, Outlook, Excel... */
  preset: presetInfoSchema,
  hasHeader: z.boolean(),
  headerLine: z.number().int(),
  columns: z.array(z.object({ name: z.string(), samples: z.array(z.string()), target: columnTargetSchema })),
  /** Day/month order of the date columns: read from the values, fixed by the preset, or unknown. */
  dateOrder: z.object({
    detected: dateOrderSchema.nullable(),
    /** True when the dates could be read either way and the user must say which. */
    ambiguous: z.boolean(),
    examples: z.array(z.string()),
  }),
});
export type TableDescription = z.infer<typeof tableDescriptionSchema>;

export const onDuplicateSchema = z.enum(['skip', 'update', 'create']);
export type OnDuplicate = z.infer<typeof onDuplicateSchema>;

/** A user's choice for one row: merge it into the contact it matches, create it anyway, or skip it. */
export const ROW_CHOICES = ['merge', 'create', 'skip'] as const;
export type RowChoice = (typeof ROW_CHOICES)[number];

export const importOptionsSchema = z.object({
  /** What to do with a row that matches an existing contact. 'update' fills empty fields and adds new emails/phones. */
  onDuplicate: onDuplicateSchema.default('update'),
  /** Country for phone numbers written without +prefix; null = the app's default country. */
  country: z.string().regex(/^[A-Za-z]{2}$/, 'Use a two-letter country code such as FR or US').nullable().default(null),
  dateOrder: dateOrderSchema.nullable().default(null),
  /** For table formats: the mapping to use; null = the suggested one. */
  mapping: columnMappingSchema.nullable().default(null),
  /**
   * The user's choice for single rows, over `onDuplicate`: merge a possible duplicate into the
   * contact it was matched with, create it anyway, or skip it.
   */
  rowChoices: z
    .array(z.object({ line: z.number().int().min(1), choice: z.enum(ROW_CHOICES) }))
    .max(200_000, 'At most 200,000 row choices')
    .default([]),
  /** Sales files: create the customers no contact matches (true), or skip their orders (false, listed in the summary). */
  createCustomers: z.boolean().optional(),
});
export type ImportOptions = z.output<typeof importOptionsSchema>;

/**
 * How a row relates to what is there: new; update (shares an email or phone with a contact whose
 * name agrees, and brings something new); already (matches a contact that has everything it
 * holds); duplicate (a possible duplicate: the same name and company, or a shared email or phone
 * with a conflicting name); error.
 */
export const ROW_STATUSES = ['new', 'update', 'already', 'duplicate', 'error'] as const;
export const rowStatusSchema = z.enum(ROW_STATUSES);
export type RowStatus = z.infer<typeof rowStatusSchema>;

/** What the import will do with a row. */
export const ROW_ACTIONS = ['create', 'update', 'skip'] as const;
export const rowActionSchema = z.enum(ROW_ACTIONS);
export type RowAction = z.infer<typeof rowActionSchema>;

export const rowMatchSchema = z.object({
  /** The existing contact's id; null when the match is an earlier row of the same file. */
  id: z.string().nullable(),
  displayName: z.string(),
  /** 'id': the same Carnet record (a Carnet JSON export keeps ids), or, with namesConflict, an id another person holds. */
  by: z.enum(['email', 'phone', 'name', 'id']),
  /** The shared email or phone, as the row has it ('' for a name + company match). */
  value: z.string(),
  /** The earlier row's line, when the match is a row of the same file. */
  line: z.number().int().nullable(),
  /** A shared email or phone, but the names conflict: created unless the row is merged by choice. */
  namesConflict: z.boolean(),
});
export type RowMatch = z.infer<typeof rowMatchSchema>;

/** What an update can add to a contact: a field it had empty, or new emails, phones, other fields... */
export const IMPORT_CHANGE_FIELDS = ['firstName', 'lastName', 'company', 'title', 'notes', 'birthday', 'email', 'phone', 'address', 'website', 'tag', 'custom', 'photo'] as const;
/** One thing a row adds ({field: 'email', count: 2}); ids, not words, so each host says them in its own language. */
export const importChangeSchema = z.object({ field: z.enum(IMPORT_CHANGE_FIELDS), count: z.number().int().positive() });
export type ImportChange = z.infer<typeof importChangeSchema>;

export const previewRowSchema = z.object({
  line: z.number().int(),
  status: rowStatusSchema,
  /** Person or company card (error rows: person). */
  kind: z.enum(['person', 'company']),
  action: rowActionSchema,
  displayName: z.string(),
  /** First email or phone, to tell rows apart. */
  detail: z.string(),
  /** The row's details, to tell what it holds without opening the file. */
  details: z.object({
    company: z.string(),
    title: z.string(),
    emails: z.array(z.string()),
    /**
     * Each number as typed and how it was read ("+33 6 12 34 56 78, France", in English); `valid`
     * false flags a number that cannot exist there. `international` and `country` (ISO code) are
     * the same reading as facts, so the renderer names the country in the interface language.
     */
    phones: z.array(z.object({ value: z.string(), readAs: z.string().nullable(), valid: z.boolean(), international: z.string().nullable().optional(), country: z.string().nullable().optional() })),
  }).nullable(),
  /** The error, or what the row would change, in English words (the CLI's). */
  message: z.string(),
  /** An error row's error as a core message, said in the interface language; null for other rows. */
  error: coreTextSchema.nullable().optional(),
  match: rowMatchSchema.nullable(),
  /** What the row adds to the contact it matches ({field: 'email', count: 1}, {field: 'title', count: 1}). */
  changes: z.array(importChangeSchema),
  /** What the reader or the checks worked around ("not an email address: kept in the notes"). */
  warnings: z.array(coreTextSchema),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

/** What an import does with one kind of record that comes with the contacts (a Carnet export's interactions or tasks). */
export const relatedCountSchema = z.object({
  /** Written (preview: to be written). */
  added: z.number().int(),
  /** Already in Carnet (the same id): matched, not duplicated. */
  already: z.number().int(),
  /** Left out: the contact they belong to is not imported (an error row, or skipped by choice). */
  skipped: z.number().int(),
});
/**
 * Interactions and tasks a Carnet JSON export brings along; absent for formats that only hold
 * contacts. `purchases`: those of a version 3 export (absent before).
 */
export const relatedCountsSchema = z.object({ interactions: relatedCountSchema, tasks: relatedCountSchema, purchases: relatedCountSchema.optional() });
export type RelatedCounts = z.infer<typeof relatedCountsSchema>;

/** What a file holds: contacts, or sales (orders with their lines), told apart by its columns. */
export const IMPORT_KINDS = ['contacts', 'purchases'] as const;
export const importKindSchema = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKindSchema>;

/**
 * The columns a sales file's orders are read from (header as the file has it), by what they hold.
 * `shipping`, `fees`, `taxes`, `discount` (+ `discountCode`), `orderTotal`, `refunded` and `paymentStatus` are the
 * order-level columns of Shopify and WooCommerce exports: the charges become lines of the purchase
 * so its total is the shop's, and the status says paid, unpaid or not a sale (README, Importing sales).
 */
export const SALES_FIELDS = ['date', 'reference', 'email', 'phone', 'customerName', 'firstName', 'lastName', 'company', 'item', 'quantity', 'unitPrice', 'lineTotal', 'currency', 'shipping', 'fees', 'taxes', 'discount', 'discountCode', 'orderTotal', 'refunded', 'paymentStatus'] as const;
export const salesLayoutSchema = z.object({
  /** The platform that wrote the file ('shopify', 'woocommerce', 'square'), or 'csv'; the purchases' source. */
  platform: z.enum(['shopify', 'woocommerce', 'square', 'csv']),
  columns: z.partialRecord(z.enum(SALES_FIELDS), z.string()),
  /** How many orders the file's rows make. */
  orderCount: z.number().int(),
});
export type SalesLayout = z.infer<typeof salesLayoutSchema>;

/**
 * One order of a sales file in the preview: new (written), already (the same order number from
 * the same source, or the same date, customer and lines, is in Carnet), unknownCustomer (no
 * contact matches: created or skipped by choice), cancelled (the shop says it was no sale: a
 * voided, cancelled or failed order, skipped and listed), error (not imported, with its line).
 */
export const SALES_ORDER_STATUSES = ['new', 'already', 'unknownCustomer', 'cancelled', 'error'] as const;
export type SalesOrderStatus = (typeof SALES_ORDER_STATUSES)[number];
export const salesOrderPreviewSchema = z.object({
  /** The order's first line in the file. */
  line: z.number().int(),
  status: z.enum(SALES_ORDER_STATUSES),
  action: z.enum(['create', 'skip']),
  reference: z.string(),
  /** 'YYYY-MM-DD', '' when unread. */
  date: z.string(),
  currency: z.string(),
  /** Sum of the lines (shipping, taxes added on top and a discount included) in minor units of `currency`. */
  totalMinor: z.number().int(),
  /** From the file's payment status column; paid when it has none. */
  paymentStatus: z.enum(['paid', 'unpaid']),
  lineCount: z.number().int(),
  /** The matched contact's display name, or the name (email, phone) the file gives. */
  customerName: z.string(),
  matchedBy: z.enum(['email', 'phone', 'name']).nullable(),
  /** match: an existing contact; create: a customer this import creates; none: the order is not written. */
  customerAction: z.enum(['match', 'create', 'none']),
  /** What happens, in English (the CLI's words); '' for a new order of a known customer. */
  message: z.string(),
  /** The same as a core message, said in the interface language (an error's reason, why an order is skipped); null with an empty message. */
  said: coreTextSchema.nullable(),
  /** What the order is imported with but the user should know (its lines add up to another total than the file's). */
  warnings: z.array(coreTextSchema),
});
export type SalesOrderPreview = z.infer<typeof salesOrderPreviewSchema>;

/** An order a sales import did not write because its customer is unknown (and not created). */
export const skippedOrderSchema = z.object({ line: z.number().int(), reference: z.string(), customerName: z.string(), message: z.string(), said: coreTextSchema.optional() });

/** A row that was not imported: why, in English (`message`) and as a core message (`said`). */
export const lineErrorSchema = z.object({ line: z.number().int(), message: z.string(), said: coreTextSchema.optional() });

/** A row created although it shares an email or phone with someone whose name conflicts: for the user to review. */
export const possibleDuplicateSchema = z.object({
  line: z.number().int(),
  displayName: z.string(),
  kind: z.enum(['person', 'company']),
  /** The contact the import created for the row. */
  contactId: z.string(),
  match: rowMatchSchema,
});

/** The most possible duplicates a summary lists (all are counted). */
export const MAX_LISTED_DUPLICATES = 1000;

export const importSummarySchema = z.object({
  /** null when nothing was written (dry run, cancel, nothing to import). */
  batchId: z.string().nullable(),
  fileName: z.string(),
  /** People created (possible duplicates included). */
  created: z.number().int(),
  /** Company cards created: rows that are companies, and the cards of new companies people work at. */
  createdCompanies: z.number().int(),
  /** Rows that added something to a contact. */
  updated: z.number().int(),
  /** Rows matched to a contact that already had everything they hold. */
  alreadyThere: z.number().int(),
  /** Rows skipped by choice. */
  skipped: z.number().int(),
  /** Rows created although they share an email or phone with a contact whose name conflicts. */
  possibleDuplicates: z.number().int(),
  /** The first of them (at most MAX_LISTED_DUPLICATES), to review. */
  duplicatesToReview: z.array(possibleDuplicateSchema),
  errors: z.array(lineErrorSchema),
  cancelled: z.boolean(),
  related: relatedCountsSchema.optional(),
  /** Sales files: purchases written (one per order). */
  purchasesCreated: z.number().int().optional(),
  /** Sales files: customers created for orders no contact matched (with `createCustomers`). */
  customersCreated: z.number().int().optional(),
  /** Sales files: the orders skipped for an unknown customer or as no sale (voided, cancelled), with their line (`skipped` counts them). */
  skippedOrders: z.array(skippedOrderSchema).optional(),
  /**
   * What was imported with a remark, `{line, message}` as errors are: a contacts row's warnings (a
   * value that is not an email kept in the notes), a sales order's (a total that differs from the file's).
   */
  warnings: z.array(lineErrorSchema).optional(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importBatchSchema = z.object({
  id: z.string(),
  source: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
  counts: z.object({
    created: z.number(),
    updated: z.number(),
    skipped: z.number(),
    errors: z.number(),
    /** Counted since version 0.2; 0 for older batches. */
    createdCompanies: z.number().default(0),
    alreadyThere: z.number().default(0),
    possibleDuplicates: z.number().default(0),
    /** A sales import's purchases (one per order); 0 for contacts imports. */
    purchasesCreated: z.number().optional(),
  }),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;

export const savedMappingSchema = z.object({ id: z.string(), name: z.string(), mapping: columnMappingSchema, createdAt: z.string() });

/** 64 MB of file is about 87.4 M characters of base64. */
const MAX_BASE64 = Math.ceil((64 * 1024 * 1024) / 3) * 4;
const sourceId = z.string().min(1).max(64);
/**
 * The biggest file the app accepts: 100 MB is about 200,000 Outlook rows. Reading a CSV takes
 * about 20 times its size in memory (2 GB here), and the app's process has about 4 GB for
 * JavaScript. Bigger files go through `carnet import`.
 */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;
/** A piece of a big file sent with `import.upload`: 8 MB of file, under 11 M characters of base64. */
export const UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024;
const MAX_CHUNK_BASE64 = Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4;

export const importContract = {
  /** The formats the registry reads, for the file picker's `accept` and the wizard's help text. */
  'import.formats': {
    input: z.object({}),
    output: z.array(z.object({ format: z.string(), label: z.string(), extensions: z.array(z.string()) })),
  },
  /**
   * Sends a big file in pieces, in order: the first call (no `uploadId`) starts an upload, the next
   * ones add to it. Then `import.analyze` with the `uploadId` reads the whole file.
   */
  'import.upload': {
    input: z.object({ uploadId: sourceId.nullable().default(null), data: z.string().min(1).max(MAX_CHUNK_BASE64, 'A piece of a file is at most 8 MB') }),
    output: z.object({ uploadId: z.string(), bytes: z.number().int() }),
  },
  'import.analyze': {
    input: z
      .object({
        fileName: z.string().max(500).default('import'),
        /** The file, base64. Omit it and give `sourceId` to re-read a file already sent with new options. */
        data: z.string().max(MAX_BASE64, 'The file is larger than 64 MB').optional(),
        /** A file sent in pieces with `import.upload`. */
        uploadId: sourceId.optional(),
        sourceId: sourceId.optional(),
        encoding: z.string().max(40).nullable().default(null),
        delimiter: z.string().min(1).max(1).nullable().default(null),
        preset: z.string().max(40).nullable().default(null),
        /** Read the file as contacts or as sales whatever its columns suggest; null = as detected. */
        kind: importKindSchema.nullable().default(null),
      })
      .refine((input) => input.data !== undefined || input.uploadId !== undefined || input.sourceId !== undefined, { message: 'Send the file (data or uploadId) or a sourceId', path: ['data'] }),
    output: z.object({
      sourceId: z.string(),
      format: z.string(),
      formatLabel: z.string(),
      fileName: z.string(),
      encoding: z.string().nullable(),
      table: tableDescriptionSchema.nullable(),
      /** File-level notes ("Text encoding UTF-8", "2 blank lines skipped"). */
      notes: z.array(coreTextSchema),
      recordCount: z.number().int(),
      presets: z.array(presetInfoSchema),
      encodings: z.array(z.string()),
      /** How the file is read: as detected from its columns, or as the caller chose. */
      kind: importKindSchema,
      /** What the columns suggest, whatever `kind` was chosen. */
      detectedKind: importKindSchema,
      /** For a sales file read as sales: the platform and the columns found. */
      sales: salesLayoutSchema.nullable(),
    }),
  },
  'import.preview': {
    input: z.object({
      sourceId,
      options: importOptionsSchema.default({ onDuplicate: 'update', country: null, dateOrder: null, mapping: null, rowChoices: [] }),
      status: rowStatusSchema.nullable().default(null),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
    }),
    output: z.object({
      counts: z.object({ new: z.number(), update: z.number(), already: z.number(), duplicate: z.number(), error: z.number() }),
      /** What the import would do: rows created, rows that update a contact, rows skipped (errors included). */
      actions: z.object({ create: z.number(), update: z.number(), skip: z.number() }),
      /** Rows matching `status` (all rows when null). */
      total: z.number().int(),
      rows: z.array(previewRowSchema),
      /** Set when dates can be read as day/month or month/day: the user must choose `dateOrder`. */
      dateQuestion: z.object({ examples: z.array(z.string()) }).nullable(),
      notes: z.array(coreTextSchema),
      related: relatedCountsSchema.optional(),
      /** Sales files: what happens to each order (the page of `offset`/`limit`; `status` filters like rows). */
      sales: z
        .object({
          counts: z.record(z.enum(SALES_ORDER_STATUSES), z.number()),
          total: z.number().int(),
          orders: z.array(salesOrderPreviewSchema),
          /** Orders the import would write (new, and those of unknown customers it would create). */
          toImport: z.number().int(),
          customersToCreate: z.number().int(),
        })
        .optional(),
    }),
  },
  'import.commit': {
    input: z.object({
      sourceId,
      options: importOptionsSchema.default({ onDuplicate: 'update', country: null, dateOrder: null, mapping: null, rowChoices: [] }),
      /** Chosen by the caller so it can listen to `progress` events and cancel. */
      jobId: z.string().min(1).max(64).optional(),
    }),
    output: importSummarySchema,
  },
  'import.cancel': { input: z.object({ jobId: z.string().min(1).max(64) }), output: z.object({ cancelled: z.boolean() }) },
  /** The rows that failed in the last preview/commit of a source, as CSV with an Error column. */
  'import.failedRows': { input: z.object({ sourceId }), output: z.object({ fileName: z.string(), csv: z.string() }) },
  /** Forgets an analyzed file (the wizard was closed), or a file being uploaded (by its uploadId). */
  'import.discard': { input: z.object({ sourceId }), output: z.object({ ok: z.boolean() }) },
  'import.list': { input: z.object({}), output: z.array(importBatchSchema) },
  'import.undo': {
    input: z.object({ batchId: z.string().min(1).max(64) }),
    output: z.object({
      batchId: z.string(),
      /** Contacts moved to the trash: `removedPeople` + `removedCompanies` (company cards the import created). */
      removed: z.number().int(),
      removedPeople: z.number().int(),
      removedCompanies: z.number().int(),
      /** Interactions and tasks moved to the trash with them (the import's own, and those of the contacts it created). */
      removedInteractions: z.number().int(),
      removedTasks: z.number().int(),
      /** Purchases moved to the trash: a sales import's, and those of the contacts it created. */
      removedPurchases: z.number().int(),
      reverted: z.number().int(),
      keptEdited: z.number().int(),
    }),
  },
  'import.mappings.list': { input: z.object({}), output: z.array(savedMappingSchema) },
  'import.mappings.save': {
    input: z.object({ name: z.string().trim().min(1, 'Give the mapping a name').max(100), mapping: columnMappingSchema }),
    output: savedMappingSchema,
  },
  'import.mappings.delete': { input: z.object({ id: z.string().min(1).max(64) }), output: z.object({ ok: z.boolean() }) },
} as const;
