import type BetterSqlite3 from 'better-sqlite3';
import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import type { OnDuplicate, PreviewRow, RelatedCounts, RowAction, RowChoice, RowStatus } from '../../../../shared/contract/import.ts';
import { displayNameOf } from '../../../../shared/domain/text.ts';
import type { ImportRecord, ParsedSource } from '../import-record.ts';
import { Matcher } from './match.ts';
import { describeOutcome } from './outcome-words.ts';
import { phoneReadings } from './phone-readings.ts';
import { planImport, rowMatchOf, type RowOutcome } from './plan.ts';
import { planRelatedOf } from './related.ts';
import { nextTurn } from '../../next-turn.ts';

export interface PreviewOptions {
  onDuplicate: OnDuplicate;
  country: string;
  defaultCountry: string;
  rowChoices: ReadonlyMap<number, RowChoice>;
}

export interface PreviewResult {
  rows: PreviewRow[];
  counts: Record<RowStatus, number>;
  actions: Record<RowAction, number>;
  /** A Carnet export's interactions and tasks: what the import would add, find there, or leave out. */
  related?: RelatedCounts;
}

/**
 * What an import would do, row by row, without writing anything: the import's own plan (see
 * plan.ts), so the preview says exactly what the import will do.
 */
export async function previewSource(sqlite: BetterSqlite3.Database, parsed: ParsedSource, options: PreviewOptions): Promise<PreviewResult> {
  const matcher = new Matcher(sqlite, options.country);
  const plan = await planImport(sqlite, parsed.records, matcher, {
    ...options,
    keepRows: true,
    // A 100k-row preview takes seconds: let other requests (and the UI's events) through now and then.
    step: async (i) => {
      if (i > 0 && i % 5000 === 0) await nextTurn();
    },
  });
  const recordsByLine = new Map(parsed.records.map((record) => [record.line, record]));
  const rows = plan.rows.map((outcome) => previewRowOf(outcome, recordsByLine.get(outcome.line)!, options.country));
  const related = planRelatedOf(sqlite, parsed, plan.targets);
  return { rows, counts: plan.statuses, actions: plan.actions, ...(related ? { related: related.counts } : {}) };
}

function previewRowOf(outcome: RowOutcome, record: ImportRecord, country: string): PreviewRow {
  const match = outcome.match ? rowMatchOf(outcome.match) : null;
  const fields = outcome.fields;
  return {
    line: outcome.line,
    status: outcome.status,
    kind: fields?.kind ?? 'person',
    action: outcome.action,
    displayName: fields ? displayNameOf(fields) : guessName(record.fields),
    detail: fields ? (fields.emails[0]?.value ?? fields.phones[0]?.value ?? '') : '',
    details: fields ? detailsOf(fields, country) : null,
    message: describeOutcome({ ...outcome, match }),
    error: outcome.status === 'error' ? outcome.error : null,
    match,
    changes: outcome.changes,
    warnings: outcome.warnings,
  };
}

function detailsOf(fields: ContactFields, country: string): NonNullable<PreviewRow['details']> {
  return {
    company: fields.kind === 'person' ? fields.company : '',
    title: fields.title,
    emails: fields.emails.map((email) => email.value),
    phones: phoneReadings(fields.phones.map((phone) => phone.value), country),
  };
}

function guessName(fields: ImportRecord['fields']): string {
  const name = [fields.firstName, fields.lastName].filter(Boolean).join(' ');
  return name || fields.company || fields.emails?.[0]?.value || '';
}
