import type { Contact, ContactFields } from '../../../../shared/contract/contacts.ts';
import type { ImportChange } from '../../../../shared/contract/import.ts';
import { emailKey, foldText } from '../../../../shared/domain/text.ts';
import { toE164 } from '../../contacts/phone.ts';

export interface MergeResult {
  fields: ContactFields;
  /** What the import adds ({field: 'email', count: 2}); empty when the row adds nothing. */
  changes: ImportChange[];
}

/**
 * The "update" choice: fill the existing contact's empty fields and add the emails, phones,
 * addresses, websites and tags it does not have yet. Never overwrites what the user already has.
 */
export function mergeInto(existing: Contact | ContactFields, incoming: ContactFields, country: string): MergeResult {
  const changes: ImportChange[] = [];
  const fill = <K extends 'firstName' | 'lastName' | 'company' | 'title' | 'notes'>(key: K): string => {
    const current = existing[key];
    if (current.trim() === '' && incoming[key].trim() !== '') {
      changes.push({ field: key, count: 1 });
      return incoming[key];
    }
    return current;
  };
  const isPerson = existing.kind === 'person';
  const firstName = isPerson ? fill('firstName') : existing.firstName;
  const lastName = isPerson ? fill('lastName') : existing.lastName;
  const company = fill('company');
  const title = fill('title');
  const notes = fill('notes');
  let birthday = existing.birthday;
  if (birthday === null && incoming.birthday !== null) {
    birthday = incoming.birthday;
    changes.push({ field: 'birthday', count: 1 });
  }

  const emailKeys = new Set(existing.emails.map((email) => emailKey(email.value)));
  const newEmails = incoming.emails.filter((email) => !emailKeys.has(emailKey(email.value)));
  const phoneKeys = new Set(existing.phones.map((phone) => phoneKey(phone.value, country)));
  const newPhones = incoming.phones.filter((phone) => !phoneKeys.has(phoneKey(phone.value, country)));
  const addressKeys = new Set(existing.addresses.map(addressKey));
  const newAddresses = incoming.addresses.filter((address) => !addressKeys.has(addressKey(address)));
  const siteKeys = new Set(existing.websites.map((site) => foldText(site.value)));
  const newSites = incoming.websites.filter((site) => !siteKeys.has(foldText(site.value)));
  const tagKeys = new Set(existing.tags.map((tag) => tag.toLowerCase()));
  const newTags = incoming.tags.filter((tag) => !tagKeys.has(tag.toLowerCase()));

  count(changes, 'email', newEmails.length);
  count(changes, 'phone', newPhones.length);
  count(changes, 'address', newAddresses.length);
  count(changes, 'website', newSites.length);
  count(changes, 'tag', newTags.length);

  return {
    changes,
    fields: {
      kind: existing.kind,
      firstName,
      lastName,
      company,
      title,
      notes,
      birthday,
      emails: [...existing.emails.map(({ label, value }) => ({ label, value })), ...newEmails].slice(0, 50),
      phones: [...existing.phones.map(({ label, value }) => ({ label, value })), ...newPhones].slice(0, 50),
      addresses: [...existing.addresses, ...newAddresses].slice(0, 20),
      websites: [...existing.websites, ...newSites].slice(0, 20),
      tags: [...existing.tags, ...newTags].slice(0, 100),
    },
  };
}

function count(changes: ImportChange[], field: ImportChange['field'], n: number): void {
  if (n > 0) changes.push({ field, count: n });
}

function phoneKey(value: string, country: string): string {
  return toE164(value, country) ?? value.replace(/\D/g, '');
}

function addressKey(address: { street: string; city: string; postalCode: string; country: string }): string {
  return foldText([address.street, address.city, address.postalCode, address.country].join('|'));
}
