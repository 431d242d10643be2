import type { ColumnMapping, DateOrder, TableDescription } from '../../../../shared/contract/import.ts';
import { CarnetError } from '../../../../shared/errors.ts';
import { coreMessage, type CoreText } from '../../../../shared/messages/core-text.ts';
import type { ParsedSource } from '../import-record.ts';
import type { ImportReader, OpenedSource, ReadOptions, RecordChoices } from '../reader-types.ts';
import { buildRecord, compileMapping } from './build-record.ts';
import { decodeBytes, looksBinary, type DecodedText } from './decode.ts';
import { dateColumns, suggestMapping } from './mapping.ts';
import { parseTable, type ParsedTable } from './parse-table.ts';
import { CSV_PRESETS, detectPreset, presetById, type CsvPreset } from './presets.ts';
import { sniffDelimiter } from './sniff.ts';
import { inferDateOrder } from './values.ts';

const EXTENSIONS = ['.csv', '.tsv', '.tab', '.txt', '.psv', '.ssv'];

export const csvReader: ImportReader = {
  format: 'csv',
  label: 'CSV (Google, Outlook, Excel, LibreOffice, other CRMs)',
  extensions: EXTENSIONS,
  detect(fileName) {
    const lower = fileName.toLowerCase();
    // Any other file is tried as CSV last: a text export with an odd name should still open.
    return EXTENSIONS.some((ext) => lower.endsWith(ext)) ? 10 : 1;
  },
  open: (bytes, fileName, options) => openCsv(bytes, fileName, options),
};

export function openCsv(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): OpenedSource {
  const decoded = decodeBytes(bytes, options.encoding);
  if (decoded.text.trim() === '') throw new CarnetError('invalid_input', coreMessage('error.importEmpty', { fileName }));
  if (looksBinary(decoded.text)) {
    throw new CarnetError('invalid_input', coreMessage('error.csvBinary', { fileName }));
  }
  const delimiter = options.delimiter ?? sniffDelimiter(decoded.text);
  const table = parseTable(decoded.text, delimiter);
  if (table.rows.length === 0) {
    throw new CarnetError('invalid_input', coreMessage(table.hasHeader ? 'error.csvHeaderOnly' : 'error.csvNoRows', { fileName }));
  }
  const preset = options.preset ? presetById(options.preset) : detectPreset(table.columns, { encoding: decoded.encoding, delimiter });
  if (!preset) throw new CarnetError('invalid_input', coreMessage('error.csvUnknownPreset', { preset: options.preset ?? '', presets: CSV_PRESETS.map((p) => p.id).join(', ') }));
  const samples = sampleValues(table, 3);
  const suggested = suggestMapping(table.columns, preset, samples, table.hasHeader);

  const resolveMapping = (given: ColumnMapping | null | undefined): ColumnMapping => {
    if (!given) return suggested;
    // A saved mapping may come from a file with other columns: keep what applies, suggest the rest.
    const merged: ColumnMapping = {};
    for (const column of table.columns) merged[column] = given[column] ?? suggested[column]!;
    return merged;
  };
  const dateInfo = (mapping: ColumnMapping) => dateOrderOf(table, mapping, preset);

  const suggestedDates = dateInfo(suggested);
  const description: TableDescription = {
    delimiter,
    preset: { id: preset.id, label: preset.label },
    hasHeader: table.hasHeader,
    headerLine: table.headerLine,
    columns: table.columns.map((name, i) => ({ name, samples: samples[i] ?? [], target: suggested[name]! })),
    dateOrder: suggestedDates,
  };
  const notes = [encodingNote(decoded), delimiterNote(delimiter), ...table.notes];

  return {
    format: 'csv',
    fileName,
    encoding: decoded.encoding,
    table: description,
    notes,
    recordCount: table.rows.length,
    parsedTable: table,
    dateQuestion: (choices) => {
      const dates = dateInfo(resolveMapping(choices.mapping));
      return dates.ambiguous && !choices.dateOrder ? { examples: dates.examples } : null;
    },
    records: (choices: RecordChoices): ParsedSource => {
      const mapping = resolveMapping(choices.mapping);
      const dateOrder: DateOrder | null = choices.dateOrder ?? dateInfo(mapping).detected;
      const compiled = compileMapping(table.columns, mapping);
      return {
        format: 'csv',
        fileName,
        records: table.rows.map((row) => buildRecord(row, compiled, dateOrder)),
        notes,
        rawHeader: table.columns,
      };
    },
  };
}

function dateOrderOf(table: ParsedTable, mapping: ColumnMapping, preset: CsvPreset): TableDescription['dateOrder'] {
  const indexes = dateColumns(mapping).map((column) => table.columns.indexOf(column)).filter((i) => i >= 0);
  if (indexes.length === 0) return { detected: preset.dateOrder ?? null, ambiguous: false, examples: [] };
  const values = function* () {
    for (const row of table.rows) for (const i of indexes) yield row.cells[i] ?? '';
  };
  const inferred = inferDateOrder(values());
  if (inferred.order) return { detected: inferred.order, ambiguous: false, examples: [] };
  // The exporter's known order settles what the values leave open (Outlook writes M/D/YYYY).
  if (preset.dateOrder && inferred.examples.length > 0) return { detected: preset.dateOrder, ambiguous: false, examples: [] };
  return { detected: null, ambiguous: inferred.ambiguous, examples: inferred.examples };
}

function sampleValues(table: ParsedTable, count: number): string[][] {
  const samples = table.columns.map(() => [] as string[]);
  for (const row of table.rows.slice(0, 500)) {
    if (row.error) continue;
    row.cells.forEach((cell, i) => {
      const value = cell.trim();
      const list = samples[i];
      if (value && list && list.length < count && !list.includes(value)) list.push(value.length > 80 ? `${value.slice(0, 77)}...` : value);
    });
  }
  return samples;
}

function encodingNote(decoded: DecodedText): CoreText {
  const reason = { bom: 'bom', utf8: 'utf8', 'utf16-pattern': 'detected', fallback: 'fallback', override: 'override' }[decoded.reason];
  return coreMessage('import.note.encoding', { reason, encoding: decoded.encoding });
}

/** "Columns separated by semicolons": the delimiter by name (a select in each language), or the character itself. */
function delimiterNote(delimiter: string): CoreText {
  const name = ({ ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as Record<string, string>)[delimiter] ?? 'other';
  return coreMessage('import.note.delimiter', { delimiter: name, character: delimiter });
}
