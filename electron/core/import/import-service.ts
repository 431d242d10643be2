import type { ImportOptions, ImportSummary, PreviewRow, RelatedCounts, RowAction, RowChoice, RowStatus, SalesOrderPreview, SalesOrderStatus } from '../../../shared/contract/import.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage, progressLabel, type CoreText } from '../../../shared/messages/core-text.ts';
import { newId } from '../clock.ts';
import type { CoreContext } from '../core-context.ts';
import { commitSource } from './pipeline/commit.ts';
import { warmUpPhoneWorker } from './pipeline/phone-facts-pool.ts';
import { previewSource } from './pipeline/preview.ts';
import { ImportSessions, type ImportSession } from './import-sessions.ts';
import { openImportFile } from './readers.ts';
import type { ReadOptions, RecordChoices } from './reader-types.ts';
import type { ParsedSource } from './import-record.ts';
import { commitSales } from './sales/sales-commit.ts';
import { planSales } from './sales/sales-plan.ts';
import { salesSummaryOf } from './sales/sales-summary.ts';
import { looksLikeSales, openSalesSource } from './sales/sales-source.ts';
import { adoptShopCurrencyOfBatch } from '../purchases/shop-currency.ts';
import { recomputeRfmAfterBatch } from '../purchases/rfm-after-batch.ts';

export interface PreviewPage {
  counts: Record<RowStatus, number>;
  actions: Record<RowAction, number>;
  total: number;
  rows: PreviewRow[];
  dateQuestion: { examples: string[] } | null;
  notes: CoreText[];
  related?: RelatedCounts;
  sales?: { counts: Record<SalesOrderStatus, number>; total: number; orders: SalesOrderPreview[]; toImport: number; customersToCreate: number };
}

/**
 * The import steps over analyzed files: analyze (read and describe), preview (what would happen),
 * commit (write one batch), cancel. Shared by the contract handlers and the CLI.
 */
export class ImportService {
  readonly sessions = new ImportSessions();
  private readonly jobs = new Map<string, { cancelled: boolean }>();

  constructor(private readonly ctx: CoreContext) {}

  async analyze(bytes: Uint8Array, fileName: string, options: ReadOptions): Promise<ImportSession> {
    warmUpPhoneWorker(this.ctx.settings().defaultCountry);
    const { reader, source } = await openImportFile(bytes, fileName, options);
    const session = this.sessions.create(fileName, bytes, reader, source);
    try {
      readKind(session, options.kind ?? null);
    } catch (error) {
      this.sessions.discard(session.id);
      throw error;
    }
    return session;
  }

  /** Re-reads a loaded file with other options (encoding, delimiter, source), in the same session. */
  async reanalyze(sourceId: string, options: ReadOptions): Promise<ImportSession> {
    const session = this.sessions.get(sourceId);
    session.source = await session.reader.open(session.bytes, session.fileName, options);
    session.last = null;
    readKind(session, options.kind ?? null);
    return session;
  }

  async preview(sourceId: string, options: ImportOptions, page: { status: RowStatus | null; offset: number; limit: number }): Promise<PreviewPage> {
    const session = this.sessions.get(sourceId);
    if (session.sales) return this.previewSales(session.sales, options, page);
    const choices = choicesOf(options);
    const parsed = session.source.records(choices);
    const result = await previewSource(this.ctx.database.sqlite, parsed, this.countries(options));
    const errors = result.rows.filter((row) => row.status === 'error').map((row) => ({ line: row.line, message: row.message, ...(row.error ? { said: row.error } : {}) }));
    session.last = keepFailed(parsed, errors);
    const selected = page.status ? result.rows.filter((row) => row.status === page.status) : result.rows;
    return {
      counts: result.counts,
      actions: result.actions,
      total: selected.length,
      rows: selected.slice(page.offset, page.offset + page.limit),
      dateQuestion: session.source.dateQuestion?.(choices) ?? null,
      notes: [...session.source.notes, ...parsed.notes.filter((note) => !session.source.notes.some((known) => known.text === note.text))],
      ...(result.related ? { related: result.related } : {}),
    };
  }

  async commit(sourceId: string, options: ImportOptions, jobId: string = newId()): Promise<ImportSummary> {
    const session = this.sessions.get(sourceId);
    if (session.sales) return this.commitSales(session, options, jobId);
    const choices = choicesOf(options);
    const question = session.source.dateQuestion?.(choices);
    if (question) {
      throw new CarnetError('invalid_input', coreMessage('error.importDateOrder', { examples: question.examples.join(', ') }));
    }
    if (this.jobs.has(jobId)) throw new CarnetError('conflict', `An import with job id ${jobId} is already running`);
    const job = { cancelled: false };
    this.jobs.set(jobId, job);
    // The preview's records are rebuilt below: let them go, a 100k-row file holds 100+ MB of them.
    session.last = null;
    try {
      const parsed = session.source.records(choices);
      const summary = await commitSource(this.ctx, parsed, {
        onDuplicate: options.onDuplicate,
        country: this.countries(options).country,
        rowChoices: rowChoicesOf(options),
        isCancelled: () => job.cancelled,
        onProgress: (done, total) => this.ctx.emit({ type: 'progress', jobId, ...progressLabel(coreMessage('progress.importing', { fileName: session.fileName })), done, total }),
      });
      session.last = keepFailed(parsed, summary.errors);
      if (summary.batchId && (summary.related?.purchases?.added ?? 0) > 0) await afterPurchasesImported(this.ctx, summary.batchId);
      if (summary.batchId) this.ctx.emit({ type: 'contacts.changed', ids: [] });
      return summary;
    } finally {
      this.jobs.delete(jobId);
    }
  }

  /** A sales file's orders: new, already there, customer unknown, error; nothing is written. */
  private previewSales(sales: NonNullable<ImportSession['sales']>, options: ImportOptions, page: { status: RowStatus | null; offset: number; limit: number }): PreviewPage {
    const plan = planSales(this.ctx.database.sqlite, sales.orders(options.dateOrder), this.salesOptions(sales, options));
    const orders = plan.orders.map((order) => order.preview);
    const selected = page.status ? orders.filter((order) => order.status === page.status) : orders;
    const zero = { new: 0, update: 0, already: 0, duplicate: 0, error: 0 };
    return {
      counts: zero,
      actions: { create: 0, update: 0, skip: 0 },
      total: 0,
      rows: [],
      dateQuestion: sales.dateQuestion(options.dateOrder),
      notes: [],
      sales: { counts: plan.counts, total: selected.length, orders: selected.slice(page.offset, page.offset + page.limit), toImport: plan.orders.filter((order) => order.write !== null).length, customersToCreate: plan.customers.length },
    };
  }

  /** What committing a sales file would do, as a summary (`carnet import --dry-run`); nothing is written. */
  dryRunSales(sourceId: string, options: ImportOptions): ImportSummary {
    const session = this.sessions.get(sourceId);
    const sales = session.sales;
    if (!sales) throw new CarnetError('invalid_input', 'This file is not read as sales');
    const question = sales.dateQuestion(options.dateOrder);
    if (question) throw new CarnetError('invalid_input', coreMessage('error.importDateOrder', { examples: question.examples.join(', ') }));
    return salesSummaryOf(planSales(this.ctx.database.sqlite, sales.orders(options.dateOrder), this.salesOptions(sales, options)), session.fileName, null);
  }

  private async commitSales(session: ImportSession, options: ImportOptions, jobId: string): Promise<ImportSummary> {
    const sales = session.sales!;
    const question = sales.dateQuestion(options.dateOrder);
    if (question) throw new CarnetError('invalid_input', coreMessage('error.importDateOrder', { examples: question.examples.join(', ') }));
    if (this.jobs.has(jobId)) throw new CarnetError('conflict', `An import with job id ${jobId} is already running`);
    const job = { cancelled: false };
    this.jobs.set(jobId, job);
    try {
      const summary = await commitSales(this.ctx, sales.orders(options.dateOrder), {
        ...this.salesOptions(sales, options),
        fileName: session.fileName,
        isCancelled: () => job.cancelled,
        onProgress: (done, total) => this.ctx.emit({ type: 'progress', jobId, ...progressLabel(coreMessage('progress.importing', { fileName: session.fileName })), done, total }),
      });
      if (summary.batchId) this.ctx.emit({ type: 'contacts.changed', ids: [] });
      return summary;
    } finally {
      this.jobs.delete(jobId);
    }
  }

  private salesOptions(sales: NonNullable<ImportSession['sales']>, options: ImportOptions) {
    const settings = this.ctx.settings();
    return { source: sales.layout.platform, country: options.country?.toUpperCase() ?? settings.defaultCountry, createCustomers: options.createCustomers === true, shopCurrency: settings.shopCurrency ?? null };
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job) return false;
    job.cancelled = true;
    return true;
  }

  private countries(options: ImportOptions): { country: string; defaultCountry: string; onDuplicate: ImportOptions['onDuplicate']; rowChoices: Map<number, RowChoice> } {
    const defaultCountry = this.ctx.settings().defaultCountry;
    return { country: options.country?.toUpperCase() ?? defaultCountry, defaultCountry, onDuplicate: options.onDuplicate, rowChoices: rowChoicesOf(options) };
  }
}

/**
 * Whether a file is read as contacts or as sales: a CSV whose columns name items sold with
 * numbers, quantities, prices or totals is a sales file, unless the user says otherwise.
 */
function readKind(session: ImportSession, chosen: ImportSession['kind'] | null): void {
  const table = session.source.parsedTable;
  session.detectedKind = table && looksLikeSales(table.columns) ? 'purchases' : 'contacts';
  session.kind = chosen ?? session.detectedKind;
  session.sales = null;
  if (session.kind === 'purchases') {
    if (!table) throw new CarnetError('invalid_input', coreMessage('error.salesNotTable', { fileName: session.fileName }));
    session.sales = openSalesSource(table);
  }
}

/** What the failed-rows download needs of a read: the records of the failed lines only. */
function keepFailed(parsed: ParsedSource, errors: { line: number; message: string }[]): NonNullable<ImportSession['last']> {
  const failedLines = new Set(errors.map((error) => error.line));
  return { parsed: { ...parsed, records: parsed.records.filter((record) => failedLines.has(record.line)) }, errors };
}

/** The per-row choices by line (a later choice for the same line wins). */
function rowChoicesOf(options: ImportOptions): Map<number, RowChoice> {
  return new Map(options.rowChoices.map((row) => [row.line, row.choice]));
}

function choicesOf(options: ImportOptions): RecordChoices {
  return { mapping: options.mapping, dateOrder: options.dateOrder };
}

/**
 * A Carnet export's purchases came in: the shop takes their currency when it has none yet, and
 * the RFM scores are computed again now (as after a sales import), not at the next daily run.
 */
async function afterPurchasesImported(ctx: CoreContext, batchId: string): Promise<void> {
  if (await ctx.database.db.transaction().execute((trx) => adoptShopCurrencyOfBatch(trx, batchId))) await ctx.reloadSettings();
  await recomputeRfmAfterBatch(ctx);
}
