import { describe, expect, it } from 'vitest';
import { validateRecord } from '../../../electron/core/import/pipeline/validate.ts';
import type { ContactInput } from '../../../shared/contract/contacts.ts';

const record = (fields: ContactInput) => ({ line: 7, fields, warnings: [] });

describe('validateRecord', () => {
  it('says a row has nothing to call the contact by in its own words, for a person and a company card alike', () => {
    for (const fields of [{ notes: 'only notes' }, { kind: 'company' as const, company: '  ', notes: 'a card without a name' }]) {
      expect(validateRecord(record(fields))).toMatchObject({ ok: false, error: { id: 'import.error.unnamed', text: 'No name, company, email or phone in this row' } });
    }
  });

  it('names the field of any other problem', () => {
    const result = validateRecord(record({ firstName: 'Ada', title: 'x'.repeat(201) }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.text).toMatch(/^Job title: /);
  });
});
