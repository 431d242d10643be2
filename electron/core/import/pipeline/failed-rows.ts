import Papa from 'papaparse';
import type { ParsedSource } from '../import-record.ts';

/**
 * The rows that could not be imported, as a CSV the user can fix and import again: the source's
 * own columns when it was a table, then the line number and the reason.
 */
export function failedRowsCsv(parsed: ParsedSource, errors: readonly { line: number; message: string }[]): string {
  const byLine = new Map(parsed.records.map((record) => [record.line, record]));
  const header = [...(parsed.rawHeader ?? []), 'Line', 'Error'];
  const rows = errors.map((error) => {
    const raw = byLine.get(error.line)?.raw ?? [];
    const cells = parsed.rawHeader ? parsed.rawHeader.map((_, i) => raw[i] ?? '') : [];
    return [...cells, String(error.line), error.message];
  });
  // A BOM so Excel opens the file as UTF-8; CRLF as Excel writes.
  return '\ufeff' + Papa.unparse([header, ...rows], { newline: '\r\n' }) + '\r\n';
}
