import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../electron/core/import/import-record.ts';
import { normalizedPhone } from '../../../electron/core/import/pipeline/classify.ts';
import { phoneFactsCounts, primePhoneFacts } from '../../../electron/core/import/pipeline/phone-facts-pool.ts';
import { PhoneFactsCache, phoneFacts } from '../../../electron/core/import/pipeline/phone-facts.ts';

function recordsWithPhones(count: number): ImportRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    line: i + 2,
    fields: { firstName: `P${i}`, phones: [{ value: `06 ${String(i % 100).padStart(2, '0')} ${String((i >> 7) % 100).padStart(2, '0')} 12 34` }, { value: ` +44 20 7946 ${String(i % 10_000).padStart(4, '0')} ` }] },
    warnings: [],
  }));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('primePhoneFacts', () => {
  it('fills the cache from the worker thread, with what phoneFacts gives, while the loop walks the rows', async () => {
    const records = recordsWithPhones(6000);
    const cache = new PhoneFactsCache('FR');
    const before = phoneFactsCounts();
    const phones = primePhoneFacts(records, cache, 'FR');
    // A loop that is slow to reach the end: the worker takes the last chunks meanwhile.
    for (let i = 0; i < records.length; i++) {
      await phones.ready(i);
      if (i === 0) await pause(1500);
      if (i === 5000) expect(cache.has(records[i]!.fields.phones![0]!.value)).toBe(true);
      for (const phone of records[i]!.fields.phones!) {
        const typed = phone.value.trim();
        expect(cache.get(typed)).toEqual(phoneFacts(typed, 'FR'));
      }
    }
    phones.stop();
    expect(phoneFactsCounts().worker).toBeGreaterThan(before.worker);
    expect(phoneFactsCounts().inline).toBe(before.inline);
  }, 30_000);

  it('keys the cache by the number as the loop looks it up when the import country is not the default', async () => {
    const records = recordsWithPhones(3000);
    const cache = new PhoneFactsCache('GB');
    const phones = primePhoneFacts(records, cache, 'FR');
    await phones.ready(0);
    await pause(1500);
    await phones.ready(2000);
    const typed = records[2500]!.fields.phones![0]!.value;
    const stored = normalizedPhone(typed, 'GB', 'FR');
    expect(stored).not.toBe(typed); // read as a British number, stored in international form
    expect(cache.has(stored)).toBe(true);
    expect(cache.get(stored)).toEqual(phoneFacts(stored, 'GB'));
    phones.stop();
  }, 30_000);

  it('never waits for chunks the worker was not given, and stop() sends no more', async () => {
    const records = recordsWithPhones(20_000);
    const cache = new PhoneFactsCache('US');
    const before = phoneFactsCounts().worker;
    const phones = primePhoneFacts(records, cache, 'US');
    await phones.ready(0);
    // Row 0's chunk is always this thread's: nothing of it is in the cache until asked for.
    expect(cache.has(records[0]!.fields.phones![0]!.value.trim())).toBe(false);
    phones.stop();
    await pause(1500);
    // At most the jobs already in flight when it stopped were done, not the whole file's 19.
    expect(phoneFactsCounts().worker - before).toBeLessThanOrEqual(3);
  }, 30_000);
});
