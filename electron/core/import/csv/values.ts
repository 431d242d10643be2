/** Cell-level conversions shared by the CSV presets: dates, multi-values, tags, names. */
import type { DateOrder } from '../../../../shared/contract/import.ts';

export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; value: string }
  /** Day and month could be swapped (03/04/1980) and no order was chosen. */
  | { kind: 'ambiguous' }
  | { kind: 'invalid' };

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** Outlook writes "0/0/00" (or 1/1/4501 in some versions) for "no date". */
export function isEmptyDate(value: string): boolean {
  const v = value.trim();
  return v === '' || /^0{1,2}[/.-]0{1,2}[/.-]0{2,4}$/.test(v) || v === '1/1/4501' || v === '00.00.0000';
}

/**
 * Reads a date cell into 'YYYY-MM-DD' or year-less '--MM-DD'. Accepts ISO (with or without a
 * time), YYYYMMDD, --MM-DD, --MMDD, D/M/Y, M/D/Y, D.M.Y, D-M-Y (2- or 4-digit years) and English
 * month names. Numeric day/month dates need `order` unless a part above 12 settles it.
 */
export function readDate(raw: string, order: DateOrder | null): DateReading {
  const value = raw.trim();
  if (isEmptyDate(value)) return { kind: 'empty' };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^--(\d{2})-?(\d{2})$/.exec(value);
  if (m) return checked(null, Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = fullYear(m[3]!);
    if (a > 12 && b <= 12) return checked(year, b, a);
    if (b > 12 && a <= 12) return checked(year, a, b);
    if (a === b) return checked(year, a, b);
    if (!order) return { kind: 'ambiguous' };
    return order === 'dmy' ? checked(year, b, a) : checked(year, a, b);
  }
  m = /^(\d{1,2})\.? ([a-z]+)\.?,? (\d{4})$/i.exec(value);
  if (m && MONTHS[m[2]!.toLowerCase()]) return checked(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));
  m = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/i.exec(value);
  if (m && MONTHS[m[1]!.toLowerCase()]) return checked(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]));
  return { kind: 'invalid' };
}

/** Which order a set of numeric dates implies: a day above 12 decides; both kinds = no answer. */
export function inferDateOrder(values: Iterable<string>): { order: DateOrder | null; ambiguous: boolean; examples: string[] } {
  let dmy = 0;
  let mdy = 0;
  const ambiguousExamples: string[] = [];
  for (const raw of values) {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(raw.trim());
    if (!m || isEmptyDate(raw)) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
    else if (a !== b && ambiguousExamples.length < 3) ambiguousExamples.push(raw.trim());
  }
  if (dmy > 0 && mdy === 0) return { order: 'dmy', ambiguous: false, examples: [] };
  if (mdy > 0 && dmy === 0) return { order: 'mdy', ambiguous: false, examples: [] };
  // Mixed evidence, or only dates like 03/04/1980: the user has to say.
  return { order: null, ambiguous: ambiguousExamples.length > 0 || (dmy > 0 && mdy > 0), examples: ambiguousExamples };
}

function fullYear(text: string): number {
  if (text.length === 4) return Number(text);
  // Two-digit years are birthdays: a year in the future means last century.
  const yy = Number(text);
  const now = new Date().getUTCFullYear() % 100;
  return yy > now ? 1900 + yy : 2000 + yy;
}

function checked(year: number | null, month: number, day: number): DateReading {
  if (month < 1 || month > 12 || day < 1 || day > 31) return { kind: 'invalid' };
  const y = year ?? 2000; // a leap year, so --02-29 is valid
  const date = new Date(Date.UTC(y, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { kind: 'invalid' };
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (year === null) return { kind: 'date', value: `--${mm}-${dd}` };
  if (year < 1000 || year > 9999) return { kind: 'invalid' };
  return { kind: 'date', value: `${year}-${mm}-${dd}` };
}

/** Google joins several values in one cell with " ::: ". */
export function splitMultiValue(cell: string): string[] {
  return cell.split(' ::: ').map((part) => part.trim()).filter(Boolean);
}

/**
 * Tags from Google Labels / Group Membership (" ::: ", system groups start with "* "), Outlook
 * Categories (";") or a generic column (";" or ",").
 */
export function splitTags(cell: string): string[] {
  const parts = cell.includes(':::') ? cell.split(':::') : cell.split(/[;,]/);
  const tags: string[] = [];
  for (const part of parts) {
    const tag = part.trim();
    // "* myContacts", "* starred", "* My Contacts": Google's system groups, not the user's labels.
    if (tag === '' || tag.startsWith('*')) continue;
    if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag.slice(0, 60));
  }
  return tags;
}

/** "Doe, John" or "John Q. Doe" -> first and last name. */
export function splitFullName(full: string): { firstName: string; lastName: string } {
  const name = full.trim().replace(/\s+/g, ' ');
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma) return { firstName: comma[2]!, lastName: comma[1]! };
  const words = name.split(' ');
  if (words.length === 1) return { firstName: words[0]!, lastName: '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1]! };
}

/** Google's labels look like "* Work" (the star marks the primary value) or "Work". */
export function cleanLabel(label: string): string {
  return label.replace(/^\*\s*/, '').trim().toLowerCase().slice(0, 60);
}
