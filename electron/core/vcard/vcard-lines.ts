/**
 * vCard content lines: unfolding and property parsing, on the byte string of a file.
 *
 * Written here rather than taken from a library: no maintained JS vCard parser handles 2.1
 * quoted-printable soft breaks with per-property CHARSET, indented and blank-line-terminated 2.1
 * BASE64 photos, Apple's grouped `itemN.` properties, and broken cards reported by line number
 * while the rest of the file still imports. All of these appear in real exports (FORMATS.md).
 */

/** One logical (unfolded) line and where it started in the file. */
export interface LogicalLine {
  line: number;
  text: string;
}

export interface VCardProperty {
  line: number;
  /** `item1` in `item1.EMAIL`, lowercased; null when ungrouped. */
  group: string | null;
  /** Upper-cased property name: `EMAIL`, `X-ABLABEL`. */
  name: string;
  /** Parameters by upper-cased name; values as written (quotes removed). */
  params: Map<string, string[]>;
  /** TYPE values, lowercased, from `TYPE=a,b`, repeated `type=` and 2.1 bare parameters (`TEL;CELL`). */
  types: string[];
  encoding: 'quoted-printable' | 'base64' | null;
  charset: string | null;
  /** The raw value as a byte string: still escaped and encoded. */
  value: string;
}

const QP_HEADER = /(?:^|;)\s*(?:ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(?:;|$)/i;
const BASE64_HEADER = /(?:^|;)\s*(?:ENCODING\s*=\s*)?(?:BASE64|B)\s*(?:;|$)/i;
const BASE64_LINE = /^[A-Za-z0-9+/=]+$/;

/** The part of a line before its value: up to the first `:` outside double quotes. */
function headerOf(text: string): string | null {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return text.slice(0, i);
  }
  return null;
}

/**
 * Splits a file into logical lines: CRLF, LF or CR endings; folded lines (leading space or tab);
 * quoted-printable soft breaks (`=` at the end); 2.1 BASE64 bodies whose lines are not indented
 * and which end at a blank line; blank lines and `#` comment lines dropped.
 */
export function unfoldLines(byteString: string): LogicalLine[] {
  // `\r\r\n` (iOS exports saved through Windows tools) is one line ending, not two.
  const physical = byteString.split(/\r*\n|\r/);
  const lines: LogicalLine[] = [];
  let current: (LogicalLine & { qp: boolean; base64: boolean }) | null = null;
  for (let index = 0; index < physical.length; index++) {
    const text = physical[index]!;
    if (current?.qp && current.text.endsWith('=')) {
      // A soft line break: the next line is the rest of the value, its leading spaces included.
      current.text = current.text.slice(0, -1) + text;
      continue;
    }
    if (current && (text.startsWith(' ') || text.startsWith('\t'))) {
      current.text += current.base64 ? text.trim() : text.slice(1);
      continue;
    }
    if (current?.base64 && text !== '' && BASE64_LINE.test(text)) {
      current.text += text;
      continue;
    }
    if (text.trim() === '' || text.startsWith('#')) {
      current = null;
      continue;
    }
    const header = headerOf(text) ?? '';
    current = { line: index + 1, text, qp: QP_HEADER.test(header), base64: BASE64_HEADER.test(header) };
    lines.push(current);
  }
  return lines.map(({ line, text }) => ({ line, text }));
}

/** Parameters that 2.1 writes bare and that are encodings, not types. */
const BARE_ENCODINGS: Record<string, VCardProperty['encoding']> = {
  'QUOTED-PRINTABLE': 'quoted-printable',
  BASE64: 'base64',
  B: 'base64',
};

/** Parses `group.NAME;PARAM=a,"b";BARE:value`. Returns null when the line has no `:`. */
export function parseProperty(logical: LogicalLine): VCardProperty | null {
  const header = headerOf(logical.text);
  if (header === null) return null;
  const value = logical.text.slice(header.length + 1);
  const parts = splitOutsideQuotes(header, ';');
  const fullName = parts.shift()!.trim();
  const dot = fullName.lastIndexOf('.');
  const group = dot > 0 ? fullName.slice(0, dot).toLowerCase() : null;
  const name = fullName.slice(dot + 1).toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;

  const params = new Map<string, string[]>();
  const types: string[] = [];
  let encoding: VCardProperty['encoding'] = null;
  let charset: string | null = null;
  for (const part of parts) {
    const equals = part.indexOf('=');
    const key = (equals < 0 ? part : part.slice(0, equals)).trim().toUpperCase();
    if (!key) continue;
    if (equals < 0) {
      const bare = BARE_ENCODINGS[key];
      if (bare) encoding = bare;
      else if (key !== '8BIT' && key !== '7BIT') types.push(key.toLowerCase());
      continue;
    }
    const values = splitOutsideQuotes(part.slice(equals + 1), ',').map(unquote);
    params.set(key, [...(params.get(key) ?? []), ...values]);
    // `TYPE="cell,voice"` (4.0) is one quoted list: split it after unquoting.
    if (key === 'TYPE') types.push(...values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean));
    else if (key === 'ENCODING') encoding = BARE_ENCODINGS[values[0]?.trim().toUpperCase() ?? ''] ?? encoding;
    else if (key === 'CHARSET') charset = values[0]?.trim() || null;
    else if (key === 'PREF') types.push('pref');
  }
  return { line: logical.line, group, name, params, types, encoding, charset, value };
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}
