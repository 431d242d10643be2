import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import { loadContactPhoto } from '../contacts/contact-photo.ts';
import { loadContact } from '../contacts/contact-query.ts';
import type { CoreContext } from '../core-context.ts';
import { writeVCard, type VCardVersion } from '../vcard/vcard-writer.ts';

/** Which contacts to export: some by id, those with a tag, or every live contact. */
export type VCardSelection = { ids: string[] } | { tag: string } | { all: true };

/** Ids of the live contacts a selection names, in the list's order (by name). */
async function selectedIds(ctx: CoreContext, selection: VCardSelection): Promise<string[]> {
  const { db } = ctx.database;
  let query = db.selectFrom('contacts as c').select('c.id').where('c.deleted_at', 'is', null).orderBy('c.sort_key').orderBy('c.num');
  if ('ids' in selection) {
    if (selection.ids.length === 0) return [];
    query = query.where('c.id', 'in', selection.ids);
  } else if ('tag' in selection) {
    const tag = await db.selectFrom('tags').select('id').where('name', '=', selection.tag).executeTakeFirst();
    if (!tag) throw new CarnetError('not_found', coreMessage('error.tagNotFound', { tag: selection.tag }));
    query = query.where('c.id', 'in', db.selectFrom('contact_tags').select('contact_id').where('tag_id', '=', tag.id));
  }
  const rows = await query.execute();
  if ('ids' in selection && rows.length < new Set(selection.ids).size) {
    const found = new Set(rows.map((row) => row.id));
    const missing = selection.ids.find((id) => !found.has(id));
    throw new CarnetError('not_found', coreMessage('error.contactNotFound', { id: missing ?? '' }));
  }
  return rows.map((row) => row.id);
}

/** The selected contacts as one .vcf text, photos included. */
export async function buildVCardExport(ctx: CoreContext, selection: VCardSelection, version: VCardVersion = '3.0'): Promise<{ text: string; count: number }> {
  const { db } = ctx.database;
  const ids = await selectedIds(ctx, selection);
  const cards: string[] = [];
  for (const id of ids) {
    const contact = await loadContact(db, id);
    cards.push(writeVCard(contact, await loadContactPhoto(db, id), version));
  }
  return { text: cards.join(''), count: cards.length };
}
