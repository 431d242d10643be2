// Interactions benchmark: 1,000,000 interactions generated over the seeded contacts, then a
// contact's first timeline page, the list sorted by last contact, search with interactions in the
// index, logging, and the hourly refresh of come-due interactions, on a copy of the data folder.
//
// The interactions are written straight into the database with prepared inserts in one
// transaction (better-sqlite3, the statements built from the schema description as the import's
// bulk insert does): going through `interactions.log` a million times would take most of an hour
// and measure nothing the "logging" line below does not. Last-contacted dates are then computed
// by the core's own refresh (`refreshComeDue`), which is timed too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../electron/core/core.ts';
import { newId } from '../electron/core/clock.ts';
import { prepareInsert } from '../electron/core/db/row-statements.ts';
import { refreshComeDue } from '../electron/core/interactions/due-refresh.ts';
import { CONTACTING_TYPES, INTERACTION_TYPES } from '../shared/domain/interaction-types.ts';
import { percentile, type BenchReport } from './bench-report.ts';
import { seededRandom } from './contact-generator.ts';
import { SEARCH_QUERIES } from './contacts-bench.ts';

const INTERACTIONS = Number(process.env.CARNET_BENCH_INTERACTIONS ?? 1_000_000);
const WORDS = ['quote', 'invoice', 'delivery', 'order', 'samples', 'catalogue', 'follow-up', 'payment', 'contract', 'renewal', 'shop', 'lyon', 'paris', 'morning', 'discount', 'spring', 'range', 'vases', 'flowers', 'boulangerie', 'rendez-vous', 'réunion', 'заказ', 'Lieferung', 'presupuesto'];
/** Queries typed at the main search that land in interaction subjects and bodies too. */
const INTERACTION_QUERIES = ['invoice', 'deliv', 'catalogue spring', 'заказ', 'lieferung'];

export async function runInteractionsBench(report: BenchReport, dataDir: string): Promise<void> {
  const record = report.section(`Interactions: ${INTERACTIONS.toLocaleString('en')} generated over the seeded contacts`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-interactions-bench-'));
  try {
    fs.copyFileSync(path.join(dataDir, 'carnet.sqlite'), path.join(work, 'carnet.sqlite'));
    const core = await createCore({ dataDir: work, locale: 'fr-FR', autoBackup: { enabled: false } });
    const { sqlite, db } = core.context.database;
    const contacts = sqlite.prepare('SELECT id FROM contacts WHERE deleted_at IS NULL').pluck().all() as string[];
    const queries = [...SEARCH_QUERIES, ...INTERACTION_QUERIES];
    // The same searches before any interaction exists, in this process and under this load: what
    // the interactions add is the difference, whatever else the machine is doing.
    const before = await timeSearches(core, queries);
    record({ name: 'search p95 before any interaction (same queries)', value: percentile(before.times, 95), unit: 'ms', note: `p50 ${percentile(before.times, 50).toFixed(1)} ms` });

    const generated = generate(core, contacts);
    record({ name: 'generate (prepared inserts, one transaction)', value: generated.seconds, unit: 's', note: `${Math.round(INTERACTIONS / generated.seconds)} interactions/s, ${generated.links} links` });
    let started = performance.now();
    const first = await db.transaction().execute((trx) => refreshComeDue(trx, new Date().toISOString()));
    record({ name: 'last contacted of everyone (first refresh)', value: (performance.now() - started) / 1000, unit: 's', note: `${first.length} contacts dated` });
    started = performance.now();
    const again = await refreshComeDue(db, new Date().toISOString());
    record({ name: 'hourly refresh, nothing come due', value: performance.now() - started, unit: 'ms', note: `${again.length} changed; one index seek per contact` });
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    record({ name: 'database file size', value: fs.statSync(path.join(work, 'carnet.sqlite')).size / 1024 / 1024, unit: 'MB' });

    const rand = seededRandom(7);
    const sample = Array.from({ length: 60 }, () => contacts[Math.floor(rand() * contacts.length)]!);
    const timelineTimes = await timeEach(sample, (contactId) => core.call('timeline.page', { contactId, limit: 30 }));
    record({ name: 'timeline first page (30), p50', value: percentile(timelineTimes, 50), unit: 'ms' });
    record({ name: 'timeline first page (30), p95', value: percentile(timelineTimes, 95), unit: 'ms', target: '< 20 ms', note: `${sample.length} random contacts` });
    const busiest = sqlite.prepare('SELECT contact_id, count(*) AS n FROM interaction_contacts GROUP BY contact_id ORDER BY n DESC LIMIT 1').get() as { contact_id: string; n: number };
    const busyTimes = await timeEach([busiest.contact_id, busiest.contact_id, busiest.contact_id], (contactId) => core.call('timeline.page', { contactId, limit: 30 }));
    record({ name: 'timeline of the busiest contact', value: percentile(busyTimes, 50), unit: 'ms', note: `${busiest.n} interactions` });
    const company = sqlite.prepare("SELECT company_id AS id, count(*) AS n FROM contacts WHERE company_id IS NOT NULL AND deleted_at IS NULL GROUP BY company_id ORDER BY n DESC LIMIT 1").get() as { id: string; n: number } | undefined;
    if (company) {
      const companyTimes = await timeEach([company.id, company.id, company.id], (contactId) => core.call('timeline.page', { contactId, limit: 30 }));
      record({ name: 'timeline of the biggest company (with its people)', value: percentile(companyTimes, 50), unit: 'ms', target: '< 20 ms', note: `${company.n} people` });
    }
    const filtered = await timeEach(sample.slice(0, 20), (contactId) => core.call('timeline.page', { contactId, limit: 30, kinds: ['meeting'] }));
    record({ name: 'timeline filtered to meetings, p95', value: percentile(filtered, 95), unit: 'ms' });

    const listTimes = await timeEach([0, 1, 2, 3, 4], () => core.call('contacts.list', { sort: 'lastContacted', limit: 100 }));
    record({ name: 'list first page by last contact, p50', value: percentile(listTimes, 50), unit: 'ms', target: '< 50 ms', note: `first call ${listTimes[0]!.toFixed(1)} ms` });
    const companyList = await timeEach([0, 1, 2], () => core.call('contacts.list', { sort: 'lastContacted', kind: 'company', limit: 100 }));
    record({ name: 'companies by last contact, p50', value: percentile(companyList, 50), unit: 'ms' });

    const { times: searchTimes } = await timeSearches(core, queries);
    record({ name: `search p95 with interactions (${queries.length} queries x3)`, value: percentile(searchTimes, 95), unit: 'ms', target: '< 15 ms', note: `p50 ${percentile(searchTimes, 50).toFixed(1)} ms, max ${Math.max(...searchTimes).toFixed(1)} ms` });

    const logTimes = await timeEach(Array.from({ length: 300 }, (_, i) => sample[i % sample.length]!), (contactId) =>
      core.call('interactions.log', { type: 'call', direction: 'out', minutes: 5, subject: 'Bench call', body: 'Checked the delivery date.', contactIds: [contactId] }),
    );
    record({ name: 'log an interaction, p50', value: percentile(logTimes, 50), unit: 'ms' });
    record({ name: 'log an interaction, p95', value: percentile(logTimes, 95), unit: 'ms', target: '< 5 ms', note: 'interactions.log through dispatch: validation, 3 tables, last contacted, reload' });
    // The floor under this load: a committed write with synchronous=FULL waits for the disk.
    const createTimes = await timeEach(Array.from({ length: 100 }, (_, i) => i), (i) => core.call('contacts.create', { firstName: `Bench ${i}` }));
    record({ name: 'for comparison: create a contact, p50 / p95', value: percentile(createTimes, 50), unit: 'ms', note: `p95 ${percentile(createTimes, 95).toFixed(2)} ms` });
    await core.close();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Each query three times; prints the last round's time and match count per query. */
async function timeSearches(core: Core, queries: readonly string[]): Promise<{ times: number[] }> {
  const times: number[] = [];
  const perQuery: string[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of queries) {
      const t = performance.now();
      const result = await core.call('contacts.list', { search: query, limit: 100 });
      const elapsed = performance.now() - t;
      times.push(elapsed);
      if (round === 2) perQuery.push(`${query}=${elapsed.toFixed(1)}ms/${result.total}`);
    }
  }
  console.log(`    per query (ms/matches): ${perQuery.join('  ')}`);
  return { times };
}

async function timeEach<T>(items: readonly T[], run: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const t = performance.now();
    await run(item);
    times.push(performance.now() - t);
  }
  return times;
}

/**
 * Writes INTERACTIONS interactions over the last three years (0.5% planned in the next month),
 * one in ten involving a second contact, with subjects and bodies from a small multilingual
 * vocabulary. Returns how long it took and how many links it wrote.
 */
function generate(core: Core, contacts: readonly string[]): { seconds: number; links: number } {
  const { sqlite } = core.context.database;
  const insertInteraction = prepareInsert(sqlite, 'interactions');
  const insertLink = prepareInsert(sqlite, 'interaction_contacts');
  const insertSearch = prepareInsert(sqlite, 'interactions_fts');
  const rand = seededRandom(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const now = Date.now();
  const threeYears = 3 * 365 * 86_400_000;
  let links = 0;
  const started = performance.now();
  sqlite.transaction(() => {
    for (let i = 0; i < INTERACTIONS; i++) {
      const type = pick(INTERACTION_TYPES);
      const at = new Date(rand() < 0.005 ? now + rand() * 30 * 86_400_000 : now - rand() * threeYears).toISOString();
      const id = newId();
      const subject = `${pick(WORDS)} ${pick(WORDS)}`;
      const body = rand() < 0.5 ? '' : `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
      const num = Number(insertInteraction.run({ id, type, direction: type === 'call' ? 'out' : null, occurred_at: at, minutes: type === 'note' ? null : Math.floor(rand() * 90), subject, body, import_batch_id: null, created_at: at, updated_at: at, deleted_at: null }).lastInsertRowid);
      insertSearch.run({ rowid: num, subject, body });
      const first = pick(contacts);
      const involved = rand() < 0.1 ? [first, pick(contacts)].filter((value, index, all) => all.indexOf(value) === index) : [first];
      for (const contactId of involved) insertLink.run({ interaction_id: id, contact_id: contactId, occurred_at: at, counts: CONTACTING_TYPES.has(type) ? 1 : 0 });
      links += involved.length;
    }
  })();
  return { seconds: (performance.now() - started) / 1000, links };
}
