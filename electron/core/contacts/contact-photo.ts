import type { ImportPhoto } from '../import/import-record.ts';
import { nowIso } from '../clock.ts';
import type { Db } from '../db/schema.ts';

/** Largest photo kept (bytes): a card scan or vCard photo beyond this is a mistake, not a face. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** Stores (or replaces) a contact's photo. Returns false when the photo was too large to keep. */
export async function saveContactPhoto(db: Db, contactId: string, photo: ImportPhoto): Promise<boolean> {
  if (photo.kind === 'data' && photo.data.byteLength > MAX_PHOTO_BYTES) return false;
  const row = photo.kind === 'data'
    ? { contact_id: contactId, mime: photo.mime, data: photo.data, url: null, updated_at: nowIso() }
    : { contact_id: contactId, mime: '', data: null, url: photo.url, updated_at: nowIso() };
  await db
    .insertInto('contact_photos')
    .values(row)
    .onConflict((oc) => oc.column('contact_id').doUpdateSet({ mime: row.mime, data: row.data, url: row.url, updated_at: row.updated_at }))
    .execute();
  return true;
}

export async function loadContactPhoto(db: Db, contactId: string): Promise<ImportPhoto | null> {
  const row = await db.selectFrom('contact_photos').selectAll().where('contact_id', '=', contactId).executeTakeFirst();
  if (!row) return null;
  if (row.data) return { kind: 'data', mime: row.mime, data: row.data };
  return row.url ? { kind: 'url', url: row.url } : null;
}

export async function deleteContactPhoto(db: Db, contactId: string): Promise<void> {
  await db.deleteFrom('contact_photos').where('contact_id', '=', contactId).execute();
}
