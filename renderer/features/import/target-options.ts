import type { ColumnTarget } from '../../../shared/contract/import.ts';

/** The choices of the "Goes to" menu, in the order people look for them. */
export const TARGET_CHOICES: { label: string; target: ColumnTarget }[] = [
  { label: 'Ignore this column', target: { field: 'ignore' } },
  { label: 'First name', target: { field: 'firstName' } },
  { label: 'Middle name', target: { field: 'middleName' } },
  { label: 'Last name', target: { field: 'lastName' } },
  { label: 'Full name', target: { field: 'fullName' } },
  { label: 'Company', target: { field: 'company' } },
  { label: 'Job title', target: { field: 'title' } },
  { label: 'Email', target: { field: 'email' } },
  { label: 'Phone', target: { field: 'phone' } },
  { label: 'Mobile phone', target: { field: 'phone', label: 'mobile' } },
  { label: 'Website', target: { field: 'website' } },
  { label: 'Address: street', target: { field: 'address', group: 'main', part: 'street' } },
  { label: 'Address: city', target: { field: 'address', group: 'main', part: 'city' } },
  { label: 'Address: region / state', target: { field: 'address', group: 'main', part: 'region' } },
  { label: 'Address: postal code', target: { field: 'address', group: 'main', part: 'postalCode' } },
  { label: 'Address: country', target: { field: 'address', group: 'main', part: 'country' } },
  { label: 'Birthday', target: { field: 'birthday' } },
  { label: 'Tags', target: { field: 'tags' } },
  { label: 'Notes', target: { field: 'notes' } },
  { label: 'Add to notes, with the column name', target: { field: 'note' } },
  { label: 'Keep as a custom field', target: { field: 'custom' } },
  { label: 'Photo link', target: { field: 'photoUrl' } },
];

const FIELD_NAMES: Record<ColumnTarget['field'], string> = {
  firstName: 'First name', middleName: 'Middle name', lastName: 'Last name', fullName: 'Full name', company: 'Company', title: 'Job title',
  email: 'Email', phone: 'Phone', website: 'Website', address: 'Address', birthday: 'Birthday', birthYear: 'Birthday: year', birthMonth: 'Birthday: month',
  birthDay: 'Birthday: day', notes: 'Notes', tags: 'Tags', photoUrl: 'Photo link', note: 'Notes, with the column name', custom: 'Custom field', ignore: 'Ignore this column',
};

const PART_NAMES: Record<string, string> = {
  value: '', label: 'its label', street: 'street', street2: 'street, line 2', street3: 'street, line 3', poBox: 'PO box', city: 'city', region: 'region',
  postalCode: 'postal code', country: 'country', formatted: 'whole address',
};

/** Words for any target, also the grouped ones presets make ("Email 2: its label"). */
export function describeTarget(target: ColumnTarget): string {
  let text = FIELD_NAMES[target.field];
  const group = target.group?.match(/(\d+)$/)?.[1];
  if (group && target.field !== 'address') text += ` ${group}`;
  if (target.field === 'address' && target.group && target.group !== 'main') text = `Address (${target.label ?? target.group})`;
  if (target.part && PART_NAMES[target.part]) text += `: ${PART_NAMES[target.part]}`;
  if (target.label && target.field !== 'address' && !target.group) text += ` (${target.label})`;
  return text;
}

/** A stable key for a target, used as the <option> value. */
export function targetKey(target: ColumnTarget): string {
  return JSON.stringify([target.field, target.label ?? null, target.group ?? null, target.part ?? null]);
}

export function targetFromKey(key: string): ColumnTarget {
  const [field, label, group, part] = JSON.parse(key) as [ColumnTarget['field'], string | null, string | null, ColumnTarget['part'] | null];
  return { field, ...(label !== null ? { label } : {}), ...(group !== null ? { group } : {}), ...(part !== null ? { part } : {}) };
}
