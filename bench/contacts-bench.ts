import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createCore, type Core } from '../electron/core/core.ts';
import { percentile, peakRssMb, type BenchReport } from './bench-report.ts';

/** Queries a user types, from one letter to a full name, email part, phone digits and notes. */
export const SEARCH_QUERIES = ['a', 'ma', 'fra', 'franc', 'lefev', 'müller', 'garc', 'иван', 'smith', 'elodie mar', 'boulangerie', 'example.de', '0612', '+4930', 'morning', 'vip', 'zz', 'jean dupont', 'o\'brien', 'lyon'];

/** Runs of digits from anywhere in a number, as typed or international (kept apart from the list above so its p95 stays comparable). */
export const DIGIT_QUERIES = ['1234', '4567', '98765', '5551234', '2345678', '+33 6 12', '06 12 34', '+49 30 12', '0033 6 1', '7 916 12'];

/**
 * Measures the foundation on a seeded 100k data folder: open+migrate, first page, search latency,
 * create/update latency and the core's peak resident memory.
 */
export async function runContactsBench(report: BenchReport, dataDir: string): Promise<void> {
  const record = report.section('Contacts core at 100k contacts');
  let started = performance.now();
  const core = await createCore({ dataDir, locale: 'fr-FR', autoBackup: { enabled: false } });
  record({ name: 'open + migrate (existing 100k database)', value: performance.now() - started, unit: 'ms' });

  const info = await core.call('app.info', {});
  record({ name: 'contacts in database (people + companies)', value: info.contactCount, unit: 'rows' });

  started = performance.now();
  const firstPage = await core.call('contacts.list', { offset: 0, limit: 100 });
  record({ name: 'first page, cold (100 rows + total)', value: performance.now() - started, unit: 'ms', target: '< 50 ms' });
  const pageTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await core.call('contacts.list', { offset: 0, limit: 100 });
    pageTimes.push(performance.now() - t);
  }
  record({ name: 'first page, warm p50', value: percentile(pageTimes, 50), unit: 'ms', target: '< 50 ms' });
  const deepTimes: number[] = [];
  for (const offset of [10_000, 50_000, 90_000, firstPage.total - 100]) {
    const t = performance.now();
    await core.call('contacts.list', { offset: Math.max(0, offset), limit: 100 });
    deepTimes.push(performance.now() - t);
  }
  record({ name: 'deep page (scrolled to 10k..end) max', value: Math.max(...deepTimes), unit: 'ms' });

  for (const kind of ['person', 'company'] as const) {
    const times: number[] = [];
    for (const offset of [0, 0, 0, 5_000, 20_000]) {
      const t = performance.now();
      await core.call('contacts.list', { kind, offset, limit: 100 });
      times.push(performance.now() - t);
    }
    record({ name: `page of ${kind === 'person' ? 'people only' : 'companies only'} (max of 5)`, value: Math.max(...times), unit: 'ms' });
  }
  const t0 = performance.now();
  await core.call('contacts.birthdays', { from: '11-24', days: 14 });
  record({ name: 'birthdays in the next 14 days', value: performance.now() - t0, unit: 'ms' });

  const searchTimes = await timeSearches(core, SEARCH_QUERIES);
  record({ name: `search p50 (${SEARCH_QUERIES.length} queries x3)`, value: percentile(searchTimes, 50), unit: 'ms' });
  record({ name: 'search p95', value: percentile(searchTimes, 95), unit: 'ms', target: '< 15 ms' });
  record({ name: 'search max', value: Math.max(...searchTimes), unit: 'ms' });
  const digitTimes = await timeSearches(core, DIGIT_QUERIES);
  record({ name: `digit-run search p50 (${DIGIT_QUERIES.length} queries x3)`, value: percentile(digitTimes, 50), unit: 'ms' });
  record({ name: 'digit-run search p95 / max', value: percentile(digitTimes, 95), unit: 'ms', target: '< 15 ms', note: `max ${Math.max(...digitTimes).toFixed(1)} ms` });

  const createTimes: number[] = [];
  const updateTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    let t = performance.now();
    const created = await core.call('contacts.create', { firstName: `Bench${i}`, lastName: 'Créé', company: 'Boulangerie Bench', emails: [{ value: `bench${i}@example.fr` }], phones: [{ value: '06 11 22 33 44' }], tags: ['bench'] });
    createTimes.push(performance.now() - t);
    t = performance.now();
    await core.call('contacts.update', { id: created.id, fields: { firstName: `Bench${i}`, lastName: 'Modifié', emails: [{ value: `bench${i}@example.fr` }], phones: [{ value: '06 11 22 33 55' }] } });
    updateTimes.push(performance.now() - t);
  }
  record({ name: 'create p50 / p95', value: percentile(createTimes, 50), unit: 'ms', note: `p95 ${percentile(createTimes, 95).toFixed(2)} ms` });
  record({ name: 'update p50 / p95', value: percentile(updateTimes, 50), unit: 'ms', note: `p95 ${percentile(updateTimes, 95).toFixed(2)} ms` });
  record({ name: 'resident memory of this bench process (tsx)', value: process.memoryUsage().rss / 1024 / 1024, unit: 'MB', note: `peak ${peakRssMb().toFixed(1)} MB; includes the tsx loader` });
  await core.close();

  const shipped = await measureBundledCore(dataDir);
  record({ name: 'core as shipped (bundled), after open', value: shipped.rssAfterOpenMb, unit: 'MB' });
  record({ name: 'core as shipped (bundled), peak', value: shipped.peakRssMb, unit: 'MB', target: '< 200 MB', note: 'open, list, search, 200 creates' });
}

/** Each query three times; prints the last round's time and match count per query. */
async function timeSearches(core: Core, queries: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  const perQuery: string[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of queries) {
      const t = performance.now();
      const result = await core.call('contacts.list', { search: query, offset: 0, limit: 100 });
      const elapsed = performance.now() - t;
      times.push(elapsed);
      if (round === 2) perQuery.push(`${query}=${elapsed.toFixed(1)}ms/${result.total}`);
    }
  }
  console.log(`    per query (ms/matches): ${perQuery.join('  ')}`);
  return times;
}

/**
 * The core's memory as the app runs it: bundled like the Electron main process and run in plain
 * Node in a child process, so neither tsx nor this benchmark's own work is counted.
 */
async function measureBundledCore(dataDir: string): Promise<{ rssAfterOpenMb: number; peakRssMb: number }> {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // Inside the repo so the externals (better-sqlite3, tesseract.js) resolve from node_modules.
  const outDir = fs.mkdtempSync(path.join(repoRoot, 'dist', '.bench-'));
  try {
    const outfile = path.join(outDir, 'core-memory-probe.mjs');
    await build({
      entryPoints: [path.join(repoRoot, 'bench', 'core-memory-probe.ts')],
      outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
      external: ['electron', 'better-sqlite3', 'tesseract.js'],
      banner: { js: "import { createRequire as __carnetCreateRequire } from 'node:module'; const require = __carnetCreateRequire(import.meta.url);" },
    });
    const output = execFileSync(process.execPath, [outfile, dataDir], { encoding: 'utf8', env: { ...process.env, TMPDIR: os.tmpdir() } });
    return JSON.parse(output.trim().split('\n').pop()!) as { rssAfterOpenMb: number; peakRssMb: number };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
