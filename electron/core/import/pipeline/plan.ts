import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import type { OnDuplicate } from '../../../../shared/contract/import.ts';
import { displayNameOf } from '../../../../shared/domain/text.ts';
import type { ImportPhoto, ImportRecord } from '../import-record.ts';
import { normalizePhones } from './classify.ts';
import { type Matcher, matchKeysOf } from './match.ts';
import { mergeInto } from './merge.ts';
import { primePhoneFacts } from './phone-facts-pool.ts';
import { validateRecord } from './validate.ts';

/** A contact the import will create, with every later row of the file already merged in. */
export interface PlannedCreate {
  line: number;
  fields: ContactFields;
  customFields: { label: string; value: string }[];
  photo: ImportPhoto | null;
}

/** A row for a contact that existed before the import. */
export interface PlannedUpdate {
  contactId: string;
  record: ImportRecord;
  fields: ContactFields;
}

export interface ImportPlan {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  /** Rows merged into a contact this import creates (counted as updates). */
  merged: number;
  skipped: number;
  errors: { line: number; message: string }[];
}

const PLANNED = 'planned:';

/**
 * Decides what every row does before anything is written: validate, match (database, then
 * earlier rows of the file), and merge rows that repeat a contact of the file into it in memory.
 * Writing then inserts each new contact once, in order, which keeps the search index's inserts
 * in rowid order (rewriting an earlier row makes FTS5 flush, milliseconds each).
 */
export async function planImport(
  records: readonly ImportRecord[],
  matcher: Matcher,
  options: { onDuplicate: OnDuplicate; country: string; defaultCountry: string; step(index: number): Promise<void> },
): Promise<ImportPlan> {
  const plan: ImportPlan = { creates: [], updates: [], merged: 0, skipped: 0, errors: [] };
  const phones = primePhoneFacts(records, matcher.phones, options.defaultCountry);
  try {
    for (let i = 0; i < records.length; i++) {
      await options.step(i);
      await phones.ready(i);
      const record = records[i]!;
      const validated = validateRecord(record);
      if (!validated.ok) {
        plan.errors.push({ line: record.line, message: validated.error });
        continue;
      }
      const fields = normalizePhones(validated.fields, options.country, options.defaultCountry);
      const keys = matchKeysOf(fields, matcher);
      const match = options.onDuplicate === 'create' ? null : matcher.find(fields, keys);
      if (!match || match.contactId === null) {
        matcher.remember(keys, record.line, `${PLANNED}${plan.creates.length}`, displayNameOf(fields));
        plan.creates.push({ line: record.line, fields, customFields: record.customFields ?? [], photo: record.photo ?? null });
      } else if (options.onDuplicate === 'skip') plan.skipped++;
      else if (match.contactId.startsWith(PLANNED)) {
        if (mergeIntoPlanned(plan.creates[Number(match.contactId.slice(PLANNED.length))]!, record, fields, options.country)) plan.merged++;
        else plan.skipped++;
      } else plan.updates.push({ contactId: match.contactId, record, fields });
    }
  } finally {
    phones.stop();
  }
  return plan;
}

function mergeIntoPlanned(planned: PlannedCreate, record: ImportRecord, fields: ContactFields, country: string): boolean {
  const merged = mergeInto(planned.fields, fields, country);
  const customAdded = (record.customFields ?? []).filter((field) => !planned.customFields.some((c) => c.label === field.label && c.value === field.value));
  const photoAdded = record.photo !== undefined && record.photo !== null && planned.photo === null;
  if (merged.changes.length === 0 && customAdded.length === 0 && !photoAdded) return false;
  planned.fields = merged.fields;
  planned.customFields = [...planned.customFields, ...customAdded];
  if (photoAdded) planned.photo = record.photo!;
  return true;
}
