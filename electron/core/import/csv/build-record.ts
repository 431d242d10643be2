import { MAX_CUSTOM_FIELDS, type ContactInput } from '../../../../shared/contract/contacts.ts';
import type { ColumnMapping, ColumnTarget, DateOrder } from '../../../../shared/contract/import.ts';
import type { ImportRecord } from '../import-record.ts';
import type { TableRow } from './parse-table.ts';
import { cleanLabel, isEmptyDate, readDate, splitFullName, splitMultiValue, splitTags } from './values.ts';
import { coreMessage, type CoreText } from '../../../../shared/messages/core-text.ts';

interface Slot {
  label: string;
  values: string[];
}

type AddressParts = Partial<Record<NonNullable<ColumnTarget['part']>, string>>;

/** A mapping resolved once per import: for each column index, its target (ignored columns dropped). */
export type CompiledMapping = { index: number; column: string; target: ColumnTarget }[];

export function compileMapping(columns: readonly string[], mapping: ColumnMapping): CompiledMapping {
  const compiled: CompiledMapping = [];
  columns.forEach((column, index) => {
    const target = mapping[column];
    if (target && target.field !== 'ignore') compiled.push({ index, column, target });
  });
  return compiled;
}

/**
 * One CSV row -> one ImportRecord, following the mapping. Columns of one group (Google's
 * "E-mail 1 - Label" and "- Value", Outlook's "Home Street" and "Home City") build one value.
 */
export function buildRecord(row: TableRow, compiled: CompiledMapping, dateOrder: DateOrder | null): ImportRecord {
  const warnings: CoreText[] = row.warning ? [row.warning] : [];
  if (row.error) return { line: row.line, fields: {}, warnings, error: row.error, raw: row.cells };

  let firstName = '';
  let middleName = '';
  let lastName = '';
  let fullName = '';
  let company = '';
  let title = '';
  let notes = '';
  let birthday: string | null = null;
  let photoUrl: string | null = null;
  const birthParts: { year?: string; month?: string; day?: string } = {};
  const noteLines: string[] = [];
  const tags: string[] = [];
  const slots = { email: new Map<string, Slot>(), phone: new Map<string, Slot>(), website: new Map<string, Slot>() };
  const addresses = new Map<string, { label: string; parts: AddressParts }>();
  const custom = new Map<string, { label: string; value: string }>();
  let ungrouped = 0;

  for (const { index, column, target } of compiled) {
    const cell = (row.cells[index] ?? '').trim();
    if (cell === '') continue;
    switch (target.field) {
      case 'firstName': firstName = join(firstName, cell); break;
      case 'middleName': middleName = join(middleName, cell); break;
      case 'lastName': lastName = join(lastName, cell); break;
      case 'fullName': fullName ||= cell; break;
      case 'company': company ||= cell; break;
      case 'title': title ||= cell; break;
      case 'notes': notes = notes ? `${notes}\n${cell}` : cell; break;
      case 'tags': tags.push(...splitTags(cell)); break;
      // Kept as a link, never fetched: the import works offline and does not wait on the network.
      case 'photoUrl': if (/^https?:\/\/\S+$/i.test(cell) && cell.length <= 2048) photoUrl ??= cell; break;
      case 'note': if (!isEmptyDate(cell) || !/\d/.test(cell)) noteLines.push(`${target.label ?? column}: ${cell}`); break;
      case 'birthYear': birthParts.year = cell; break;
      case 'birthMonth': birthParts.month = cell; break;
      case 'birthDay': birthParts.day = cell; break;
      case 'birthday': {
        const reading = readDate(cell, dateOrder);
        if (reading.kind === 'date') birthday ??= reading.value;
        else if (reading.kind === 'ambiguous') warnings.push(coreMessage('import.warning.birthdayAmbiguous', { value: cell }));
        else if (reading.kind === 'invalid') {
          warnings.push(coreMessage('import.warning.birthdayUnknown', { value: cell }));
          noteLines.push(`Birthday: ${cell}`);
        }
        break;
      }
      case 'email':
      case 'phone':
      case 'website': {
        const group = target.group ?? `${target.field}-col${ungrouped++}`;
        const slot = slots[target.field].get(group) ?? { label: target.label ?? '', values: [] };
        if (target.part === 'label') slot.label = cleanLabel(cell);
        else slot.values.push(...splitMultiValue(cell));
        slots[target.field].set(group, slot);
        break;
      }
      case 'address': {
        const group = target.group ?? 'main';
        const address = addresses.get(group) ?? { label: target.label ?? '', parts: {} };
        if (target.part === 'label') address.label = cleanLabel(cell);
        else {
          const part = target.part ?? 'street';
          address.parts[part] = address.parts[part] ? `${address.parts[part]}\n${cell}` : cell;
        }
        addresses.set(group, address);
        break;
      }
      case 'custom': {
        const group = target.group ?? `custom-col${index}`;
        const field = custom.get(group) ?? { label: target.label || column, value: '' };
        if (target.part === 'label') field.label = cell.replace(/^\*\s*/, '') || field.label;
        // Outlook fills unset dates with 0/0/00 and Gender with "Unspecified": no information.
        else if (!(isEmptyDate(cell) && /\d/.test(cell)) && cell !== 'Unspecified') field.value = cell;
        custom.set(group, field);
        break;
      }
      case 'ignore': break;
    }
  }

  if (!firstName && !lastName && fullName) ({ firstName, lastName } = splitFullName(fullName));
  if (middleName) firstName = join(firstName, middleName);
  if (birthday === null && (birthParts.month || birthParts.day)) birthday = birthdayFromParts(birthParts, warnings);

  const fields: ContactInput = {
    kind: !firstName && !lastName && company ? 'company' : 'person',
    firstName: firstName.slice(0, 200),
    lastName: lastName.slice(0, 200),
    company: company.slice(0, 300),
    title: title.slice(0, 200),
    emails: expand(slots.email),
    phones: expand(slots.phone),
    websites: expand(slots.website),
    addresses: [...addresses.values()].map(toAddress).filter((a) => a.street || a.city || a.region || a.postalCode || a.country),
    birthday,
    tags,
    notes: [notes, ...noteLines].filter(Boolean).join('\n'),
  };
  // Within the contract's bounds for custom fields, so the editor can save them again as they are.
  const customFields = [...custom.values()]
    .filter((field) => field.value !== '')
    .slice(0, MAX_CUSTOM_FIELDS)
    .map((field) => ({ label: field.label.slice(0, 100).trim() || 'Field', value: field.value.slice(0, 100_000) }));
  const record: ImportRecord = { line: row.line, fields, warnings, customFields, raw: row.cells };
  if (photoUrl) record.photo = { kind: 'url', url: photoUrl };
  return record;
}

function join(a: string, b: string): string {
  return a ? `${a} ${b}` : b;
}

function expand(slots: Map<string, Slot>): { label: string; value: string }[] {
  return [...slots.values()].flatMap((slot) => slot.values.map((value) => ({ label: slot.label, value })));
}

function toAddress(address: { label: string; parts: AddressParts }): { label: string; street: string; city: string; region: string; postalCode: string; country: string } {
  const p = address.parts;
  const streetLines = [p.street, p.street2, p.street3, p.poBox ? `PO Box ${p.poBox}` : undefined].filter(Boolean);
  const hasParts = streetLines.length > 0 || p.city || p.region || p.postalCode || p.country;
  return {
    label: address.label,
    // Google gives a "Formatted" address too; used only when the parts are missing.
    street: (hasParts ? streetLines.join('\n') : p.formatted ?? '').slice(0, 500),
    city: (p.city ?? '').slice(0, 200),
    region: (p.region ?? '').slice(0, 200),
    postalCode: (p.postalCode ?? '').slice(0, 40),
    country: (p.country ?? '').slice(0, 200),
  };
}

function birthdayFromParts(parts: { year?: string; month?: string; day?: string }, warnings: CoreText[]): string | null {
  const month = Number(parts.month);
  const day = Number(parts.day);
  const year = parts.year ? Number(parts.year) : null;
  const text = year ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const reading = readDate(text, null);
  if (reading.kind === 'date') return reading.value;
  warnings.push(coreMessage('import.warning.birthdayPartsNotReal', { value: [parts.year, parts.month, parts.day].filter(Boolean).join('-') }));
  return null;
}
