import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactInputSchema, type ContactInput } from '../../../shared/contract/contacts.ts';
import { fastParseContact } from '../../../electron/core/import/pipeline/fast-validate.ts';

const text = fc.oneof(fc.constantFrom('', 'Ann', ' Ann', 'Ann ', 'x'.repeat(61), 'x'.repeat(201), '\u00a0', 'Zoë'), fc.string({ maxLength: 8 }));
const email = fc.oneof(fc.emailAddress(), fc.constantFrom('ann@example.com', ' ann@example.com', 'not-an-email', ''));
const phone = fc.constantFrom('+33 6 12 34 56 78', 'ext', ' 12', '', '1'.repeat(41));
const record: fc.Arbitrary<ContactInput> = fc.record(
  {
    kind: fc.constantFrom('person', 'company') as fc.Arbitrary<'person' | 'company'>,
    firstName: text,
    lastName: text,
    company: text,
    title: text,
    emails: fc.array(fc.record({ label: text, value: email }), { maxLength: 3 }),
    phones: fc.array(fc.record({ label: text, value: phone }), { maxLength: 3 }),
    websites: fc.array(fc.record({ label: text, value: text }), { maxLength: 2 }),
    addresses: fc.array(fc.record({ label: text, street: text, city: text, region: text, postalCode: text, country: text }), { maxLength: 2 }),
    birthday: fc.constantFrom(null, '1980-02-29', '1981-02-29', '--02-29', '2000-13-01', 'soon'),
    tags: fc.array(text, { maxLength: 3 }),
    notes: text,
  },
  { requiredKeys: [] },
);

describe('fastParseContact', () => {
  it('gives exactly what the contract gives, or steps aside', () => {
    fc.assert(
      fc.property(record, (input) => {
        const fast = fastParseContact(input);
        if (fast === null) return;
        expect(fast).toEqual(contactInputSchema.parse(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes clean records (the common case) and leaves dirty ones to zod', () => {
    const clean = { firstName: 'Ann', lastName: 'Lee', emails: [{ label: 'work', value: 'ann@example.com' }], phones: [{ label: '', value: '06 12 34 56 78' }], birthday: '--04-12', tags: ['VIP'] };
    expect(fastParseContact(clean)).toEqual(contactInputSchema.parse(clean));
    expect(fastParseContact({ firstName: ' Ann' })).toBeNull();
    expect(fastParseContact({ emails: [{ value: 'nope' }] })).toBeNull();
    expect(fastParseContact({ kind: 'company', firstName: 'Ann' })).toBeNull();
    expect(fastParseContact({ firstName: 'Ann', birthday: '1981-02-29' })).toBeNull();
  });
});
