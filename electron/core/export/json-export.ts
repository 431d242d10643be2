import type { Contact } from '../../../shared/contract/contacts.ts';
import type { CoreContext } from '../core-context.ts';
import { loadContact } from '../contacts/contact-query.ts';

/** Carnet's public, versioned JSON export (documented in the README). Later versions only add fields. */
export interface CarnetJsonExport {
  format: 'carnet';
  version: 1;
  exportedAt: string;
  contacts: ExportedContact[];
  companies: ExportedContact[];
}

/** `lastContactedAt` is left out: it is worked out from the interactions, not something a contact holds. */
export type ExportedContact = Omit<Contact, 'companyId' | 'company' | 'lastContactedAt'> & { company: string | null };

/** Every live contact, people under `contacts` and company cards under `companies`, sorted by name. */
export async function buildJsonExport(ctx: CoreContext): Promise<CarnetJsonExport> {
  const { db } = ctx.database;
  const rows = await db.selectFrom('contacts').select(['id', 'kind']).where('deleted_at', 'is', null).orderBy('sort_key').orderBy('num').execute();
  const contacts: ExportedContact[] = [];
  const companies: ExportedContact[] = [];
  for (const row of rows) {
    const { companyId: _companyId, company, lastContactedAt: _lastContactedAt, ...rest } = await loadContact(db, row.id);
    const exported: ExportedContact = { ...rest, company: company || null };
    (row.kind === 'company' ? companies : contacts).push(exported);
  }
  return { format: 'carnet', version: 1, exportedAt: new Date().toISOString(), contacts, companies };
}
