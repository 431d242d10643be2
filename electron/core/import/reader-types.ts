import type { ParsedSource } from './import-record.ts';
import type { ParsedTable } from './csv/parse-table.ts';
import type { ColumnMapping, DateOrder, ImportKind, TableDescription } from '../../../shared/contract/import.ts';
import type { CoreText } from '../../../shared/messages/core-text.ts';

/** What the user chose in the wizard (or on the command line) about how to read a file. */
export interface ReadOptions {
  /** A WHATWG encoding label, or null to detect. */
  encoding?: string | null;
  /** ',' ';' '\t' '|' (or any one character), or null to sniff. */
  delimiter?: string | null;
  /** A preset id from csv/presets.ts, or null to recognise it from the header. */
  preset?: string | null;
  /** Read a table as contacts or as sales whatever its columns suggest; null = as detected. */
  kind?: ImportKind | null;
}

/** How the user wants the records built: only table readers use these. */
export interface RecordChoices {
  mapping?: ColumnMapping | null;
  dateOrder?: DateOrder | null;
}

/** A file that was read once and can produce its records, again, under different choices. */
export interface OpenedSource {
  format: string;
  fileName: string;
  /** The encoding used to decode the bytes, or null for binary formats (images). */
  encoding: string | null;
  /** Set for table formats (CSV): columns, samples, detected preset and the suggested mapping. */
  table: TableDescription | null;
  notes: CoreText[];
  /** How many records the file holds (rows, cards), before validation. */
  recordCount: number;
  records(choices: RecordChoices): ParsedSource;
  /** Table formats: the rows as read, for reading the file as sales rather than contacts. */
  parsedTable?: ParsedTable;
  /** Table formats: set when dates read either as day/month or month/day and no order was chosen. */
  dateQuestion?(choices: RecordChoices): { examples: string[] } | null;
}

/**
 * One file format. The registry asks each reader how sure it is that it can read a file and
 * opens it with the most confident one. A format without options (vCard, a card photo) can use
 * `simpleReader` below and only write `read`.
 */
export interface ImportReader {
  format: string;
  /** Human name for the wizard: "CSV (spreadsheet, Google, Outlook)". */
  label: string;
  /** File name extensions this reader takes, with the dot: used by the file picker's accept list. */
  extensions: string[];
  /** 0 = cannot read it; higher = more sure. Gets the file name and the first 4 KB. */
  detect(fileName: string, head: Uint8Array): number;
  open(bytes: Uint8Array, fileName: string, options: ReadOptions): OpenedSource | Promise<OpenedSource>;
}

/** A reader whose records do not depend on a mapping: it parses once and returns them. */
export function simpleReader(spec: {
  format: string;
  label: string;
  extensions: string[];
  detect(fileName: string, head: Uint8Array): number;
  read(bytes: Uint8Array, fileName: string, options: ReadOptions): ParsedSource | Promise<ParsedSource>;
  /** The encoding the reader used, when it decodes text. */
  encodingOf?(parsed: ParsedSource): string | null;
}): ImportReader {
  return {
    format: spec.format,
    label: spec.label,
    extensions: spec.extensions,
    detect: spec.detect,
    async open(bytes, fileName, options) {
      const parsed = await spec.read(bytes, fileName, options);
      return {
        format: parsed.format,
        fileName,
        encoding: spec.encodingOf?.(parsed) ?? null,
        table: null,
        notes: parsed.notes,
        recordCount: parsed.records.length,
        records: () => parsed,
      };
    },
  };
}
