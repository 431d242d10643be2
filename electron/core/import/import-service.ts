import type { ImportOptions, ImportSummary, PreviewRow, RelatedCounts, RowAction, RowChoice, RowStatus } from '../../../shared/contract/import.ts';
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

export interface PreviewPage {
  counts: Record<RowStatus, number>;
  actions: Record<RowAction, number>;
  total: number;
  rows: PreviewRow[];
  dateQuestion: { examples: string[] } | null;
  notes: CoreText[];
  related?: RelatedCounts;
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
    return this.sessions.create(fileName, bytes, reader, source);
  }

  /** Re-reads a loaded file with other options (encoding, delimiter, source), in the same session. */
  async reanalyze(sourceId: string, options: ReadOptions): Promise<ImportSession> {
    const session = this.sessions.get(sourceId);
    session.source = await session.reader.open(session.bytes, session.fileName, options);
    session.last = null;
    return session;
  }

  async preview(sourceId: string, options: ImportOptions, page: { status: RowStatus | null; offset: number; limit: number }): Promise<PreviewPage> {
    const session = this.sessions.get(sourceId);
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
      if (summary.batchId) this.ctx.emit({ type: 'contacts.changed', ids: [] });
      return summary;
    } finally {
      this.jobs.delete(jobId);
    }
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
