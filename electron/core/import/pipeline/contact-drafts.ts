import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import type { ImportChange } from '../../../../shared/contract/import.ts';
import type { CustomField } from '../../contacts/custom-fields.ts';
import type { ImportPhoto, ImportRecord } from '../import-record.ts';
import type { ExistingContacts } from './load-existing.ts';
import { mergeInto } from './merge.ts';

/** A contact as the import will leave it: one it creates, or an existing one it updates. */
export interface ContactDraft {
  fields: ContactFields;
  customFields: CustomField[];
  /** The photo the import brings (a new contact's, or one an existing contact did not have). */
  photo: ImportPhoto | null;
  /** The contact had a photo before the import (an existing contact's photo is never replaced). */
  hadPhoto: boolean;
}

/** An existing contact the import updates, with what it was before (kept for undo). */
export interface ExistingDraft extends ContactDraft {
  contactId: string;
  before: { fields: ContactFields; customFields: CustomField[] };
  /** Custom fields the import appends after the contact's own. */
  customAdded: CustomField[];
  /** Whether any row changed the editable fields (a photo or custom fields alone do not). */
  fieldsChanged: boolean;
}

/** What merging a row into a draft would change, without changing it yet. */
export interface Absorption {
  fields: ContactFields;
  /** {field: 'email', count: 2}, {field: 'photo', count: 1}...; empty when the row brings nothing new. */
  changes: ImportChange[];
  fieldsChanged: boolean;
  customAdded: CustomField[];
  photo: ImportPhoto | null;
}

/**
 * What a row would add to a contact: `mergeInto` for the fields (fill what is empty, add new
 * emails, phones...), plus custom fields it does not have and a photo where it has none.
 */
export function absorption(draft: ContactDraft, record: ImportRecord, fields: ContactFields, country: string): Absorption {
  const merged = mergeInto(draft.fields, fields, country);
  const customAdded = (record.customFields ?? []).filter((field) => !draft.customFields.some((c) => c.label === field.label && c.value === field.value));
  const photo = record.photo && !draft.hadPhoto && draft.photo === null ? record.photo : null;
  const changes = [...merged.changes];
  if (customAdded.length > 0) changes.push({ field: 'custom', count: customAdded.length });
  if (photo) changes.push({ field: 'photo', count: 1 });
  return { fields: merged.fields, changes, fieldsChanged: merged.changes.length > 0, customAdded, photo };
}

/** Applies what `absorption` found. */
export function absorb(draft: ContactDraft | ExistingDraft, found: Absorption): void {
  draft.fields = found.fields;
  draft.customFields = [...draft.customFields, ...found.customAdded];
  if (found.photo) draft.photo = found.photo;
  if ('customAdded' in draft) {
    draft.customAdded.push(...found.customAdded);
    draft.fieldsChanged ||= found.fieldsChanged;
  }
}

/** Loads an existing contact as a draft; null when it is gone. */
export function existingDraft(loader: ExistingContacts, contactId: string): ExistingDraft | null {
  const fields = loader.load(contactId);
  if (!fields) return null;
  const customFields = loader.customFields(contactId);
  return {
    contactId,
    fields,
    customFields,
    photo: null,
    hadPhoto: loader.hasPhoto(contactId),
    before: { fields, customFields },
    customAdded: [],
    fieldsChanged: false,
  };
}
