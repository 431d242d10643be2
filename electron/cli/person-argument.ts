import type { Contact, ContactSummary } from '../../shared/contract/contacts.ts';
import { CarnetError } from '../../shared/errors.ts';
import { emailKey, foldText } from '../../shared/domain/text.ts';
import type { Core } from '../core/core.ts';
import { tty } from './terminal-text.ts';

/** Candidates listed when a PERSON argument matches several contacts. */
const CANDIDATES_SHOWN = 10;

/**
 * A command ends with this exit status after it has said why on stderr (an ambiguous PERSON
 * exits with 2 and the list of candidates, as the usage promises). main.ts turns it into the code.
 */
export class CliExit extends Error {
  constructor(
    readonly exitCode: number,
    readonly text: string,
  ) {
    super(text);
    this.name = 'CliExit';
  }
}

/**
 * The one contact a PERSON argument names: an id, an email, or a search that matches exactly one
 * contact. Several matches are narrowed by an exact email or an exact name before giving up:
 * "ana@example.com" must not be ambiguous because another contact's notes mention it. Still
 * several: exit 2 with the candidates (id, name, company), so the user can repeat with an id.
 */
export async function resolvePerson(core: Core, argument: string): Promise<Contact> {
  const wanted = argument.trim();
  if (wanted === '') throw new CarnetError('invalid_input', 'Say who: an id, an email or a name');
  const byId = await core.call('contacts.get', { id: wanted.slice(0, 64) }).catch((error: unknown) => {
    if (error instanceof CarnetError && (error.code === 'not_found' || error.code === 'invalid_input')) return null;
    throw error;
  });
  if (byId) return byId;

  const found = await core.call('contacts.list', { search: wanted, limit: 50 });
  if (found.items.length === 0) throw new CarnetError('not_found', `No contact matches "${wanted}"`);
  if (found.items.length === 1) return core.call('contacts.get', { id: found.items[0]!.id });

  const narrowed = await narrow(core, found.items, wanted);
  if (narrowed.length === 1) return narrowed[0]!;
  const shown = (narrowed.length > 0 ? narrowed.map(summaryOf) : found.items).slice(0, CANDIDATES_SHOWN);
  const more = found.total - shown.length;
  const lines = shown.map((item) => tty`  ${item.id}  ${item.displayName}${item.company ? `  (${item.company})` : ''}\n`).join('');
  throw new CliExit(2, tty`carnet: "${wanted}" matches ${found.total} contacts; repeat with an id:\n` + lines + (more > 0 ? `  … and ${more} more\n` : ''));
}

/** The matches with exactly this email, else exactly this name (case and accents aside). */
async function narrow(core: Core, items: ContactSummary[], wanted: string): Promise<Contact[]> {
  const full = await Promise.all(items.map((item) => core.call('contacts.get', { id: item.id })));
  if (wanted.includes('@')) {
    const key = emailKey(wanted);
    return full.filter((contact) => contact.emails.some((email) => emailKey(email.value) === key));
  }
  return full.filter((contact) => foldText(contact.displayName) === foldText(wanted));
}

function summaryOf(contact: Contact): { id: string; displayName: string; company: string } {
  return { id: contact.id, displayName: contact.displayName, company: contact.company };
}
