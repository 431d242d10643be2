import type { ColumnTarget } from '../../../shared/contract/import.ts';
import { importText as t } from './strings.ts';

/** One choice of the "Goes to" menu: its words in the current language, read when shown. */
function choice(target: ColumnTarget, id: Parameters<typeof t>[0]): { readonly label: string; target: ColumnTarget } {
  return {
    get label() {
      return t(id);
    },
    target,
  };
}

/** The choices of the "Goes to" menu, in the order people look for them. */
export const TARGET_CHOICES: readonly { readonly label: string; target: ColumnTarget }[] = [
  choice({ field: 'ignore' }, 'choice.ignore'),
  choice({ field: 'firstName' }, 'field.firstName'),
  choice({ field: 'middleName' }, 'field.middleName'),
  choice({ field: 'lastName' }, 'field.lastName'),
  choice({ field: 'fullName' }, 'field.fullName'),
  choice({ field: 'company' }, 'field.company'),
  choice({ field: 'title' }, 'field.title'),
  choice({ field: 'email' }, 'field.email'),
  choice({ field: 'phone' }, 'field.phone'),
  choice({ field: 'phone', label: 'mobile' }, 'choice.mobile'),
  choice({ field: 'website' }, 'field.website'),
  choice({ field: 'address', group: 'main', part: 'street' }, 'choice.street'),
  choice({ field: 'address', group: 'main', part: 'city' }, 'choice.city'),
  choice({ field: 'address', group: 'main', part: 'region' }, 'choice.region'),
  choice({ field: 'address', group: 'main', part: 'postalCode' }, 'choice.postalCode'),
  choice({ field: 'address', group: 'main', part: 'country' }, 'choice.country'),
  choice({ field: 'birthday' }, 'field.birthday'),
  choice({ field: 'tags' }, 'field.tags'),
  choice({ field: 'notes' }, 'field.notes'),
  choice({ field: 'note' }, 'choice.note'),
  choice({ field: 'custom' }, 'choice.custom'),
  choice({ field: 'photoUrl' }, 'field.photoUrl'),
];

/** Words for any target, also the grouped ones presets make ("Email 2: its label"). */
export function describeTarget(target: ColumnTarget): string {
  let text = t(`field.${target.field}`);
  const group = target.group?.match(/(\d+)$/)?.[1];
  if (group && target.field !== 'address') text = t('targetNumbered', { field: text, n: group });
  if (target.field === 'address' && target.group && target.group !== 'main') text = t('addressGroup', { label: target.label ?? target.group });
  // 'value' is the field itself: no part name.
  if (target.part && target.part !== 'value') text = t('targetPart', { target: text, part: t(`part.${target.part}`) });
  if (target.label && target.field !== 'address' && !target.group) text = t('targetLabel', { target: text, label: target.label });
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
