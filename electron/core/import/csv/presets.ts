/**
 * The contact CSV flavours of FORMATS.md, recognised from the header (never from column
 * positions). A preset only overrides what the generic synonyms would get wrong for that
 * exporter, and fixes the date order when the exporter always writes one.
 */
import type { ColumnTarget, DateOrder } from '../../../../shared/contract/import.ts';
import { normalizeHeader } from './header-synonyms.ts';

export interface CsvPreset {
  id: string;
  label: string;
  /** 0 = not this exporter; the highest score wins. Gets the normalized header names. */
  score(headers: ReadonlySet<string>, context: { encoding: string; delimiter: string }): number;
  /** Known date order of the exporter (Outlook desktop: M/D/YYYY). */
  dateOrder?: DateOrder;
  /** Targets that differ from the generic synonyms for this exporter, by normalized header. */
  overrides?: Record<string, ColumnTarget>;
}

const has = (headers: ReadonlySet<string>, ...names: string[]) => names.every((name) => headers.has(normalizeHeader(name)));

export const CSV_PRESETS: CsvPreset[] = [
  {
    id: 'google',
    label: 'Google Contacts',
    score: (h) => (has(h, 'First Name', 'Last Name') && (has(h, 'Labels') || has(h, 'E-mail 1 - Value') || has(h, 'Organization Name')) && !has(h, 'Given Name') ? 10 : 0),
    overrides: { [normalizeHeader('Labels')]: { field: 'tags' }, [normalizeHeader('File As')]: { field: 'ignore' } },
  },
  {
    id: 'google-legacy',
    label: 'Google Contacts (older export)',
    score: (h) => (has(h, 'Given Name', 'Family Name') && (has(h, 'Group Membership') || has(h, 'E-mail 1 - Value')) ? 10 : 0),
    overrides: { [normalizeHeader('Name')]: { field: 'fullName' }, [normalizeHeader('Group Membership')]: { field: 'tags' }, [normalizeHeader('Occupation')]: { field: 'title' } },
  },
  {
    id: 'outlook',
    label: 'Outlook (desktop)',
    score: (h) => (has(h, 'E-mail Address') && (has(h, 'Business Street') || has(h, 'Home Street')) && has(h, 'Categories') && !has(h, 'Given Yomi') ? 10 : 0),
    dateOrder: 'mdy',
    overrides: {
      // In Outlook "Title" is Mr./Ms.; the job is "Job Title".
      [normalizeHeader('Title')]: { field: 'note', label: 'Name prefix' },
      [normalizeHeader('Categories')]: { field: 'tags' },
      [normalizeHeader('Anniversary')]: { field: 'custom', label: 'Anniversary' },
      [normalizeHeader('Primary Phone')]: { field: 'phone', label: 'main' },
    },
  },
  {
    id: 'outlook-com',
    label: 'Outlook.com / new Outlook',
    score: (h) => (has(h, 'First Name', 'E-mail Address') && (has(h, 'Given Yomi') || has(h, 'Surname Yomi')) ? 9 : 0),
    overrides: {
      [normalizeHeader('Title')]: { field: 'note', label: 'Name prefix' },
      [normalizeHeader('Categories')]: { field: 'tags' },
      [normalizeHeader('Anniversary')]: { field: 'custom', label: 'Anniversary' },
    },
  },
  {
    id: 'thunderbird',
    label: 'Thunderbird',
    score: (h) => (has(h, 'Primary Email', 'Display Name') || has(h, 'Primary Email', 'Birth Year') ? 8 : 0),
    overrides: { [normalizeHeader('Display Name')]: { field: 'fullName' }, [normalizeHeader('Organization')]: { field: 'company' } },
  },
  {
    id: 'spreadsheet',
    label: 'Spreadsheet (Excel, LibreOffice)',
    // Excel's own encodings and separators: a code page, UTF-16 "Unicode text", ';' or tab.
    score: (_h, c) => (c.encoding !== 'utf-8' || c.delimiter === ';' || c.delimiter === '\t' ? 2 : 0),
  },
  { id: 'generic', label: 'Other CSV', score: () => 1 },
];

export function presetById(id: string): CsvPreset | undefined {
  return CSV_PRESETS.find((preset) => preset.id === id);
}

export function detectPreset(headers: readonly string[], context: { encoding: string; delimiter: string }): CsvPreset {
  const normalized = new Set(headers.map(normalizeHeader));
  let best = CSV_PRESETS[CSV_PRESETS.length - 1]!;
  let bestScore = 0;
  for (const preset of CSV_PRESETS) {
    const score = preset.score(normalized, context);
    if (score > bestScore) {
      best = preset;
      bestScore = score;
    }
  }
  return best;
}
