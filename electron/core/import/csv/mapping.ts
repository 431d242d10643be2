import type { ColumnMapping, ColumnTarget } from '../../../../shared/contract/import.ts';
import { EMAIL_PATTERN } from '../../../../shared/contract/contacts.ts';
import { normalizeHeader, targetForHeader } from './header-synonyms.ts';
import type { CsvPreset } from './presets.ts';

/**
 * The mapping the wizard proposes: the preset's overrides, then the multilingual synonyms, then,
 * for a file without a header, what the values look like. Columns nobody recognises are kept as
 * custom fields under their own header, so nothing in the file is lost unless the user says so.
 */
export function suggestMapping(columns: readonly string[], preset: CsvPreset, samples: readonly string[][], hasHeader: boolean): ColumnMapping {
  const mapping: ColumnMapping = {};
  columns.forEach((column, i) => {
    const normalized = normalizeHeader(column.replace(/ \(\d+\)$/, ''));
    const target = preset.overrides?.[normalized] ?? (hasHeader ? targetForHeader(column.replace(/ \(\d+\)$/, '')) : null) ?? byContent(samples[i] ?? []);
    mapping[column] = target ?? { field: 'custom', label: column };
  });
  return fixNameColumns(mapping);
}

/**
 * "Name" next to "Vorname" (German) or "Prénom" is the family name, not a full name. Only when a
 * first name column exists and no last name column does.
 */
function fixNameColumns(mapping: ColumnMapping): ColumnMapping {
  const targets = Object.values(mapping);
  const hasFirst = targets.some((target) => target.field === 'firstName');
  const hasLast = targets.some((target) => target.field === 'lastName');
  if (hasFirst && !hasLast) {
    const fullName = Object.entries(mapping).find(([column, target]) => target.field === 'fullName' && normalizeHeader(column) === 'name');
    if (fullName) mapping[fullName[0]] = { field: 'lastName' };
  }
  // "Title" beside "Job Title" is the name prefix (Mr., Dr.), as in Outlook-style exports.
  const titles = Object.entries(mapping).filter(([, target]) => target.field === 'title');
  if (titles.length > 1) {
    const plain = titles.find(([column]) => normalizeHeader(column) === 'title');
    if (plain) mapping[plain[0]] = { field: 'note', label: 'Name prefix' };
  }
  return mapping;
}

function byContent(samples: readonly string[]): ColumnTarget | null {
  const values = samples.map((value) => value.trim()).filter(Boolean);
  if (values.length === 0) return null;
  if (values.every((value) => EMAIL_PATTERN.test(value))) return { field: 'email' };
  if (values.every((value) => /^\+?[\d\s().-]{7,}$/.test(value))) return { field: 'phone' };
  return null;
}

/** Which columns hold dates that become the birthday: their values decide day/month order. */
export function dateColumns(mapping: ColumnMapping): string[] {
  return Object.entries(mapping).filter(([, target]) => target.field === 'birthday').map(([column]) => column);
}
