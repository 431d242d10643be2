import type { Generated, Kysely, Transaction } from 'kysely';

/**
 * The database's tables as the migrations leave them, described once at runtime. Kysely's
 * `Database` type is derived from it, prepared inserts take their column lists from it
 * (row-statements.ts), and tests/integration/schema-matches.test.ts checks it against the migrated
 * file (PRAGMA table_info, every table and column, both ways). A migration that changes a table
 * changes its entry here, and that test says so until it does.
 */

/** Declared types as SQLite reports them; FTS5 columns have none (''). */
type DeclaredType = 'TEXT' | 'INTEGER' | 'REAL' | 'BLOB' | '';

/**
 * One column: what PRAGMA table_info says about it (declared type, NOT NULL, place in the primary
 * key) and, for TypeScript only, the type Kysely gives it (`T`, never set at runtime).
 */
export interface Column<T> {
  readonly type: DeclaredType;
  readonly notNull: boolean;
  /** 1-based place in the primary key, 0 when not part of it (as PRAGMA table_info's `pk`). */
  readonly pk: number;
  /** SQLite fills it when an insert leaves it out (an INTEGER PRIMARY KEY): prepared inserts leave it out. */
  readonly generated?: true;
  /** Not a declared column (FTS5's rowid): PRAGMA table_info does not list it. */
  readonly hidden?: true;
  readonly __kysely?: T;
}

const column = <T>(type: DeclaredType, notNull: boolean, pk = 0): Column<T> => ({ type, notNull, pk });
/** `TEXT NOT NULL`; `T` narrows it (an enum checked by the migration's CHECK). */
const text = <T extends string = string>(pk = 0): Column<T> => column<T>('TEXT', true, pk);
const nullableText = (): Column<string | null> => column<string | null>('TEXT', false);
const integer = (pk = 0): Column<number> => column<number>('INTEGER', true, pk);
/** `REAL`, nullable: a median that may fall between two whole days. */
const nullableReal = (): Column<number | null> => column<number | null>('REAL', false);
/**
 * `TEXT PRIMARY KEY` of a rowid table: SQLite reports it nullable (an old SQLite quirk), but
 * Carnet always gives it a value, so Kysely sees a plain string.
 */
const textKey = (): Column<string> => column<string>('TEXT', false, 1);
/** `INTEGER PRIMARY KEY`: the rowid itself, given by SQLite when left out. */
const rowidKey = (): Column<Generated<number>> & { generated: true } => ({ ...column<Generated<number>>('INTEGER', false, 1), generated: true });
/** An FTS5 column: no declared type; Carnet writes text. */
const ftsText = (): Column<string> => column<string>('', false);
/** FTS5's rowid: set to the contact's `num` so the two stay joined. */
const ftsRowid = (): Column<number> & { hidden: true } => ({ ...column<number>('INTEGER', true), hidden: true });

export const tables = {
  import_batches: {
    id: textKey(),
    source: text(),
    file_name: text(),
    created_at: text(),
    undone_at: nullableText(),
    counts: text(),
  },
  contacts: {
    num: rowidKey(),
    id: text(),
    kind: text<'person' | 'company'>(),
    first_name: text(),
    last_name: text(),
    company_name: text(),
    display_name: text(),
    sort_key: text(),
    name_key: text(),
    company_id: nullableText(),
    title: text(),
    birthday: nullableText(),
    notes: text(),
    source: text(),
    import_batch_id: nullableText(),
    created_at: text(),
    updated_at: text(),
    deleted_at: nullableText(),
    /** Migration 0006: the latest call, meeting, email, visit or message not in the future; NULL: never. */
    last_contacted_at: nullableText(),
    keep_in_touch: column<'2w' | '1m' | '3m' | '6m' | '1y' | null>('TEXT', false),
    keep_in_touch_since: nullableText(),
  },
  contact_emails: {
    contact_id: text(1),
    position: integer(2),
    label: text(),
    value: text(),
    /** emailKey(value): what matching compares. */
    value_key: text(),
  },
  contact_phones: {
    contact_id: text(1),
    position: integer(2),
    label: text(),
    value: text(),
    e164: nullableText(),
  },
  contact_addresses: {
    contact_id: text(1),
    position: integer(2),
    label: text(),
    street: text(),
    city: text(),
    region: text(),
    postal_code: text(),
    country: text(),
  },
  contact_websites: {
    contact_id: text(1),
    position: integer(2),
    label: text(),
    value: text(),
  },
  tags: {
    id: textKey(),
    name: text(),
    created_at: text(),
  },
  contact_tags: {
    contact_id: text(1),
    tag_id: text(2),
    position: integer(),
  },
  settings: {
    key: textKey(),
    value: text(),
  },
  contacts_fts: {
    rowid: ftsRowid(),
    names: ftsText(),
    company: ftsText(),
    emails: ftsText(),
    phones: ftsText(),
    notes: ftsText(),
  },
  /** Migration 0002: one photo per contact, its bytes or a URL a source pointed to. */
  contact_photos: {
    contact_id: textKey(),
    mime: text(),
    data: column<Uint8Array | null>('BLOB', false),
    url: nullableText(),
    updated_at: text(),
  },
  /** Migration 0003: saved column mappings of the import. */
  import_mappings: {
    id: textKey(),
    name: text(),
    mapping: text(),
    created_at: text(),
  },
  /** Migration 0003: a contact as it was before an import updated it, for undo. */
  import_changes: {
    batch_id: text(1),
    contact_id: text(2),
    before: text(),
    after_updated_at: text(),
    photo_added: integer(),
  },
  /** Migration 0003: values a source had that Carnet has no field for (label + value). */
  contact_custom_fields: {
    contact_id: text(1),
    position: integer(2),
    label: text(),
    value: text(),
  },
  /** Migration 0006: a call, meeting, email, visit, message or note. */
  interactions: {
    num: rowidKey(),
    id: text(),
    type: text<'call' | 'meeting' | 'email' | 'visit' | 'message' | 'note'>(),
    direction: column<'in' | 'out' | null>('TEXT', false),
    /** An instant, ISO 8601 in UTC. */
    occurred_at: text(),
    minutes: column<number | null>('INTEGER', false),
    subject: text(),
    body: text(),
    import_batch_id: nullableText(),
    created_at: text(),
    updated_at: text(),
    deleted_at: nullableText(),
  },
  /** Migration 0006: who an interaction involves, with its time and whether it counts as a contact. */
  interaction_contacts: {
    interaction_id: text(1),
    contact_id: text(2),
    occurred_at: text(),
    counts: integer(),
  },
  /** Migration 0006: interaction search; rowid = interactions.num. */
  interactions_fts: {
    rowid: ftsRowid(),
    subject: ftsText(),
    body: ftsText(),
  },
  /** Migration 0006: tasks, due on floating local dates and times. */
  tasks: {
    id: textKey(),
    title: text(),
    /** 'YYYY-MM-DD', local and floating. */
    due_date: nullableText(),
    /** 'HH:MM', local and floating; only with a due date. */
    due_time: nullableText(),
    contact_id: nullableText(),
    notes: text(),
    /** An RFC 5545 RRULE, e.g. 'FREQ=WEEKLY;INTERVAL=2'. */
    repeat: nullableText(),
    /** The repeating task this occurrence follows. */
    repeat_of: nullableText(),
    done_at: nullableText(),
    import_batch_id: nullableText(),
    created_at: text(),
    updated_at: text(),
    deleted_at: nullableText(),
  },
  /** Migration 0007: the product list, grown from what is typed; merged products point on. */
  products: {
    id: textKey(),
    name: text(),
    /** foldText(name): one product whatever the case and accents. */
    name_key: text(),
    unit_price_minor: column<number | null>('INTEGER', false),
    currency: nullableText(),
    merged_into: nullableText(),
    created_at: text(),
    updated_at: text(),
    deleted_at: nullableText(),
  },
  /** Migration 0007: one order, invoice or till ticket; money in integer minor units. */
  purchases: {
    id: textKey(),
    contact_id: text(),
    /** 'YYYY-MM-DD', local. */
    purchased_on: text(),
    /** ISO 4217 code. */
    currency: text(),
    total_minor: integer(),
    reference: text(),
    source: text(),
    payment_status: text<'paid' | 'unpaid'>(),
    note: text(),
    import_batch_id: nullableText(),
    created_at: text(),
    updated_at: text(),
    deleted_at: nullableText(),
  },
  /** Migration 0007: a purchase's lines; quantity in thousandths, prices in minor units. */
  purchase_lines: {
    id: textKey(),
    purchase_id: text(),
    position: integer(),
    product_id: nullableText(),
    item: text(),
    quantity_milli: integer(),
    unit_price_minor: integer(),
    line_total_minor: integer(),
  },
  /** Migration 0007: derived RFM scores (1-5 each) and segment, recomputed daily; not user data. */
  contact_rfm: {
    contact_id: text(1),
    recency: integer(),
    frequency: integer(),
    monetary: integer(),
    segment: text(),
    computed_at: text(),
  },
  /** Migration 0010: derived per-customer figures of their live purchases, for the reports; not user data. */
  customer_summary: {
    contact_id: text(1),
    first_purchase_on: text(),
    last_purchase_on: text(),
    orders: integer(),
    usual_interval_days: nullableReal(),
    overdue_from: nullableText(),
    computed_at: text(),
  },
  /** Migration 0010: derived; what each customer spent per currency (never converted). */
  customer_currency_totals: {
    contact_id: text(1),
    currency: text(2),
    total_minor: integer(),
    orders: integer(),
  },
  /** Migration 0010: customers whose purchases changed since their summary was computed (set by triggers). */
  customer_summary_stale: {
    contact_id: text(1),
  },
} as const satisfies Record<string, Record<string, Column<unknown>>>;

type Tables = typeof tables;
export type TableName = keyof Tables;

type KyselyTable<Columns> = { -readonly [C in keyof Columns]: Columns[C] extends Column<infer T> ? T : never };

/** Kysely's view of the database, derived from `tables`. */
export type Database = { -readonly [T in TableName]: KyselyTable<Tables[T]> };

/** A connection or a transaction: what the stores take. */
export type Db = Kysely<Database> | Transaction<Database>;

/** The columns a prepared insert names: every column but those SQLite fills itself. */
export type InsertColumn<T extends TableName> = { [C in keyof Tables[T]]: Tables[T][C] extends { generated: true } ? never : C }[keyof Tables[T]];

/**
 * One row to insert, every inserted column present with a plain value: what the row mapping
 * (contacts/contact-rows.ts) builds, and what both a Kysely insert and a prepared insert take.
 */
export type InsertRow<T extends TableName> = { [C in InsertColumn<T>]: Tables[T][C] extends Column<infer V> ? V : never };

/** The names of a table's columns, in the order they are described. */
export function columnsOf<T extends TableName>(table: T): (keyof Tables[T] & string)[] {
  return Object.keys(tables[table]) as (keyof Tables[T] & string)[];
}
