import { describe, expect, it } from 'vitest';
import { contactInputSchema } from '../../../shared/contract/contacts.ts';
import { importChangeSchema } from '../../../shared/contract/import.ts';
import { mergeInto } from '../../../electron/core/import/pipeline/merge.ts';
import { describeChanges } from '../../../electron/core/import/pipeline/outcome-words.ts';

const fields = (input: Record<string, unknown>) => contactInputSchema.parse({ kind: 'person', ...input });

describe('what an update adds', () => {
  it('is sent as ids with counts, never words, so each host says it in its own language', () => {
    const existing = fields({ firstName: 'Ana', lastName: 'Lima', emails: [{ label: '', value: 'ana@lima.example' }] });
    const incoming = fields({
      firstName: 'Ana',
      lastName: 'Lima',
      title: 'Owner',
      emails: [
        { label: '', value: 'ANA@lima.example' },
        { label: '', value: 'ana@atelier.example' },
        { label: '', value: 'a.lima@atelier.example' },
      ],
      tags: ['client'],
    });
    const { changes } = mergeInto(existing, incoming, 'FR');
    expect(changes).toEqual([
      { field: 'title', count: 1 },
      { field: 'email', count: 2 },
      { field: 'tag', count: 1 },
    ]);
    for (const change of changes) expect(importChangeSchema.safeParse(change).success).toBe(true);
  });

  it('adds nothing when the row brings nothing new', () => {
    const same = fields({ firstName: 'Ana', emails: [{ label: '', value: 'ana@lima.example' }] });
    expect(mergeInto(same, same, 'FR').changes).toEqual([]);
  });

  it('is worded in English for the CLI and the row message, with counts only where they mean something', () => {
    expect(describeChanges([{ field: 'email', count: 1 }, { field: 'address', count: 2 }, { field: 'title', count: 1 }, { field: 'custom', count: 3 }, { field: 'photo', count: 1 }])).toBe(
      '1 email, 2 addresses, job title, 3 other fields, photo',
    );
    expect(describeChanges([])).toBe('');
  });

  it('refuses a change with no count or an unknown field in the contract', () => {
    expect(importChangeSchema.safeParse({ field: 'email', count: 0 }).success).toBe(false);
    expect(importChangeSchema.safeParse({ field: 'fax', count: 1 }).success).toBe(false);
  });
});
