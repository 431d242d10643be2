import fs from 'node:fs';
import path from 'node:path';
import { IMPORT_KINDS, importOptionsSchema, MAX_LISTED_DUPLICATES, type ImportKind, type ImportSummary } from '../../../shared/contract/import.ts';
import { describeMatch } from '../../core/import/pipeline/outcome-words.ts';
import { plural } from '../count-words.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { ImportService } from '../../core/import/import-service.ts';
import { closeSharedOcrEngine } from '../../core/cards/card-image-reader.ts';
import { parseMappingFile } from '../../core/import/mappings-store.ts';
import type { CliCommand, CommandContext } from '../cli-types.ts';
import { terminalJson, tty } from '../terminal-text.ts';

const DELIMITER_NAMES: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };

/** For card images: what OCR/QR read, so scripts can check it (`--json`). */
type Extracted = { fields: unknown; confidence?: Record<string, number> }[];
type FileResult = ImportSummary & { file: string; dryRun?: boolean; extracted?: Extracted };

export const importCommand: CliCommand = {
  words: ['import'],
  usage: 'import FILE... [--dry-run] [--json] [--kind contacts|purchases] [--create-customers] [--on-duplicate skip|update|create] [--country CC] [--encoding NAME] [--delimiter C] [--mapping FILE] [--date-order dmy|mdy] [--source PRESET]',
  summary: 'Imports contacts from CSV files (Google, Outlook, Excel...), vCards, card photos and Carnet JSON exports (with their interactions and tasks), or sales from Shopify, WooCommerce, Square and other sales CSVs (found by their columns, or --kind purchases; --create-customers creates the customers no contact matches), one undoable batch per file. --dry-run shows what would happen.',
  valueFlags: ['on-duplicate', 'country', 'encoding', 'delimiter', 'mapping', 'date-order', 'source', 'kind'],
  async run(ctx) {
    const files = ctx.args;
    if (files.length === 0) throw new CarnetError('invalid_input', 'Say which file to import: carnet import FILE... (see carnet help)');
    const options = parseOptions(ctx);
    const core = await ctx.openCore();
    const service = new ImportService(core.context);
    const results: FileResult[] = [];
    try {
      for (const file of files) {
        try {
          results.push(await importOne(service, file, options, ctx.flags['dry-run'] === true));
        } catch (error) {
          const message = error instanceof CarnetError ? error.message : (error as Error).message;
          results.push({ file, ...emptySummary(path.basename(file)), errors: [{ line: 0, message }] });
        }
      }
    } finally {
      // Card images start an OCR worker thread: end it so the command exits at once.
      await closeSharedOcrEngine();
    }
    if (ctx.flags.json) {
      // Errors as {line, message}: the CLI speaks English, so the message ids stay inside.
      const lineMessages = (list: ImportSummary['errors']) => list.map(({ line, message }) => ({ line, message }));
      const shaped = results.map(({ file, fileName: _fileName, cancelled: _cancelled, errors, warnings, ...rest }) => ({ file, ...rest, errors: lineMessages(errors), warnings: lineMessages(warnings ?? []) }));
      ctx.io.stdout(terminalJson(shaped.length === 1 ? shaped[0] : shaped) + '\n');
    } else {
      for (const result of results) ctx.io.stdout(describe(result));
    }
    const imported = results.reduce((n, r) => n + r.created + r.createdCompanies + r.updated + r.skipped + r.alreadyThere + (r.purchasesCreated ?? 0), 0);
    return imported > 0 ? 0 : 1;
  },
};

interface CliImportOptions {
  read: { encoding: string | null; delimiter: string | null; preset: string | null; kind: ImportKind | null };
  options: ReturnType<typeof importOptionsSchema.parse>;
}

function parseOptions({ flags }: CommandContext): CliImportOptions {
  const text = (name: string): string | null => (typeof flags[name] === 'string' ? (flags[name] as string) : null);
  let delimiter = text('delimiter');
  if (delimiter !== null) {
    delimiter = DELIMITER_NAMES[delimiter.toLowerCase()] ?? delimiter;
    if ([...delimiter].length !== 1) throw new CarnetError('invalid_input', `--delimiter takes one character (or tab, comma, semicolon, pipe), not "${delimiter}"`);
  }
  const kind = text('kind');
  if (kind !== null && !(IMPORT_KINDS as readonly string[]).includes(kind)) throw new CarnetError('invalid_input', `--kind takes contacts or purchases, not "${kind}"`);
  const mappingFile = text('mapping');
  let mapping = null;
  if (mappingFile) {
    let content: string;
    try {
      content = fs.readFileSync(mappingFile, 'utf8');
    } catch (error) {
      throw new CarnetError('io', `Cannot read the mapping file ${mappingFile}: ${(error as Error).message}`);
    }
    mapping = parseMappingFile(content, mappingFile);
  }
  const parsed = importOptionsSchema.safeParse({
    onDuplicate: text('on-duplicate') ?? undefined,
    country: text('country'),
    dateOrder: text('date-order'),
    mapping,
    createCustomers: flags['create-customers'] === true,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const flag = { onDuplicate: '--on-duplicate', country: '--country', dateOrder: '--date-order' }[String(issue.path[0])] ?? String(issue.path[0]);
    throw new CarnetError('invalid_input', `${flag}: ${issue.message}`);
  }
  return { read: { encoding: text('encoding'), delimiter, preset: text('source'), kind: kind as ImportKind | null }, options: parsed.data };
}

async function importOne(service: ImportService, file: string, cli: CliImportOptions, dryRun: boolean): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new CarnetError('io', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const session = await service.analyze(bytes, path.basename(file), cli.read);
  const extracted: Extracted | undefined = session.source.format === 'image'
    ? session.source.records({}).records.map((record) => ({ fields: record.fields, confidence: record.confidence }))
    : undefined;
  try {
    if (dryRun && session.sales) return { file, dryRun: true, ...service.dryRunSales(session.id, cli.options) };
    if (dryRun) return { file, dryRun: true, ...(await dryRunSummary(service, session.id, cli)), ...(extracted ? { extracted } : {}) };
    const jobId = `cli-${session.id}`;
    // Ctrl-C cancels: the transaction rolls back and the database is left as it was.
    const onInterrupt = () => service.cancel(jobId);
    process.once('SIGINT', onInterrupt);
    try {
      return { file, ...(await service.commit(session.id, cli.options, jobId)), ...(extracted ? { extracted } : {}) };
    } finally {
      process.removeListener('SIGINT', onInterrupt);
    }
  } finally {
    service.sessions.discard(session.id);
  }
}

/** What a commit would do, from the preview (the same plan): nothing is written. */
async function dryRunSummary(service: ImportService, sourceId: string, cli: CliImportOptions): Promise<ImportSummary> {
  const preview = await service.preview(sourceId, cli.options, { status: null, offset: 0, limit: Number.MAX_SAFE_INTEGER });
  if (preview.dateQuestion) {
    throw new CarnetError('invalid_input', `Dates such as ${preview.dateQuestion.examples.join(', ')} can be read as day/month or month/day: add --date-order dmy or --date-order mdy`);
  }
  const summary = emptySummary('');
  summary.warnings = [];
  for (const row of preview.rows) {
    if (row.status !== 'error' && row.action !== 'skip') for (const said of row.warnings) summary.warnings.push({ line: row.line, message: said.text });
    if (row.status === 'error') summary.errors.push({ line: row.line, message: row.message });
    else if (row.action === 'create') {
      if (row.kind === 'company') summary.createdCompanies++;
      else summary.created++;
      if (row.match?.namesConflict) {
        summary.possibleDuplicates++;
        if (summary.duplicatesToReview.length < MAX_LISTED_DUPLICATES) summary.duplicatesToReview.push({ line: row.line, displayName: row.displayName, kind: row.kind, contactId: '', match: row.match });
      }
    } else if (row.action === 'update') summary.updated++;
    else if (row.match && row.changes.length === 0) summary.alreadyThere++;
    else summary.skipped++;
  }
  if (preview.related) summary.related = preview.related;
  return summary;
}

function emptySummary(fileName: string): ImportSummary {
  return { batchId: null, fileName, created: 0, createdCompanies: 0, updated: 0, alreadyThere: 0, skipped: 0, possibleDuplicates: 0, duplicatesToReview: [], errors: [], cancelled: false };
}

/** A Carnet export's interactions and tasks: "  would add 2 interactions and 3 tasks, 0 interactions and 1 task already there". */
function describeRelated({ interactions, tasks, purchases }: NonNullable<ImportSummary['related']>, dryRun: boolean): string {
  const both = (i: number, t: number) => `${plural(i, 'interaction')} and ${plural(t, 'task')}`;
  const leftOut = interactions.skipped + tasks.skipped > 0 ? `, ${both(interactions.skipped, tasks.skipped)} left out (their contact is not imported)` : '';
  // A version 3 export's purchases, on a line of their own.
  const bought = purchases
    ? `\n  ${dryRun ? 'would add' : 'added'} ${plural(purchases.added, 'purchase')}, ${purchases.already} already there${purchases.skipped > 0 ? `, ${purchases.skipped} left out (their contact is not imported)` : ''}`
    : '';
  return `  ${dryRun ? 'would add' : 'added'} ${both(interactions.added, tasks.added)}, ${both(interactions.already, tasks.already)} already there${leftOut}${bought}`;
}

/** A sales file: "orders.csv: created 3 purchases, 2 customers, already there 0, skipped 1, 0 errors" and the skipped orders. */
function describeSales(result: FileResult & { purchasesCreated: number }): string {
  const would = (verb: string) => (result.dryRun ? `would ${verb.replace(/d$/, '')}` : verb);
  const parts = [
    `${would('created')} ${plural(result.purchasesCreated, 'purchase')}, ${plural(result.customersCreated ?? 0, 'customer')}`,
    `already there ${result.alreadyThere}`,
    `skipped ${result.skipped}`,
    plural(result.errors.length, 'error'),
  ];
  const lines = [tty`${result.file}: ${parts.join(', ')}`];
  if (result.batchId) lines.push(tty`  import ${result.batchId} (undo with: carnet import undo ${result.batchId})`);
  else if (!result.dryRun) lines.push('  nothing was written');
  const skipped = result.skippedOrders ?? [];
  // Orders the shop says were no sale (voided) are skipped too, but creating customers would not bring them in.
  const forUnknownCustomers = skipped.some((order) => order.said?.id !== 'import.sales.notASale');
  if (skipped.length > 0 && !result.dryRun) lines.push(forUnknownCustomers ? '  skipped orders (add --create-customers to create their customers):' : '  skipped orders:');
  for (const order of skipped.slice(0, 20)) lines.push(tty`  line ${order.line}: ${order.reference ? `${order.reference} ` : ''}${order.customerName ? `(${order.customerName}) ` : ''}${order.message}`);
  if (skipped.length > 20) lines.push(`  ... and ${skipped.length - 20} more`);
  lines.push(...lineList(result.errors), ...warningLines(result));
  return lines.join('\n') + '\n';
}

/** "  line 3: message" for the first 20, then how many more. */
function lineList(list: readonly { line: number; message: string }[]): string[] {
  const lines = list.slice(0, 20).map((entry) => tty`  line ${entry.line}: ${entry.message}`);
  if (list.length > 20) lines.push(`  ... and ${list.length - 20} more`);
  return lines;
}

/** What was imported with a remark, under a heading of its own so it is not read as an error. */
function warningLines(result: FileResult): string[] {
  const warnings = result.warnings ?? [];
  if (warnings.length === 0) return [];
  return [`  ${plural(warnings.length, 'warning')} (${result.dryRun ? 'would be imported' : 'imported'} anyway):`, ...lineList(warnings)];
}

function describe(result: FileResult): string {
  if (result.purchasesCreated !== undefined && !(result.errors.length === 1 && result.errors[0]!.line === 0)) return describeSales({ ...result, purchasesCreated: result.purchasesCreated });
  const lines: string[] = [];
  const would = (verb: string) => (result.dryRun ? `would ${verb.replace(/d$/, '')}` : verb);
  const problems = result.errors.length;
  if (result.errors.length === 1 && result.errors[0]!.line === 0) {
    return tty`${result.file}: ${result.errors[0]!.message}\n`;
  }
  const parts = [
    `${would('created')} ${plural(result.created, 'contact')}${result.possibleDuplicates > 0 ? ` (${plural(result.possibleDuplicates, 'possible duplicate')})` : ''}`,
    ...(result.createdCompanies > 0 ? [plural(result.createdCompanies, 'company', 'companies')] : []),
    `${would('updated')} ${result.updated}`,
    `already there ${result.alreadyThere}`,
    `skipped ${result.skipped}`,
    plural(problems, 'error'),
  ];
  lines.push(tty`${result.file}: ${parts.join(', ')}`);
  if (result.related) lines.push(describeRelated(result.related, result.dryRun === true));
  if (result.batchId) lines.push(tty`  import ${result.batchId} (undo with: carnet import undo ${result.batchId})`);
  else if (!result.dryRun && result.created + result.createdCompanies + result.updated === 0) lines.push('  nothing was written');
  if (result.possibleDuplicates > 0) {
    lines.push(tty`  possible duplicates, ${result.dryRun ? 'would be created' : 'created'} as separate contacts (review them; merge with --on-duplicate is never automatic):`);
    for (const row of result.duplicatesToReview.slice(0, 20)) lines.push(tty`  line ${row.line}: ${row.displayName} ${describeMatch(row.match)}`);
    if (result.possibleDuplicates > 20) lines.push(tty`  ... and ${result.possibleDuplicates - 20} more`);
  }
  lines.push(...lineList(result.errors), ...warningLines(result));
  return lines.join('\n') + '\n';
}
