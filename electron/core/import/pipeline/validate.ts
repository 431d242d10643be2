import { birthdaySchema, contactInputSchema, EMAIL_PATTERN, type ContactFields, type ContactInput } from '../../../../shared/contract/contacts.ts';
import type { ImportRecord } from '../import-record.ts';
import { fastParseContact } from './fast-validate.ts';
import { coreMessage, type CoreText } from '../../../../shared/messages/core-text.ts';

export type ValidatedRecord =
  | { ok: true; record: ImportRecord; fields: ContactFields; warnings: CoreText[] }
  | { ok: false; record: ImportRecord; error: CoreText; warnings: CoreText[] };

/**
 * Checks one record against the contact contract. A value that cannot be kept as what it claims
 * to be (an "email" without @, a "phone" without digits) does not sink the whole row: it moves to
 * the notes with a warning, so nothing the file held is lost. A row with nothing that identifies
 * a contact, or a reader's own error, is an error row.
 */
export function validateRecord(record: ImportRecord): ValidatedRecord {
  const warnings = [...record.warnings];
  if (record.error) return { ok: false, record, error: record.error, warnings };
  const repaired = repairDetails(record.fields, warnings);
  const fast = fastParseContact(repaired);
  if (fast) return { ok: true, record, fields: fast, warnings };
  const parsed = contactInputSchema.safeParse(repaired);
  if (parsed.success) return { ok: true, record, fields: parsed.data, warnings };
  const issue = parsed.error.issues[0];
  // The contract marks "nothing to call this contact by" (params.unnamed), on a person's first name
  // or a company card's name: said in the import's own words. Other problems name the field (in
  // each language) and keep the contract's English sentence as the detail.
  const error = issue?.code === 'custom' && issue.params?.unnamed
    ? coreMessage('import.error.unnamed')
    : coreMessage('import.error.invalidField', { field: issue && issue.path.length > 0 ? String(issue.path[0]) : 'none', detail: issue?.message ?? 'invalid row' });
  return { ok: false, record, error, warnings };
}

function repairDetails(fields: ContactInput, warnings: CoreText[]): ContactInput {
  const kept: string[] = [];
  const emails = (fields.emails ?? []).filter((email) => {
    const value = email.value.trim();
    if (value === '') return false;
    if (EMAIL_PATTERN.test(value) && value.length <= 254) return true;
    kept.push(`Email: ${value}`);
    warnings.push(coreMessage('import.warning.notEmail', { value: shorten(value) }));
    return false;
  });
  const phones = (fields.phones ?? []).filter((phone) => {
    const value = phone.value.trim();
    if (value === '') return false;
    if (/\d/.test(value) && value.length <= 40) return true;
    kept.push(`Phone: ${value}`);
    warnings.push(coreMessage('import.warning.notPhone', { value: shorten(value) }));
    return false;
  });
  const websites = (fields.websites ?? []).filter((site) => site.value.trim() !== '');
  let birthday = fields.birthday ?? null;
  if (birthday !== null && !birthdaySchema.safeParse(birthday).success) {
    kept.push(`Birthday: ${birthday}`);
    warnings.push(coreMessage('import.warning.birthdayNotReal', { value: birthday }));
    birthday = null;
  }
  const notes = [fields.notes ?? '', ...kept].filter(Boolean).join('\n');
  return { ...fields, emails: dedupe(emails), phones: dedupe(phones), websites, birthday, notes };
}

/** The same value twice in one row ("E-mail Address" and "E-mail 2 Address" equal) is kept once. */
function dedupe<T extends { value: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.value.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
