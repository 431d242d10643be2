import { describe, expect, it } from 'vitest';
import { phoneSearchTerms, toE164 } from '../../../electron/core/contacts/phone.ts';
import { phoneFacts } from '../../../electron/core/import/pipeline/phone-facts.ts';
import { IdPool } from '../../../electron/core/import/pipeline/ids.ts';

const NUMBERS = ['06 12 34 56 78', '+33 1 42 14 20 00', '0033612345678', '(212) 555-0100', '+1 416 555 0199', '+7 495 123-45-67', '089 123456', '0171 2345678', '612 345 678', '+44 20 7946 0018', '12', 'ext. 5', '+33 6 12', '555-0100 x23', '00 49 30 1234567'];

describe('phoneFacts', () => {
  it.each(['FR', 'US', 'DE', 'ES', 'CA'])('agrees with toE164 and phoneSearchTerms (country %s)', (country) => {
    for (const typed of NUMBERS) {
      const e164 = toE164(typed, country);
      expect(phoneFacts(typed, country), typed).toEqual({ e164, searchTerms: phoneSearchTerms(typed, e164) });
    }
  });
});

describe('IdPool', () => {
  it('makes unique, time-ordered UUIDv7 ids', () => {
    const pool = new IdPool();
    const ids = Array.from({ length: 10_000 }, () => pool.next());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const ms = parseInt(ids[0]!.replace(/-/g, '').slice(0, 12), 16);
    expect(Math.abs(ms - Date.now())).toBeLessThan(60_000);
  });
});
