import type { Db } from '../db/schema.ts';
import { customFieldRows } from './contact-rows.ts';

export interface CustomField {
  label: string;
  value: string;
}

/** Values a source had that Carnet has no field for, by label, in the order they were kept. */
export async function loadCustomFields(db: Db, contactId: string): Promise<CustomField[]> {
  return db.selectFrom('contact_custom_fields').select(['label', 'value']).where('contact_id', '=', contactId).orderBy('position').execute();
}

/** Appends fields after the contact's existing ones. */
export async function addCustomFields(db: Db, contactId: string, fields: readonly CustomField[]): Promise<void> {
  const last = await db
    .selectFrom('contact_custom_fields')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
  const start = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
  await db.insertInto('contact_custom_fields').values(customFieldRows(contactId, fields, start)).execute();
}

/** Replaces all of a contact's custom fields (the editor's save, and an import's undo putting the before-state back). */
export async function replaceCustomFields(db: Db, contactId: string, fields: readonly CustomField[]): Promise<void> {
  await db.deleteFrom('contact_custom_fields').where('contact_id', '=', contactId).execute();
  if (fields.length > 0) {
    await db.insertInto('contact_custom_fields').values(customFieldRows(contactId, fields)).execute();
  }
}
