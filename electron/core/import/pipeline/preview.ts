import type BetterSqlite3 from 'better-sqlite3';
import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import type { OnDuplicate, PreviewRow, RowStatus } from '../../../../shared/contract/import.ts';
import { displayNameOf } from '../../../../shared/domain/text.ts';
import { ExistingContacts } from './load-existing.ts';
import type { ParsedSource } from '../import-record.ts';
import { describeMatch, normalizePhones, statusOf } from './classify.ts';
import { Matcher, matchKeysOf } from './match.ts';
import { mergeInto } from './merge.ts';
import { primePhoneFacts } from './phone-facts-pool.ts';
import { validateRecord } from './validate.ts';

export interface PreviewOptions {
  onDuplicate: OnDuplicate;
  country: string;
  defaultCountry: string;
}

export interface PreviewResult {
  rows: PreviewRow[];
  counts: Record<RowStatus, number>;
}

/**
 * What an import would do, row by row, without writing anything: validation, then matching
 * against the database and against earlier rows of the same file.
 */
export async function previewSource(sqlite: BetterSqlite3.Database, parsed: ParsedSource, options: PreviewOptions): Promise<PreviewResult> {
  const matcher = new Matcher(sqlite, options.country);
  const existing = new Map<string, ContactFields | null>();
  const loader = new ExistingContacts(sqlite);
  const rows: PreviewRow[] = [];
  const counts: Record<RowStatus, number> = { new: 0, update: 0, duplicate: 0, error: 0 };
  const phones = primePhoneFacts(parsed.records, matcher.phones, options.defaultCountry);
  try {
    for (let i = 0; i < parsed.records.length; i++) {
      // A 100k-row preview takes seconds: let other requests (and the UI's events) through now and then.
      if (i > 0 && i % 5000 === 0) await new Promise((resolve) => setImmediate(resolve));
      await phones.ready(i);
      const record = parsed.records[i]!;
      const validated = validateRecord(record);
      if (!validated.ok) {
        counts.error++;
        rows.push({ line: record.line, status: 'error', displayName: guessName(record.fields), detail: '', message: validated.error, match: null, warnings: validated.warnings });
        continue;
      }
      const fields = normalizePhones(validated.fields, options.country, options.defaultCountry);
      const keys = matchKeysOf(fields, matcher);
      const match = matcher.find(fields, keys);
      const displayName = displayNameOf(fields);
      const status = statusOf(match);
      counts[status]++;
      let message = 'will be created';
      if (match) {
        message = describeMatch(match);
        if (options.onDuplicate === 'skip') message += ': will be skipped';
        else if (options.onDuplicate === 'create') message += ': will be created anyway';
        else if (match.contactId) {
          if (!existing.has(match.contactId)) existing.set(match.contactId, loader.load(match.contactId));
          const current = existing.get(match.contactId);
          const merged = current ? mergeInto(current, fields, options.country) : null;
          message += merged && merged.changes.length > 0 ? `: will add ${merged.changes.join(', ')}` : ': nothing new, will be skipped';
        } else message += ': will be merged into it';
      }
      if (!match || options.onDuplicate === 'create') matcher.remember(keys, record.line, null, displayName);
      rows.push({
        line: record.line,
        status,
        displayName,
        detail: fields.emails[0]?.value ?? fields.phones[0]?.value ?? '',
        message,
        match: match ? { id: match.contactId ?? '', displayName: match.displayName, by: match.by } : null,
        warnings: validated.warnings,
      });
    }
  } finally {
    phones.stop();
  }
  return { rows, counts };
}

function guessName(fields: ParsedSource['records'][number]['fields']): string {
  const name = [fields.firstName, fields.lastName].filter(Boolean).join(' ');
  return name || fields.company || fields.emails?.[0]?.value || '';
}
