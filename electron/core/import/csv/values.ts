/** Cell-level conversions shared by the CSV presets: dates, multi-values, tags, names. */
import type { DateOrder } from '../../../../shared/contract/import.ts';
import { readBirthday } from '../../../../shared/domain/birthday-reading.ts';

export type DateReading =
  | { kind: 'empty' }
  | { kind: 'date'; value: string }
  /** Day and month could be swapped (03/04/1980) and no order was chosen. */
  | { kind: 'ambiguous' }
  | { kind: 'invalid' };

/** Outlook writes "0/0/00" (or 1/1/4501 in some versions) for "no date". */
export function isEmptyDate(value: string): boolean {
  const v = value.trim();
  return v === '' || /^0{1,2}[/.-]0{1,2}[/.-]0{2,4}$/.test(v) || v === '1/1/4501' || v === '00.00.0000';
}

/**
 * Reads a date cell into 'YYYY-MM-DD' or year-less '--MM-DD' with the reader the contact editor
 * uses (ISO with or without a time, YYYYMMDD, --MM-DD, D/M/Y, M/D/Y, month names in Carnet's five
 * languages). Numeric day/month dates need `order` unless only one order makes a real date.
 */
export function readDate(raw: string, order: DateOrder | null, latest?: Date): DateReading {
  if (isEmptyDate(raw)) return { kind: 'empty' };
  // `latest`: the last instant whose local day is accepted (a later date is invalid); now by default.
  const reading = readBirthday(raw, latest ? { order, today: latest } : { order });
  if (reading.kind === 'date') return { kind: 'date', value: reading.value };
  return reading.kind === 'invalid' ? { kind: 'invalid' } : reading;
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
