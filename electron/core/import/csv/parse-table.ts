import Papa from 'papaparse';
import { EMAIL_PATTERN } from '../../../../shared/contract/contacts.ts';
import { coreMessage, type CoreText } from '../../../../shared/messages/core-text.ts';

export interface TableRow {
  /** 1-based line of the row's first character in the file. */
  line: number;
  cells: string[];
  /** A problem that makes the row unusable as it is (an unclosed quote). */
  error?: CoreText;
  /** A problem worked around (extra cells). */
  warning?: CoreText;
}

export interface ParsedTable {
  /** Unique column names: a repeated header gets " (2)", an empty one "Column N". */
  columns: string[];
  hasHeader: boolean;
  headerLine: number;
  rows: TableRow[];
  notes: CoreText[];
}

/**
 * Parses CSV text with papaparse, keeping each row's line number, and finds the header under any
 * title rows. Blank lines are skipped (and counted). An unclosed quote would swallow the rest of
 * the file into one cell: the row that opens it is reported as an error and parsing resumes on
 * the next line, so the rows after it still import.
 */
export function parseTable(text: string, delimiter: string): ParsedTable {
  const raw = parseRows(text, delimiter);
  const notes: CoreText[] = [];
  const blank = raw.filter((row) => isBlank(row.cells)).length;
  const rows = raw.filter((row) => !isBlank(row.cells) || row.error);
  if (blank > 0) notes.push(coreMessage('import.note.blankLines', { count: blank }));

  const headerIndex = findHeaderIndex(rows);
  const first = rows[headerIndex];
  const hasHeader = first !== undefined && !looksLikeData(first.cells);
  // A loop, not Math.max(...rows): spreading 200k rows as arguments overflows the stack.
  let width = 0;
  for (let i = headerIndex; i < rows.length; i++) width = Math.max(width, rows[i]!.cells.length);
  let columns: string[];
  let body: TableRow[];
  if (first && hasHeader) {
    columns = uniqueNames(first.cells, width);
    body = rows.slice(headerIndex + 1);
    if (headerIndex > 0) notes.push(coreMessage('import.note.titleRows', { count: headerIndex }));
  } else {
    columns = uniqueNames([], width);
    body = rows.slice(headerIndex);
    if (first) notes.push(coreMessage('import.note.noHeader'));
  }
  for (const row of body) {
    if (row.cells.length > columns.length) {
      const extra = row.cells.slice(columns.length).filter((cell) => cell.trim() !== '');
      if (extra.length > 0) row.warning = coreMessage('import.warning.extraCells', { count: extra.length, cells: extra.join(', ').slice(0, 80) });
    }
  }
  return { columns, hasHeader: hasHeader && first !== undefined, headerLine: first?.line ?? 0, rows: body, notes };
}

function parseRows(text: string, delimiter: string): TableRow[] {
  const rows: TableRow[] = [];
  let offset = 0;
  let line = 1;
  // Each pass parses from `offset` to the end, or stops at an unclosed quote and restarts after it.
  while (offset < text.length) {
    const chunk = text.slice(offset);
    const lineBreaks = new LineBreakCounter(chunk);
    let previousCursor = 0;
    let lineAtCursor = line;
    let restartAt: number | null = null;
    Papa.parse<string[]>(chunk, {
      delimiter,
      skipEmptyLines: false,
      step: (result, parser) => {
        const start = previousCursor;
        const end = result.meta.cursor;
        const rowLine = lineAtCursor;
        const quoteError = result.errors.find((error) => error.code === 'MissingQuotes');
        if (quoteError) {
          const lineEnd = nextLineBreak(chunk, start);
          rows.push({ line: rowLine, cells: [chunk.slice(start, lineEnd)], error: coreMessage('import.error.unclosedQuote') });
          restartAt = lineEnd;
          parser.abort();
          return;
        }
        // The empty "row" after a file's final line break is not a blank line of the file.
        if (end >= chunk.length && result.data.length === 1 && result.data[0] === '') return;
        rows.push({ line: rowLine, cells: result.data });
        lineAtCursor += lineBreaks.count(start, end);
        previousCursor = end;
      },
    });
    if (restartAt === null) break;
    const skipTo: number = restartAt;
    line = lineAtCursor + 1;
    offset += skipBreak(chunk, skipTo);
  }
  return rows;
}

function nextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return text.length;
}

function skipBreak(text: string, at: number): number {
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  return Math.min(text.length, at + 1);
}

/**
 * Counts line breaks (CRLF, LF or a lone CR) in consecutive ranges of one text, for row line
 * numbers. It runs over every byte of the file, so it jumps with indexOf and remembers where the
 * next CR and LF are: a file without any CR is then scanned once, not once per row. Ranges must
 * come in order (each `from` at or after the previous one), as rows do.
 */
class LineBreakCounter {
  /** The next LF / CR found so far (-1: none left; -2: not looked yet). */
  private nextLf = -2;
  private nextCr = -2;

  constructor(private readonly text: string) {}

  count(from: number, to: number): number {
    let n = 0;
    for (let i = this.next('\n', from); i !== -1 && i < to; i = this.next('\n', i + 1)) n++;
    for (let i = this.next('\r', from); i !== -1 && i < to; i = this.next('\r', i + 1)) {
      if (this.text.charCodeAt(i + 1) !== 10) n++;
    }
    return n;
  }

  private next(char: '\n' | '\r', from: number): number {
    const known = char === '\n' ? this.nextLf : this.nextCr;
    // The first one at or after an earlier `from` is also the first at or after this one, if it
    // is not behind it; -1 means there is none left.
    if (known === -1 || known >= from) return known;
    const found = this.text.indexOf(char, from);
    if (char === '\n') this.nextLf = found;
    else this.nextCr = found;
    return found;
  }
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * The header is the first row that fills at least half as many cells as the typical row below
 * it: title rows ("Contacts export, March") fill one or two.
 */
function findHeaderIndex(rows: TableRow[]): number {
  const sample = rows.slice(0, 25).filter((row) => !row.error);
  if (sample.length === 0) return 0;
  const filled = sample.map((row) => row.cells.filter((cell) => cell.trim() !== '').length);
  const typical = [...filled].sort((a, b) => a - b)[Math.floor(filled.length / 2)] ?? 1;
  const index = sample.findIndex((_, i) => filled[i]! >= Math.max(1, Math.ceil(typical / 2)) && (filled[i]! >= 2 || typical <= 1));
  return index < 0 ? 0 : rows.indexOf(sample[index]!);
}

/** A first row holding an email or a phone number is data, not a header. */
function looksLikeData(cells: string[]): boolean {
  return cells.some((cell) => EMAIL_PATTERN.test(cell.trim()) || /^\+?[\d\s().-]{7,}$/.test(cell.trim()));
}

function uniqueNames(header: string[], width: number): string[] {
  const names: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < Math.max(header.length, width); i++) {
    let name = (header[i] ?? '').replace(/\s+/g, ' ').trim() || `Column ${i + 1}`;
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), count);
    if (count > 1) name = `${name} (${count})`;
    names.push(name);
  }
  return names;
}
