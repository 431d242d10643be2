// Sales import benchmark: a generated 100,000-line sales CSV (invoices of 1 to 5 lines, 20,000
// customers, 300 products) imported with `carnet import` twice into copies of the bench
// database: as sales (one purchase per invoice, customers created) and, for the target,
// the same file read as contacts (`--kind contacts`). Each import runs in a child process.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchReport } from './bench-report.ts';
import { seededRandom } from './contact-generator.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Writes about `lines` sales lines as a generic invoice CSV; returns how many invoices it holds. */
export function writeSalesCsv(file: string, lines: number): number {
  const random = seededRandom(1313);
  const rows = ['Date,Invoice number,Customer,Email,Phone,Item,Quantity,Unit price,Currency'];
  let invoice = 0;
  while (rows.length - 1 < lines) {
    invoice++;
    const customer = Math.floor(random() * 20_000);
    const day = `2024-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const count = 1 + Math.floor(random() * 5);
    for (let i = 0; i < count && rows.length - 1 < lines; i++) {
      const price = (100 + Math.floor(random() * 9900)) / 100;
      rows.push(`${day},INV-${invoice},Customer${customer} Bench${customer},c${customer}@sales-bench.example,+33 6 ${String(customer).padStart(8, '0').replace(/(\d\d)(?=\d)/g, '$1 ')},Product ${Math.floor(random() * 300)},${1 + Math.floor(random() * 4)},${price.toFixed(2)},EUR`);
    }
  }
  fs.writeFileSync(file, rows.join('\n') + '\n');
  return invoice;
}

function importInChild(csvFile: string, dataDir: string, args: string[]): { seconds: number; summary: Record<string, unknown> } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'sales-import-bench.ts'), '--child', csvFile, dataDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output.trim().split('\n').pop()!) as { seconds: number; summary: Record<string, unknown> };
}

export async function runSalesImportBench(report: BenchReport, dataDir: string): Promise<void> {
  const lines = Number(process.env.CARNET_BENCH_SALES_LINES ?? 100_000);
  const add = report.section(`Sales import (${lines.toLocaleString('en')}-line sales CSV into the bench database)`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-sales-bench-'));
  try {
    const csvFile = path.join(work, 'sales.csv');
    const invoices = writeSalesCsv(csvFile, lines);
    add({ name: 'generated file', value: fs.statSync(csvFile).size / 1024 / 1024, unit: 'MB', note: `${lines} lines, ${invoices} invoices` });
    const fresh = (name: string) => {
      const dir = path.join(work, name);
      fs.mkdirSync(dir);
      fs.copyFileSync(path.join(dataDir, 'carnet.sqlite'), path.join(dir, 'carnet.sqlite'));
      return dir;
    };
    const asContacts = importInChild(csvFile, fresh('contacts'), ['--kind', 'contacts']);
    add({ name: 'the same file imported as contacts', value: asContacts.seconds, unit: 's' });
    const salesDir = fresh('sales');
    const asSales = importInChild(csvFile, salesDir, ['--create-customers']);
    add({ name: 'imported as sales (customers created)', value: asSales.seconds, unit: 's', note: `${String(asSales.summary.purchasesCreated)} purchases, ${String(asSales.summary.customersCreated)} customers` });
    add({ name: 'sales import / contacts import', value: asSales.seconds / asContacts.seconds, unit: 'x', target: '<= 2' });
    const again = importInChild(csvFile, salesDir, ['--create-customers']);
    add({ name: 'the same sales file again (all already there)', value: again.seconds, unit: 's', note: `${String(again.summary.alreadyThere)} already there` });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Child mode: the real `carnet import` command, in-process, timed. */
async function runChild(csvFile: string, dataDir: string, args: string[]): Promise<void> {
  const { runCli } = await import('../electron/cli/main.ts');
  let stdout = '';
  const io = { stdout: (text: string) => void (stdout += text), stderr: (text: string) => void process.stderr.write(text), env: {} };
  const start = process.hrtime.bigint();
  const { code } = await runCli(['import', csvFile, '--json', '--data', dataDir, ...args], io);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== 0) throw new Error(`carnet import failed (${code}): ${stdout.slice(0, 500)}`);
  const { errors: _errors, skippedOrders: _skipped, duplicatesToReview: _duplicates, ...summary } = JSON.parse(stdout) as Record<string, unknown>;
  console.log(JSON.stringify({ seconds, summary }));
}

if (process.argv[2] === '--child') await runChild(process.argv[3]!, process.argv[4]!, process.argv.slice(5));
