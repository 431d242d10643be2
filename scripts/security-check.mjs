// Runs @doyensec/electronegativity over electron/ and fails on any HIGH finding.
// (electronegativity itself exits 0 whatever it finds, so its CSV report is parsed here.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-electronegativity-')), 'report.csv');
const cli = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

const run = spawnSync(process.execPath, [cli, '-i', path.join(root, 'electron'), '-o', report, '-r', '-v', 'false', '-e', electronVersion], { encoding: 'utf8' });
if (!fs.existsSync(report)) {
  console.error(`electronegativity wrote no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
const rows = Papa.parse(fs.readFileSync(report, 'utf8').trim(), { header: true, transformHeader: (h) => h.trim(), skipEmptyLines: true }).data;
const bySeverity = {};
for (const row of rows) bySeverity[row.severity] = (bySeverity[row.severity] ?? 0) + 1;
for (const row of rows) console.log(`  ${row.severity.padEnd(6)} ${row.issue.padEnd(28)} ${row.filename}:${row.location}  ${row.description}`);
const high = rows.filter((row) => row.severity === 'HIGH');
console.log(`electronegativity: ${rows.length} findings (${Object.entries(bySeverity).map(([s, n]) => `${n} ${s}`).join(', ') || 'none'}); ${high.length} HIGH`);
process.exit(high.length > 0 ? 1 : 0);
