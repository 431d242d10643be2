import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../electron/core/import/import-record.ts';
import { phoneFactsCounts, primePhoneFacts } from '../../../electron/core/import/pipeline/phone-facts-pool.ts';
import { PhoneFactsCache, phoneFacts } from '../../../electron/core/import/pipeline/phone-facts.ts';

function recordsWithPhones(count: number): ImportRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    line: i + 2,
    fields: { firstName: `P${i}`, phones: [{ value: `06 ${String(i % 100).padStart(2, '0')} ${String((i >> 7) % 100).padStart(2, '0')} 12 34` }, { value: ` +44 20 7946 ${String(i % 10_000).padStart(4, '0')} ` }] },
    warnings: [],
  }));
}

describe('primePhoneFacts', () => {
  it('fills the cache from the worker thread, with what phoneFacts gives, while the loop walks the rows', async () => {
    const records = recordsWithPhones(6000);
    const cache = new PhoneFactsCache('FR');
    const before = phoneFactsCounts();
    const ready = primePhoneFacts(records, cache);
    // A loop that is slow to reach the end: the worker takes the last chunks meanwhile.
    for (let i = 0; i < records.length; i++) {
      await ready(i);
      if (i === 0) await new Promise((resolve) => setTimeout(resolve, 1500));
      for (const phone of records[i]!.fields.phones!) {
        const typed = phone.value.trim();
        expect(cache.get(typed)).toEqual(phoneFacts(typed, 'FR'));
      }
    }
    expect(phoneFactsCounts().worker).toBeGreaterThan(before.worker);
    expect(phoneFactsCounts().inline).toBe(before.inline);
  }, 30_000);

  it('never waits for chunks the worker was not given, and parses those phones on demand', async () => {
    const records = recordsWithPhones(3000);
    const cache = new PhoneFactsCache('US');
    const ready = primePhoneFacts(records, cache);
    await ready(0);
    // Row 0's chunk is always this thread's: nothing of it is in the cache until asked for.
    expect(cache.has(records[0]!.fields.phones![0]!.value.trim())).toBe(false);
    expect(cache.get('+1 416 555 0199').e164).toBe('+14165550199');
  });
});
