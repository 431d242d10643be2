import { MAX_CUSTOM_FIELDS } from '../../../shared/contract/contacts.ts';
import type { ImportRecord } from '../import/import-record.ts';
import { appleLabel } from './vcard-labels.ts';
import type { VCardProperty } from './vcard-lines.ts';
import { listValue, textValue } from './vcard-values.ts';

type CustomField = NonNullable<ImportRecord['customFields']>[number];

/** Instant-messaging properties, by the service name the user knows. */
const IM_PROPERTIES: Record<string, string> = {
  IMPP: 'IM',
  'X-SKYPE': 'Skype',
  'X-SKYPE-USERNAME': 'Skype',
  'X-JABBER': 'Jabber',
  'X-AIM': 'AIM',
  'X-MSN': 'MSN',
  'X-ICQ': 'ICQ',
  'X-YAHOO': 'Yahoo',
  'X-GOOGLE-TALK': 'Google Talk',
  'X-GTALK': 'Google Talk',
  'X-TWITTER': 'Twitter',
  'X-QQ': 'QQ',
};

/**
 * What a card holds that Carnet has no field for but a person would miss: kept as custom fields
 * (label + value) instead of being dropped. Machine properties (UID, REV, PRODID, X-ANDROID-CUSTOM...)
 * are not kept.
 */
export function extraFields(props: VCardProperty[], version: string | null, n: string[], org: string[], hasTitle: boolean): CustomField[] {
  const fields: CustomField[] = [];
  // Carnet's own fields come back exactly as written (the editor's bounds, repeats kept), after the rest.
  const carnetFields: CustomField[] = [];
  const carnetField = (property: VCardProperty): CustomField => {
    const label = property.group ? props.find((p) => p.group === property.group && p.name === 'X-ABLABEL') : undefined;
    return { label: (label ? textValue(label, version).trim() : '').slice(0, 100) || 'Field', value: textValue(property, version).trim().slice(0, 100_000) };
  };
  const add = (label: string, value: string) => {
    const clean = value.trim();
    if (clean && !fields.some((f) => f.label === label && f.value === clean)) fields.push({ label: label.slice(0, 100), value: clean.slice(0, 2000) });
  };
  const groupLabel = (property: VCardProperty) => {
    const label = property.group ? props.find((p) => p.group === property.group && p.name === 'X-ABLABEL') : undefined;
    return label ? appleLabel(textValue(label, version)) : null;
  };
  if (n[3]) add('Name prefix', n[3].replace(/,/g, ' '));
  if (n[4]) add('Name suffix', n[4].replace(/,/g, ' '));
  const department = org.slice(1).filter(Boolean).join(', ');
  if (department) add('Department', department);
  for (const property of props) {
    const im = IM_PROPERTIES[property.name];
    if (property.name === 'NICKNAME') for (const nick of listValue(property, version)) add('Nickname', nick);
    else if (property.name === 'ROLE' && hasTitle) add('Role', textValue(property, version));
    else if (property.name === 'ANNIVERSARY' || property.name === 'X-ANNIVERSARY') add('Anniversary', textValue(property, version));
    else if (property.name === 'X-ABDATE') add(groupLabel(property) ?? 'Date', textValue(property, version));
    else if (property.name === 'RELATED' || property.name === 'X-ABRELATEDNAMES') add(groupLabel(property) ?? 'Related', textValue(property, version).replace(/^urn:uuid:.*$/i, ''));
    else if (property.name === 'X-SOCIALPROFILE') add(`Social profile${property.types[0] ? ` (${property.types[0]})` : ''}`, textValue(property, version));
    else if (property.name === 'X-CARNET-FIELD') carnetFields.push(carnetField(property));
    else if (im) add(im, textValue(property, version).replace(/^(xmpp|skype|aim|msnim|ymsgr|sip|im):/i, ''));
  }
  return [...fields, ...carnetFields.filter((field) => field.value !== '')].slice(0, MAX_CUSTOM_FIELDS);
}

