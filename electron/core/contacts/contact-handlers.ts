import type { Transaction } from 'kysely';
import type { ContactFields } from '../../../shared/contract/contacts.ts';
import type { Database } from '../db/schema.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import { nowIso } from '../clock.ts';
import { companyKey, foldText } from '../../../shared/domain/text.ts';
import { birthdaysBetween, loadContact, listContacts } from './contact-query.ts';
import { deleteSearchRow, saveContact } from './contact-store.ts';
import { replaceCustomFields } from './custom-fields.ts';
import { restoreFromTrash } from '../trash/restore.ts';
import { trashContactDependents } from '../trash/contact-dependents.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';

type ContactMethods = 'contacts.list' | 'contacts.birthdays' | 'contacts.get' | 'contacts.create' | 'contacts.update' | 'contacts.delete' | 'contacts.restore' | 'companies.suggest';

export function contactHandlers(ctx: CoreContext): AreaHandlers<ContactMethods> {
  // Reads go through the read connection: they answer during a long import's write transaction.
  const { db, reader } = ctx.database;
  const saveOptions = () => ({ defaultCountry: ctx.settings().defaultCountry });

  return {
    // One read transaction per answer: the count and the page (or a contact and its details) come
    // from the same snapshot even if an import commits in between.
    'contacts.list': (input) => reader.transaction().execute((trx) => listContacts(trx, input)),

    'contacts.birthdays': ({ from, days, limit }) => birthdaysBetween(reader, from, days, limit),

    'contacts.get': (input) => reader.transaction().execute((trx) => loadContact(trx, input.id)),

    'contacts.create': async (fields) => {
      const id = await db.transaction().execute(async (trx) => {
        const created = await saveContact(trx, null, fields, saveOptions());
        await saveCustomFields(trx, created, fields.customFields);
        return created;
      });
      ctx.emit({ type: 'contacts.changed', ids: [id] });
      return loadContact(db, id);
    },

    'contacts.update': async ({ id, fields }) => {
      await db.transaction().execute(async (trx) => {
        await loadContact(trx, id); // not_found before anything is written
        await saveContact(trx, id, fields, saveOptions());
        await saveCustomFields(trx, id, fields.customFields);
      });
      ctx.emit({ type: 'contacts.changed', ids: [id] });
      return loadContact(db, id);
    },

    'contacts.delete': async ({ id }) => {
      await db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('contacts').select('num').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
        if (!row) await loadContact(trx, id); // throws not_found
        const stamp = nowIso();
        await trx.updateTable('contacts').set({ deleted_at: stamp }).where('id', '=', id).execute();
        await deleteSearchRow(trx, row!.num);
        await trashContactDependents(trx, [id], stamp);
      });
      ctx.emit({ type: 'contacts.changed', ids: [id] });
      return { id };
    },

    // The Undo of a delete: the Trash's restore for one contact (its company card comes back too
    // when it is in the trash). Restoring a contact that is already live changes nothing.
    'contacts.restore': async ({ id }) => {
      const restored = await db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('contacts').select('deleted_at').where('id', '=', id).executeTakeFirst();
        if (!row) throw new CarnetError('not_found', coreMessage('error.contactNotFound', { id }));
        return row.deleted_at === null ? [] : (await restoreFromTrash(trx, [id], saveOptions())).restored.map((contact) => contact.id);
      });
      if (restored.length > 0) ctx.emit({ type: 'contacts.changed', ids: restored });
      return loadContact(db, id);
    },

    'companies.suggest': async ({ search, limit }) => {
      const prefix = foldText(search);
      const key = companyKey(search);
      let query = reader.selectFrom('contacts').select(['id', 'company_name as name']).where('kind', '=', 'company').where('deleted_at', 'is', null);
      if (prefix) {
        query = query.where((eb) => eb.or([eb('sort_key', '>=', prefix).and('sort_key', '<', `${prefix}\uffff`), eb('name_key', '=', key)]));
      }
      return query.orderBy('sort_key').limit(limit).execute();
    },
  };
}

/** The editor's custom fields, when it sent them: rows left without a value are dropped. */
async function saveCustomFields(trx: Transaction<Database>, id: string, fields: ContactFields['customFields']): Promise<void> {
  if (fields) await replaceCustomFields(trx, id, fields.filter((field) => field.value !== ''));
}
