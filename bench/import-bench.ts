// Import benchmark: a generated 100,000-row Outlook-format CSV (92 columns, every field quoted,
// Windows-1252, CRLF) imported with `carnet import` into a copy of the 100k-contact database,
// against the floor: the sqlite3 shell's `.import` of the same file into a bare table.
// The import runs in a child process so its peak memory is its own.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import type { BenchReport } from './bench-report.ts';
import { seededRandom } from './contact-generator.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export const OUTLOOK_COLUMNS = ['Title', 'First Name', 'Middle Name', 'Last Name', 'Suffix', 'Company', 'Department', 'Job Title', 'Business Street', 'Business Street 2', 'Business Street 3', 'Business City', 'Business State', 'Business Postal Code', 'Business Country/Region', 'Home Street', 'Home Street 2', 'Home Street 3', 'Home City', 'Home State', 'Home Postal Code', 'Home Country/Region', 'Other Street', 'Other Street 2', 'Other Street 3', 'Other City', 'Other State', 'Other Postal Code', 'Other Country/Region', "Assistant's Phone", 'Business Fax', 'Business Phone', 'Business Phone 2', 'Callback', 'Car Phone', 'Company Main Phone', 'Home Fax', 'Home Phone', 'Home Phone 2', 'ISDN', 'Mobile Phone', 'Other Fax', 'Other Phone', 'Pager', 'Primary Phone', 'Radio Phone', 'TTY/TDD Phone', 'Telex', 'Account', 'Anniversary', "Assistant's Name", 'Billing Information', 'Birthday', 'Business Address PO Box', 'Categories', 'Children', 'Directory Server', 'E-mail Address', 'E-mail Type', 'E-mail Display Name', 'E-mail 2 Address', 'E-mail 2 Type', 'E-mail 2 Display Name', 'E-mail 3 Address', 'E-mail 3 Type', 'E-mail 3 Display Name', 'Gender', 'Government ID Number', 'Hobby', 'Home Address PO Box', 'Initials', 'Internet Free Busy', 'Keywords', 'Language', 'Location', "Manager's Name", 'Mileage', 'Notes', 'Office Location', 'Organizational ID Number', 'Other Address PO Box', 'Priority', 'Private', 'Profession', 'Referred By', 'Sensitivity', 'Spouse', 'User 1', 'User 2', 'User 3', 'User 4', 'Web Page'];

const FIRST = ['François', 'Hélène', 'Zoë', 'Jürgen', 'Anna', 'José', 'María', 'James', 'Emily', 'Oliver', 'Grace', 'Søren', 'Ingrid', 'Pedro', 'Giulia', 'Léa', 'Théo', 'Manon'];
const LAST = ['Lefèvre', 'Martin', 'Dubois', 'Müller', 'Schmidt', 'García', 'Pérez', 'Núñez', 'Smith', 'Johnson', "O'Brien", 'Nguyen', 'Kowalski', 'Rossi', 'Jensen', 'Silva', 'Fontaine', 'Guérin'];
const CITIES = [['Lyon', '69002', 'France'], ['Paris', '75011', 'France'], ['Berlin', '10115', 'Germany'], ['Madrid', '28013', 'Spain'], ['Chicago', '60601', 'United States']] as const;
const CATEGORIES = ['Clients', 'Suppliers', 'VIP', 'Holiday cards', 'Prospects'];

/** Writes `rows` Outlook rows, as Outlook writes them: Windows-1252, all quoted, CRLF, 0/0/00 dates. */
export function writeOutlookCsv(file: string, rows: number): void {
  const random = seededRandom(4242);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const index = new Map(OUTLOOK_COLUMNS.map((name, i) => [name, i]));
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const fd = fs.openSync(file, 'w');
  const cp1252 = (text: string) => iconv.encode(text, 'windows-1252');
  let chunk: string[] = [OUTLOOK_COLUMNS.map(quote).join(',')];
  for (let i = 0; i < rows; i++) {
    const cells = OUTLOOK_COLUMNS.map(() => '');
    const set = (name: string, value: string) => (cells[index.get(name)!] = value);
    const first = pick(FIRST);
    const last = pick(LAST);
    const [city, zip, country] = pick(CITIES);
    set('First Name', first);
    set('Last Name', last);
    // 5,000 companies, each with about 20 people, as in a real customer list.
    const company = Math.floor(random() * 5000);
    set('Company', `${LAST[company % LAST.length]} ${['SARL', 'GmbH', 'Ltd', 'Corp.', '& Fils'][company % 5]} ${company}`);
    set('Job Title', pick(['Gérant', 'Buyer', 'Owner', 'Sales manager', 'Einkäufer']));
    set('Business Street', `${1 + (i % 200)} rue de la République`);
    set('Business City', city);
    set('Business Postal Code', zip);
    set('Business Country/Region', country);
    set('Business Phone', `+33 1 ${String(10 + (i % 89)).padStart(2, '0')} ${String(i % 100).padStart(2, '0')} ${String((i >> 7) % 100).padStart(2, '0')} ${String((i >> 14) % 100).padStart(2, '0')}`);
    set('Mobile Phone', `06 ${String(i % 100).padStart(2, '0')} ${String((i >> 7) % 100).padStart(2, '0')} ${String((i >> 14) % 100).padStart(2, '0')} ${String(random() * 100 | 0).padStart(2, '0')}`);
    set('Anniversary', '0/0/00');
    set('Birthday', random() < 0.4 ? `${1 + (i % 12)}/${1 + (i % 28)}/${1950 + (i % 50)}` : '0/0/00');
    set('Categories', random() < 0.5 ? `${pick(CATEGORIES)};${pick(CATEGORIES)}` : '');
    set('E-mail Address', `${first}.${last}.${i}@import-bench.example`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''));
    set('E-mail Type', 'SMTP');
    set('E-mail Display Name', `${first} ${last} (${first.toLowerCase()}@import-bench.example)`);
    set('Gender', 'Unspecified');
    set('Initials', `${first[0]}.${last[0]}.`);
    set('Notes', random() < 0.2 ? `Met at the fair.\r\nCall back in ${pick(['March', 'June', 'October'])} — "important".` : '');
    set('Priority', 'Normal');
    set('Private', 'False');
    set('Sensitivity', 'Normal');
    set('Web Page', random() < 0.3 ? `https://www.example-${i % 5000}.com` : '');
    chunk.push(cells.map(quote).join(','));
    if (chunk.length >= 5000) {
      fs.writeSync(fd, cp1252(chunk.join('\r\n') + '\r\n'));
      chunk = [];
    }
  }
  if (chunk.length > 0) fs.writeSync(fd, cp1252(chunk.join('\r\n') + '\r\n'));
  fs.closeSync(fd);
}

/** The sqlite3 shell's `.import` of the file into a bare table: the floor for any CSV import. */
function measureFloor(csvFile: string, work: string): number | null {
  const sqlite3 = ['/usr/bin/sqlite3', '/usr/local/bin/sqlite3'].find((candidate) => fs.existsSync(candidate)) ?? 'sqlite3';
  const db = path.join(work, 'floor.sqlite');
  const start = process.hrtime.bigint();
  const result = spawnSync(sqlite3, [db, '.mode csv', `.import ${csvFile} bare`], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.error || result.status !== 0) {
    console.log(`  sqlite3 shell not usable (${result.error?.message ?? result.stderr}): no floor measured`);
    return null;
  }
  return seconds;
}

export async function runImportBench(report: BenchReport, dataDir: string): Promise<void> {
  const rows = Number(process.env.CARNET_BENCH_IMPORT_ROWS ?? 100_000);
  const add = report.section(`CSV import (${rows.toLocaleString('en')}-row Outlook CSV into the bench database)`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-import-bench-'));
  try {
    const csvFile = path.join(work, 'outlook-100k.csv');
    writeOutlookCsv(csvFile, rows);
    add({ name: 'generated file', value: fs.statSync(csvFile).size / 1024 / 1024, unit: 'MB', note: `${rows} rows x ${OUTLOOK_COLUMNS.length} columns, Windows-1252` });
    // A copy, so the other benchmarks keep the database they expect.
    const importDir = path.join(work, 'data');
    fs.mkdirSync(importDir);
    fs.copyFileSync(path.join(dataDir, 'carnet.sqlite'), path.join(importDir, 'carnet.sqlite'));

    const floor = measureFloor(csvFile, work);
    if (floor !== null) add({ name: 'floor: sqlite3 .import into a bare table', value: floor, unit: 's' });

    const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'import-bench.ts'), '--child', csvFile, importDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const child = JSON.parse(output.trim().split('\n').pop()!) as { seconds: number; cpuSeconds: number; created: number; errors: number; peakRssMb: number };
    add({ name: 'carnet import (read, decode, parse, map, match, write)', value: child.seconds, unit: 's', note: `${child.created} created, ${child.errors} errors` });
    add({ name: 'CPU time of the import process', value: child.cpuSeconds, unit: 's', note: 'user + system, all threads' });
    add({ name: 'rows per second', value: Math.round(rows / child.seconds), unit: 'rows/s' });
    if (floor !== null) add({ name: 'ratio to the sqlite3 .import floor', value: child.seconds / floor, unit: 'x', target: '<= 3' });
    add({ name: 'peak memory of the import process', value: child.peakRssMb, unit: 'MB' });

    // What the schema itself costs: the same inserts, parameters ready, only SQLite timed.
    for (const withoutSearch of [false, true]) {
      fs.copyFileSync(path.join(dataDir, 'carnet.sqlite'), path.join(importDir, 'carnet.sqlite'));
      for (const suffix of ['-wal', '-shm']) fs.rmSync(path.join(importDir, `carnet.sqlite${suffix}`), { force: true });
      const args = ['--import', 'tsx', path.join(here, 'schema-write-floor.ts'), csvFile, importDir, ...(withoutSearch ? ['--without-search-index'] : [])];
      const schema = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }).trim().split('\n').pop()!) as { seconds: number; statements: number };
      const name = withoutSearch ? 'schema write floor without the search index' : 'schema write floor (the same inserts replayed, SQLite only)';
      const ratio = floor !== null ? `; ${(schema.seconds / floor).toFixed(2)}x the .import floor` : '';
      add({ name, value: schema.seconds, unit: 's', note: `${schema.statements} statements + commit${ratio}` });
      if (!withoutSearch) add({ name: 'carnet import / schema write floor', value: child.seconds / schema.seconds, unit: 'x' });
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Child mode: the real `carnet import` command, in-process, timed. */
async function runChild(csvFile: string, dataDir: string): Promise<void> {
  const { runCli } = await import('../electron/cli/main.ts');
  let stdout = '';
  const io = { stdout: (text: string) => void (stdout += text), stderr: (text: string) => void process.stderr.write(text), env: {} };
  const start = process.hrtime.bigint();
  const { code } = await runCli(['import', csvFile, '--json', '--data', dataDir], io);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== 0) throw new Error(`carnet import failed (${code}): ${stdout}`);
  const summary = JSON.parse(stdout) as { created: number; errors: unknown[] };
  const usage = process.resourceUsage();
  console.log(JSON.stringify({ seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, created: summary.created, errors: summary.errors.length, peakRssMb: usage.maxRSS / 1024 }));
}

if (process.argv[2] === '--child') await runChild(process.argv[3]!, process.argv[4]!);
