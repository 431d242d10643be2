import type { Contact, ContactFields } from '../../../../shared/contract/contacts.ts';
import { emailKey, foldText } from '../../../../shared/domain/text.ts';
import { toE164 } from '../../contacts/phone.ts';

export interface MergeResult {
  fields: ContactFields;
  /** What the import adds, in words ("2 emails, title"); empty when the row adds nothing. */
  changes: string[];
}

/**
 * The "update" choice: fill the existing contact's empty fields and add the emails, phones,
 * addresses, websites and tags it does not have yet. Never overwrites what the user already has.
 */
export function mergeInto(existing: Contact | ContactFields, incoming: ContactFields, country: string): MergeResult {
  const changes: string[] = [];
  const fill = <K extends 'firstName' | 'lastName' | 'company' | 'title' | 'notes'>(key: K, label: string): string => {
    const current = existing[key];
    if (current.trim() === '' && incoming[key].trim() !== '') {
      changes.push(label);
      return incoming[key];
    }
    return current;
  };
  const isPerson = existing.kind === 'person';
  const firstName = isPerson ? fill('firstName', 'first name') : existing.firstName;
  const lastName = isPerson ? fill('lastName', 'last name') : existing.lastName;
  const company = fill('company', 'company');
  const title = fill('title', 'job title');
  const notes = fill('notes', 'notes');
  let birthday = existing.birthday;
  if (birthday === null && incoming.birthday !== null) {
    birthday = incoming.birthday;
    changes.push('birthday');
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

  count(changes, newEmails.length, 'email');
  count(changes, newPhones.length, 'phone');
  count(changes, newAddresses.length, 'address', 'addresses');
  count(changes, newSites.length, 'website');
  count(changes, newTags.length, 'tag');

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

function count(changes: string[], n: number, one: string, many = `${one}s`): void {
  if (n === 1) changes.push(`1 ${one}`);
  else if (n > 1) changes.push(`${n} ${many}`);
}

function phoneKey(value: string, country: string): string {
  return toE164(value, country) ?? value.replace(/\D/g, '');
}

function addressKey(address: { street: string; city: string; postalCode: string; country: string }): string {
  return foldText([address.street, address.city, address.postalCode, address.country].join('|'));
}
