// `npm run bench`: seeds a 100,000-contact database (in a child process), then runs each area's
// benchmark, prints the results and writes them to bench/results/latest.{json,md}.
// Set CARNET_BENCH_CONTACTS to change the size (e.g. 10000 for a quick run), and
// CARNET_BENCH_ONLY=import (or contacts,backup,import,cards,trash,interactions,today,purchases,sales-import,reports) to run some areas only
// (CARNET_BENCH_INTERACTIONS sets how many interactions the interactions area generates; 1,000,000 by default;
// CARNET_BENCH_PURCHASES how many purchases the purchases area generates; 500,000 by default;
// CARNET_BENCH_PURCHASE_LINES the purchase lines of the reports area, 1,000,000 by default).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchReport } from './bench-report.ts';
import { runContactsBench } from './contacts-bench.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const count = Number(process.env.CARNET_BENCH_CONTACTS ?? 100_000);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-bench-'));
const dataDir = path.join(work, 'data');
const report = new BenchReport();
const only = process.env.CARNET_BENCH_ONLY?.split(',').map((area) => area.trim());
const wanted = (area: string) => !only || only.includes(area);

/** Optional areas: each module exports one function; an area not built yet is skipped, not faked. */
const areas: { name: string; file: string; fn: string; needsData: boolean }[] = [
  { name: 'backup', file: './backup-bench.ts', fn: 'runBackupBench', needsData: true },
  { name: 'import', file: './import-bench.ts', fn: 'runImportBench', needsData: true },
  { name: 'cards', file: './cards-bench.ts', fn: 'runCardsBench', needsData: false },
  { name: 'trash', file: './trash-bench.ts', fn: 'runTrashBench', needsData: true },
  { name: 'interactions', file: './interactions-bench.ts', fn: 'runInteractionsBench', needsData: true },
  { name: 'today', file: './today-bench.ts', fn: 'runTodayBench', needsData: true },
  { name: 'purchases', file: './purchases-bench.ts', fn: 'runPurchasesBench', needsData: true },
  { name: 'sales-import', file: './sales-import-bench.ts', fn: 'runSalesImportBench', needsData: true },
  { name: 'reports', file: './reports-bench.ts', fn: 'runReportsBench', needsData: true },
];

try {
  const seeded = seedOrReuse();
  const seedSection = report.section('Seeding (through saveContact, transactions of 1000)');
  seedSection({ name: `seed ${count} contacts`, value: seeded.seconds, unit: 's', note: seeded.reused ? `copied from ${seeded.reused}` : `${Math.round(seeded.rate)} contacts/s` });
  seedSection({ name: 'database file size', value: fs.statSync(path.join(dataDir, 'carnet.sqlite')).size / 1024 / 1024, unit: 'MB' });

  if (wanted('contacts')) await runContactsBench(report, dataDir);

  for (const area of areas.filter((candidate) => wanted(candidate.name))) {
    if (!fs.existsSync(path.join(here, area.file))) {
      console.log(`\n(${area.file} is not there yet: skipped)`);
      continue;
    }
    const module = (await import(area.file)) as Record<string, (report: BenchReport, dataDir: string) => Promise<void>>;
    await module[area.fn]!(report, dataDir);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

/**
 * Seeds the data folder in a child process, or copies a database seeded earlier
 * (CARNET_BENCH_SEED_FROM=/path/carnet.sqlite) to iterate on a benchmark without re-seeding.
 */
function seedOrReuse(): { seconds: number; rate: number; reused?: string } {
  const reuse = process.env.CARNET_BENCH_SEED_FROM;
  fs.mkdirSync(dataDir, { recursive: true });
  if (reuse) {
    fs.copyFileSync(reuse, path.join(dataDir, 'carnet.sqlite'));
    return { seconds: 0, rate: 0, reused: reuse };
  }
  console.log(`Seeding ${count} contacts into ${dataDir} ...`);
  const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'seed-database.ts'), dataDir, String(count)], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop()!) as { seconds: number; rate: number };
}

const meta = { date: new Date().toISOString(), machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, ${os.cpus()[0]?.model ?? ''}`, node: process.version, contacts: String(count) };
fs.mkdirSync(path.join(here, 'results'), { recursive: true });
fs.writeFileSync(path.join(here, 'results', 'latest.json'), JSON.stringify({ meta, sections: report.sections }, null, 2) + '\n');
fs.writeFileSync(path.join(here, 'results', 'latest.md'), report.toMarkdown(meta));
console.log('\nWrote bench/results/latest.json and bench/results/latest.md');
