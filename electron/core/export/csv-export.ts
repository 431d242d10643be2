import Papa from 'papaparse';
import type { Contact } from '../../../shared/contract/contacts.ts';
import type { CoreContext } from '../core-context.ts';
import { loadContact } from '../contacts/contact-query.ts';
import { oneLinePostalAddress } from '../../../shared/domain/postal-address.ts';

/**
 * Contacts as CSV for people and spreadsheets: UTF-8 with a byte-order mark (so Excel reads
 * accents right), CRLF line ends, a header row, one row per live contact (people and company
 * cards), every cell quoted. Cells that a spreadsheet would run as a formula are neutralized.
 */
export const CSV_COLUMNS = [
  'Type',
  'Name',
  'First name',
  'Last name',
  'Company',
  'Title',
  'Email',
  'Other emails',
  'Phone',
  'Other phones',
  'Street',
  'City',
  'Region',
  'Postal code',
  'Country',
  'Other addresses',
  'Website',
  'Birthday',
  'Tags',
  'Notes',
  'Created',
  'Updated',
] as const;

const BOM = '\uFEFF';
/** Joins several values in one cell ("a@x.fr; b@y.fr"). */
const LIST_SEPARATOR = '; ';

export async function buildCsvExport(ctx: CoreContext): Promise<{ text: string; count: number }> {
  const { db } = ctx.database;
  const rows = await db.selectFrom('contacts').select('id').where('deleted_at', 'is', null).orderBy('sort_key').orderBy('num').execute();
  const contacts: Contact[] = [];
  for (const row of rows) contacts.push(await loadContact(db, row.id));
  return { text: contactsToCsv(contacts, ctx.settings().defaultCountry), count: contacts.length };
}

/** `defaultCountry`: the layout of addresses whose country is empty or unknown (the default phone country). */
export function contactsToCsv(contacts: readonly Contact[], defaultCountry: string | null = null): string {
  const data = contacts.map((contact) => contactRow(contact, defaultCountry).map(neutralizeFormula));
  const body = Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n', quotes: true, header: true });
  return `${BOM}${body}\r\n`;
}

function contactRow(contact: Contact, defaultCountry: string | null): string[] {
  const [email, ...otherEmails] = contact.emails;
  const [phone, ...otherPhones] = contact.phones;
  const [address, ...otherAddresses] = contact.addresses;
  return [
    contact.kind === 'company' ? 'Company' : 'Person',
    contact.displayName,
    contact.firstName,
    contact.lastName,
    contact.company,
    contact.title,
    email?.value ?? '',
    otherEmails.map((e) => labelled(e.label, e.value)).join(LIST_SEPARATOR),
    phone?.value ?? '',
    otherPhones.map((p) => labelled(p.label, p.value)).join(LIST_SEPARATOR),
    address?.street ?? '',
    address?.city ?? '',
    address?.region ?? '',
    address?.postalCode ?? '',
    address?.country ?? '',
    otherAddresses.map((other) => labelled(other.label, oneLinePostalAddress(other, { defaultCountry }))).join(LIST_SEPARATOR),
    contact.websites.map((w) => w.value).join(LIST_SEPARATOR),
    contact.birthday ?? '',
    contact.tags.join(LIST_SEPARATOR),
    contact.notes,
    contact.createdAt,
    contact.updatedAt,
  ];
}

function labelled(label: string, value: string): string {
  return label ? `${label}: ${value}` : value;
}

/**
 * Spreadsheets run a cell that starts with = + - @ (and, in some, a tab or carriage return) as a
 * formula: `=HYPERLINK(...)` in a note could leak data or run commands. Such cells get a leading
 * apostrophe (OWASP's advice), which the spreadsheet shows as text. Phone numbers like +33... are
 * affected too; that is the price of a file that is safe to open.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
