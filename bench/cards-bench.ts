// Card-reading accuracy and speed for `npm run bench`: reads the generated card images in
// tests/fixtures/cards (known fields in truth.json; regenerate with scripts/make-card-images.mjs)
// and the two Microsoft sample photos, in a child process so its peak memory is the OCR's own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchReport } from './bench-report.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../tests/fixtures/cards');
const azureDir = path.resolve(here, '../../shared/corpora/azure-business-cards');

interface Truth {
  category: 'clean' | 'photo' | 'qr';
  /**
   * tuning: the heuristics were written looking at these; held-out: made afterwards, read once,
   * then used for fixes; unseen: made last and never used to change anything (the fair estimate).
   */
  set: 'tuning' | 'held-out' | 'unseen';
  name: string;
  title: string;
  company: string;
  email: string;
  phone: string;
  website: string;
}

const FIELDS = ['name', 'company', 'email', 'phone', 'website'] as const;
type Field = (typeof FIELDS)[number];

interface CardResult {
  file: string;
  group: 'clean' | 'photographed';
  set: Truth['set'];
  seconds: number;
  /** The main OCR language the card was finally read with; not English means it was read twice. */
  language: string;
  right: Record<Field, boolean>;
}

interface ChildOutput {
  initSeconds: number;
  cards: CardResult[];
  azure: { file: string; seconds: number; found: Record<string, string> }[];
  peakRssMb: number;
}

const digits = (value: string) => value.replace(/\D/g, '');
/**
 * Names and companies compare with their accents ("Tomas" is not "Tomás"), ignoring only case,
 * spacing and a trailing dot or comma.
 */
const sameText = (found: string, truth: string) => {
  const tidy = (value: string) => value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.,]+$/, '');
  return tidy(found) === tidy(truth);
};
const host = (value: string) => value.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');

/** A national number kept as printed ("01 42 68 53 00", "961 23 45 67") counts when its digits match. */
function phoneMatches(found: string, truth: string): boolean {
  const a = digits(found);
  const b = digits(truth);
  if (a === b) return true;
  // Kept as printed (read with another default country): the national digits, trunk 0 dropped.
  const national = a.replace(/^0/, '');
  return !found.trim().startsWith('+') && national.length >= 8 && b.endsWith(national);
}

async function measure(): Promise<ChildOutput> {
  const { OcrEngine } = await import('../electron/core/cards/ocr-engine.ts');
  const { readCardImage } = await import('../electron/core/cards/read-card.ts');
  const { ocrLanguagesFor } = await import('../electron/core/cards/ocr-languages.ts');
  const truth = JSON.parse(fs.readFileSync(path.join(fixtures, 'truth.json'), 'utf8')) as Record<string, Truth>;
  const engine = new OcrEngine();
  const warm = performance.now();
  // Start the worker on a tiny card so init time is measured apart from per-card time.
  await engine.recognize(fs.readFileSync(path.join(fixtures, Object.keys(truth)[0]!)), { languages: ocrLanguagesFor('eng') });
  const initSeconds = (performance.now() - warm) / 1000;
  const cards: CardResult[] = [];
  for (const [file, expected] of Object.entries(truth)) {
    const started = performance.now();
    const { draft, language } = await readCardImage(fs.readFileSync(path.join(fixtures, file)), file, { engine, country: 'US' });
    const seconds = (performance.now() - started) / 1000;
    const fields = draft.fields;
    const right: Record<Field, boolean> = {
      name: sameText(`${fields.firstName} ${fields.lastName}`, expected.name),
      company: sameText(fields.company, expected.company),
      email: (fields.emails ?? []).some((e) => e.value.toLowerCase() === expected.email.toLowerCase()),
      phone: (fields.phones ?? []).some((p) => phoneMatches(p.value, expected.phone)),
      website: (fields.websites ?? []).some((w) => host(w.value) === host(expected.website)),
    };
    cards.push({ file, group: expected.category === 'photo' || file.includes('photo') ? 'photographed' : 'clean', set: expected.set, seconds, language, right });
  }
  const azure: ChildOutput['azure'] = [];
  if (fs.existsSync(azureDir)) {
    for (const file of ['business-card-english.jpg', 'business_card.jpg']) {
      const started = performance.now();
      const { draft } = await readCardImage(fs.readFileSync(path.join(azureDir, file)), file, { engine, country: 'US' });
      const f = draft.fields;
      azure.push({ file, seconds: (performance.now() - started) / 1000, found: { name: `${f.firstName} ${f.lastName}`.trim(), company: f.company, email: f.emails?.[0]?.value ?? '', phones: (f.phones ?? []).map((p) => p.value).join(' ') } });
    }
  }
  await engine.close();
  return { initSeconds, cards, azure, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

export async function runCardsBench(report: BenchReport): Promise<void> {
  const output = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  const result = JSON.parse(output.slice(output.indexOf('{"initSeconds"'))) as ChildOutput;
  const metric = report.section(`Business-card reading (${result.cards.length} generated cards, offline OCR: English first, then the card's own language first when it is fra, deu, spa or rus)`);
  const share = (cards: CardResult[], field: Field) => (cards.length ? (100 * cards.filter((c) => c.right[field]).length) / cards.length : NaN);
  const sets = (['tuning', 'held-out', 'unseen'] as const).map((name) => ({ label: `${name} set`, cards: result.cards.filter((c) => c.set === name) }));
  for (const set of sets) {
    for (const field of FIELDS) metric({ name: `${field} right, ${set.label} (${set.cards.length})`, value: share(set.cards, field), unit: '%' });
  }
  for (const group of ['clean', 'photographed'] as const) {
    const target = group === 'clean' ? '>= 90%' : '>= 75%';
    for (const set of [{ label: 'all', cards: result.cards }, sets[2]!]) {
      const cards = set.cards.filter((c) => c.group === group);
      metric({ name: `emails right, ${group}, ${set.label} (${cards.length})`, value: share(cards, 'email'), unit: '%', target });
      metric({ name: `phones right, ${group}, ${set.label} (${cards.length})`, value: share(cards, 'phone'), unit: '%', target });
    }
  }
  const seconds = result.cards.map((c) => c.seconds);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const twice = result.cards.filter((c) => c.language !== 'eng');
  metric({ name: 'OCR worker start (English first, fra, deu, spa)', value: result.initSeconds, unit: 's' });
  metric({ name: 'seconds per card (mean)', value: mean(seconds), unit: 's' });
  metric({ name: `seconds per card read once, in English (${result.cards.length - twice.length})`, value: mean(result.cards.filter((c) => c.language === 'eng').map((c) => c.seconds)), unit: 's' });
  metric({ name: `seconds per card read twice (${twice.length})`, value: mean(twice.map((c) => c.seconds)), unit: 's', note: [...new Set(twice.map((c) => c.language))].join(', ') });
  metric({ name: 'seconds per card (slowest)', value: Math.max(...seconds), unit: 's', note: result.cards.find((c) => c.seconds === Math.max(...seconds))?.file });
  for (const card of result.azure) metric({ name: `${card.file} (4032×3024 photo)`, value: card.seconds, unit: 's', note: `read: ${Object.entries(card.found).map(([k, v]) => `${k}=${v || '-'}`).join('; ')}` });
  metric({ name: 'peak memory (card-reading process)', value: result.peakRssMb, unit: 'MB' });
  // vCard parsing speed (the import pipeline's own cost is measured by the import bench).
  const { readVCardText } = await import('../electron/core/vcard/vcard-reader.ts');
  const cards: string[] = [];
  for (let i = 0; i < 50_000; i++) {
    cards.push(`BEGIN:VCARD\r\nVERSION:3.0\r\nN:Last${i};First${i};;;\r\nFN:First${i} Last${i}\r\nORG:Company ${i % 500}\r\nEMAIL;TYPE=INTERNET,WORK:user${i}@example.com\r\nTEL;TYPE=CELL:+33 6 12 34 ${String(i % 100).padStart(2, '0')} 78\r\nADR;TYPE=WORK:;;${i} rue de la Paix;Paris;;75002;France\r\nNOTE:Line one\\nLine two\r\nEND:VCARD\r\n`);
  }
  const vcf = cards.join('');
  const started = performance.now();
  const parsed = readVCardText(vcf);
  metric({ name: `read a ${(vcf.length / 1e6).toFixed(0)} MB vCard file (${parsed.records.length} cards)`, value: (performance.now() - started) / 1000, unit: 's' });
  const misses = result.cards.flatMap((c) => FIELDS.filter((f) => !c.right[f]).map((f) => `${c.file}:${f}`));
  if (misses.length) console.log(`  misses: ${misses.join(', ')}`);
}

if (process.argv.includes('--child')) {
  const result = await measure();
  process.stdout.write(JSON.stringify(result) + '\n');
}
