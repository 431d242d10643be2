import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Contact, ContactSort, ContactSummary } from '../../../shared/contract/contacts.ts';
import type { RfmSegment } from '../../../shared/contract/reports.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import type { Database } from '../db/schema.ts';
import { ADDRESS_COLUMNS, contactFieldsFromRows } from './contact-rows.ts';
import { toFtsQuery } from './search-query.ts';
import { interactionMatches, type InteractionMatch } from '../interactions/interaction-search.ts';
import { lastContactedPage } from './last-contacted-page.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Loads one contact with all its details; deleted (trashed) contacts only when asked. */
export async function loadContact(db: Db, id: string, options: { includeDeleted?: boolean } = {}): Promise<Contact> {
  let query = db.selectFrom('contacts').selectAll().where('id', '=', id);
  if (!options.includeDeleted) query = query.where('deleted_at', 'is', null);
  const row = await query.executeTakeFirst();
  if (!row) throw new CarnetError('not_found', coreMessage('error.contactNotFound', { id }));
  const [emails, phones, addresses, websites, tags, customFields] = await Promise.all([
    db.selectFrom('contact_emails').select(['label', 'value']).where('contact_id', '=', id).orderBy('position').execute(),
    db.selectFrom('contact_phones').select(['label', 'value', 'e164']).where('contact_id', '=', id).orderBy('position').execute(),
    db.selectFrom('contact_addresses').select(ADDRESS_COLUMNS).where('contact_id', '=', id).orderBy('position').execute(),
    db.selectFrom('contact_websites').select(['label', 'value']).where('contact_id', '=', id).orderBy('position').execute(),
    db.selectFrom('contact_tags').innerJoin('tags', 'tags.id', 'contact_tags.tag_id').select('tags.name').where('contact_tags.contact_id', '=', id).orderBy('contact_tags.position').execute(),
    db.selectFrom('contact_custom_fields').select(['label', 'value']).where('contact_id', '=', id).orderBy('position').execute(),
  ]);
  return {
    id: row.id,
    // The same reading of rows as the import's ExistingContacts.
    ...contactFieldsFromRows(row, { emails, phones, addresses, websites, tags: tags.map((tag) => tag.name) }),
    displayName: row.display_name,
    companyId: row.company_id,
    customFields,
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastContactedAt: row.last_contacted_at,
  };
}

export interface ListOptions {
  search: string;
  kind: 'person' | 'company' | null;
  companyId?: string | null;
  /** Only contacts this import batch created or updated. */
  batchId?: string | null;
  /** Only these contacts (a report's bar or row). */
  ids?: readonly string[] | null;
  /** Only the customers in this RFM segment. */
  segment?: RfmSegment | null;
  /** By name (the default), or contacted longest ago first and then never contacted. */
  sort?: ContactSort;
  offset: number;
  limit: number;
}

/** Up to this many matches, sorting the matches beats walking the whole name index. */
const FEW_MATCHES = 3000;

type ListRow = { id: string; num: number; kind: 'person' | 'company'; display_name: string; company_name: string; title: string; last_contacted_at: string | null };

/**
 * One page of the contact list, sorted by name or by last contact, optionally filtered by a
 * search. The search runs in FTS5 first (a set of rowids), over the contacts' own fields and over
 * interactions' subjects and bodies (the contacts those involve); then the page is cut from the
 * sorted, live contacts.
 */
export async function listContacts(db: Db, options: ListOptions): Promise<{ items: ContactSummary[]; total: number; people: number | null; companies: number | null }> {
  if (options.batchId) await checkBatchExists(db, options.batchId);
  const match = toFtsQuery(options.search);
  if (options.search.trim() !== '' && match === null) return { items: [], total: 0, people: 0, companies: 0 };
  const viaInteractions = match ? await interactionMatches(db, options.search) : new Map<string, InteractionMatch>();
  // Contacts found through an interaction whose own fields match too: no need to say why.
  const ownToo = match ? await ownMatchesAmong(db, match, [...viaInteractions.values()].map((found) => found.contactNum)) : new Set<number>();
  const extraNums = [...viaInteractions.values()].map((found) => found.contactNum).filter((num) => !ownToo.has(num));
  const total = await countMatches(db, match, extraNums, options);
  const companies = await countCompanies(db, match, extraNums, options, total);
  const counts = { total, people: companies === null ? null : total - companies, companies };
  if (total === 0 || options.offset >= total) return { items: [], ...counts };
  const filters = sql`${options.kind ? sql`AND c.kind = ${options.kind}` : sql``}
    ${options.companyId ? sql`AND c.company_id = ${options.companyId}` : sql``}
    ${options.batchId ? sql`AND ${inBatch(options.batchId)}` : sql``}
    ${options.ids ? sql`AND ${inIds(options.ids)}` : sql``}
    ${options.segment ? sql`AND ${inSegment(options.segment)}` : sql``}
    ${match ? sql`AND ${matchFilter(match, extraNums)}` : sql``}`;
  // Two plans, picked by how many contacts are in the result. A few (a narrow search, the people
  // of one company): look each one up and sort them. Many (everyone, one kind, or a broad prefix
  // like "a" that matches half of 100k contacts): walk a sorted index and keep the rows that
  // qualify (the match set is built once, with a bloom filter), so a page costs a few hundred index
  // steps instead of sorting every row.
  const walkIndex = total > FEW_MATCHES && !options.companyId;
  const columns = sql`c.id, c.num, c.kind, c.display_name, c.company_name, c.title, c.last_contacted_at`;
  let rows: ListRow[];
  if (options.sort === 'lastContacted') {
    rows = await lastContactedPage(db, { columns, filters, walkIndex, offset: options.offset, limit: options.limit });
  } else {
    const sortedIndex = options.kind ? sql`INDEXED BY contacts_kind_sort` : sql`INDEXED BY contacts_live_sort`;
    rows = (
      await sql<ListRow>`
        SELECT ${columns} FROM contacts AS c ${walkIndex ? sortedIndex : sql``}
        WHERE c.deleted_at IS NULL ${filters}
        ORDER BY c.sort_key, c.num
        LIMIT ${options.limit} OFFSET ${options.offset}`.execute(db)
    ).rows;
  }
  const ids = rows.map((row) => row.id);
  const details = await loadSummaryDetails(db, ids);
  return {
    ...counts,
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      displayName: row.display_name,
      company: row.kind === 'company' ? '' : row.company_name,
      title: row.title,
      primaryEmail: details.emails.get(row.id) ?? null,
      primaryPhone: details.phones.get(row.id) ?? null,
      hasPhoto: details.photos.has(row.id),
      tags: details.tags.get(row.id) ?? [],
      lastContactedAt: row.last_contacted_at,
      matchedInteraction: explain(viaInteractions.get(row.id), ownToo.has(row.num)),
    })),
  };
}

/** A contact is a match by its own fields (the search index) or through an interaction that matched. */
function matchFilter(match: string, extraNums: readonly number[]) {
  const own = sql`c.num IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ${match})`;
  return extraNums.length === 0 ? own : sql`(${own} OR c.num IN (${sql.join(extraNums)}))`;
}

/** The interaction that made a row a match, when its own fields did not. */
function explain(found: InteractionMatch | undefined, ownMatch: boolean): ContactSummary['matchedInteraction'] {
  return found && !ownMatch ? { id: found.interactionId, subject: found.subject, snippet: found.snippet } : null;
}

/**
 * Which of these contacts match the search by their own fields. The match set is built once
 * (a rowid list, as the page query builds it) rather than asked for contact by contact: each
 * lookup would run the whole prefix search again.
 */
async function ownMatchesAmong(db: Db, match: string, nums: readonly number[]): Promise<Set<number>> {
  if (nums.length === 0) return new Set();
  const rows = await sql<{ num: number }>`
    SELECT num FROM contacts WHERE num IN (${sql.join([...new Set(nums)])}) AND num IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ${match})`.execute(db);
  return new Set(rows.rows.map((row) => row.num));
}

/**
 * How many live contacts a list shows. Only live contacts have a search row (deleting removes it),
 * so without a kind filter FTS5's own count answers, which is far cheaper than joining every match;
 * the contacts found only through an interaction (told apart once, in `ownMatchesAmong`) are added.
 */
async function countMatches(db: Db, match: string | null, extraNums: readonly number[], options: ListOptions): Promise<number> {
  if (match && !options.kind && !options.companyId && !options.batchId && !options.ids && !options.segment) {
    const row = await sql<{ n: number }>`SELECT count(*) AS n FROM contacts_fts WHERE contacts_fts MATCH ${match}`.execute(db);
    // The contacts found only through an interaction are live and not among these: added as they are.
    return Number(row.rows[0]?.n ?? 0) + extraNums.length;
  }
  let query = db.selectFrom('contacts as c').select((eb) => eb.fn.countAll<number>().as('n')).where('c.deleted_at', 'is', null);
  if (options.kind) query = query.where('c.kind', '=', options.kind);
  if (options.companyId) query = query.where('c.company_id', '=', options.companyId);
  if (options.batchId) query = query.where(inBatch(options.batchId));
  if (options.ids) query = query.where(inIds(options.ids));
  if (options.segment) query = query.where(inSegment(options.segment));
  if (match) query = query.where(matchFilter(match, extraNums) as RawBuilder<boolean>);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/**
 * Company cards among the listed contacts, counted apart from people; null with a search on a
 * mixed list, where it would mean walking every match a second time (a broad prefix matches
 * half the database). Without a search the companies-only index makes it a short walk.
 */
async function countCompanies(db: Db, match: string | null, extraNums: readonly number[], options: ListOptions, total: number): Promise<number | null> {
  if (options.kind === 'person' || total === 0) return 0;
  if (options.kind === 'company') return total;
  if (match) return null;
  return countMatches(db, null, extraNums, { ...options, kind: 'company' });
}

/** Given ids as one JSON parameter: a report's bar may stand for thousands of contacts. */
function inIds(ids: readonly string[]) {
  return sql<boolean>`c.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}

/** The customers of an RFM segment (contact_rfm, recomputed daily and after a purchases import). */
function inSegment(segment: RfmSegment) {
  return sql<boolean>`c.id IN (SELECT contact_id FROM contact_rfm WHERE segment = ${segment})`;
}

/**
 * The contacts an import batch created (they carry its id) or updated (import_changes remembers
 * them for the undo): what "Show these contacts" after an import lists. A filter, not a tag, so
 * nothing of it reaches an export.
 */
function inBatch(batchId: string) {
  return sql<boolean>`(c.import_batch_id = ${batchId} OR c.id IN (SELECT contact_id FROM import_changes WHERE batch_id = ${batchId}))`;
}

async function checkBatchExists(db: Db, batchId: string): Promise<void> {
  const batch = await db.selectFrom('import_batches').select('id').where('id', '=', batchId).executeTakeFirst();
  if (!batch) throw new CarnetError('not_found', coreMessage('error.importNotFound', { id: batchId }));
}

/**
 * People whose birthday (month-day) falls in `days` days from `from` ("MM-DD"), across the new
 * year. Month-days are compared as text, which orders them by date; the day count is turned into
 * an end month-day on a leap year so that 29 February is always inside a window that spans it.
 * A window over the new year is two ranges, each answered from the month-day index, in date order.
 */
export async function birthdaysBetween(db: Db, from: string, days: number, limit: number) {
  const start = new Date(Date.UTC(2000, Number(from.slice(0, 2)) - 1, Number(from.slice(3, 5))));
  const end = new Date(start.getTime() + (Math.min(days, 366) - 1) * 86_400_000);
  const to = `${String(end.getUTCMonth() + 1).padStart(2, '0')}-${String(end.getUTCDate()).padStart(2, '0')}`;
  const ranges: [string, string][] = days >= 366 ? [[from, '12-31'], ['01-01', from]] : to >= from ? [[from, to]] : [[from, '12-31'], ['01-01', to]];
  const found: { id: string; displayName: string; birthday: string }[] = [];
  const seen = new Set<string>();
  for (const [low, high] of ranges) {
    const rows = await birthdaysInRange(db, low, high, limit - found.length);
    for (const row of rows) {
      if (seen.has(row.id)) continue; // a whole-year window meets its start day twice
      seen.add(row.id);
      found.push(row);
    }
    if (found.length >= limit) break;
  }
  return found;
}

async function birthdaysInRange(db: Db, low: string, high: string, limit: number) {
  const monthDay = sql<string>`substr(birthday, -5)`;
  // `+kind` keeps the planner off the (kind, ...) indexes: the month-day index is the selective one.
  const result = await sql<{ id: string; displayName: string; birthday: string }>`
    SELECT id, display_name AS displayName, birthday FROM contacts
    WHERE birthday IS NOT NULL AND deleted_at IS NULL AND +kind = 'person' AND ${monthDay} BETWEEN ${low} AND ${high}
    ORDER BY ${monthDay}, sort_key
    LIMIT ${limit}`.execute(db);
  return result.rows;
}

async function loadSummaryDetails(db: Db, ids: string[]) {
  const emails = new Map<string, string>();
  const phones = new Map<string, string>();
  const tags = new Map<string, string[]>();
  const photos = new Set<string>();
  if (ids.length === 0) return { emails, phones, tags, photos };
  const [emailRows, phoneRows, tagRows, photoRows] = await Promise.all([
    db.selectFrom('contact_emails').select(['contact_id', 'value']).where('contact_id', 'in', ids).where('position', '=', 0).execute(),
    db.selectFrom('contact_phones').select(['contact_id', 'value']).where('contact_id', 'in', ids).where('position', '=', 0).execute(),
    db
      .selectFrom('contact_tags')
      .innerJoin('tags', 'tags.id', 'contact_tags.tag_id')
      .select(['contact_tags.contact_id', 'tags.name'])
      .where('contact_tags.contact_id', 'in', ids)
      .orderBy('contact_tags.position')
      .execute(),
    // Only stored images count: a photo kept as a URL is never loaded into the list.
    db.selectFrom('contact_photos').select('contact_id').where('contact_id', 'in', ids).where('data', 'is not', null).execute(),
  ]);
  for (const row of photoRows) photos.add(row.contact_id);
  for (const row of emailRows) emails.set(row.contact_id, row.value);
  for (const row of phoneRows) phones.set(row.contact_id, row.value);
  for (const row of tagRows) {
    const list = tags.get(row.contact_id) ?? [];
    list.push(row.name);
    tags.set(row.contact_id, list);
  }
  return { emails, phones, tags, photos };
}

export async function countLiveContacts(db: Db): Promise<number> {
  const row = await db.selectFrom('contacts').select((eb) => eb.fn.countAll<number>().as('n')).where('deleted_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}
