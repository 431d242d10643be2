import { describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/contract/contacts.ts';
import { escapeText, foldLine, writeVCard } from '../../electron/core/vcard/vcard-writer.ts';
import { readVCardText } from '../../electron/core/vcard/vcard-reader.ts';

const base: Contact = {
  id: '01890000-0000-7000-8000-000000000001', kind: 'person', firstName: 'Zoë', lastName: 'Ŝmith', displayName: 'Zoë Ŝmith', company: '', companyId: null,
  title: '', emails: [], phones: [], addresses: [], websites: [], birthday: null, tags: [], notes: '', customFields: [], source: 'manual', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T03:04:05.678Z', lastContactedAt: null,
};

describe('vCard writer', () => {
  it('escapes text values', () => {
    expect(escapeText('a\\b,c;d\ne')).toBe('a\\\\b\\,c\\;d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds back to the same text', () => {
    const line = `NOTE:${'é漢'.repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('writes 3.0 and 4.0 forms of year-less birthdays, company cards and labels, and reads them back', () => {
    const contact: Contact = { ...base, birthday: '--12-31', phones: [{ label: 'Boat', value: '+33 6 00 00 00 00', e164: '+33600000000' }] };
    const v3 = writeVCard(contact, null, '3.0');
    expect(v3).toContain('BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-31\r\n');
    expect(v3).toContain('item1.TEL;TYPE=PREF:+33 6 00 00 00 00\r\nitem1.X-ABLabel:Boat\r\n');
    const v4 = writeVCard({ ...contact, kind: 'company', company: 'Globex', displayName: 'Globex' }, { kind: 'url', url: 'https://example.com/logo.png' }, '4.0');
    expect(v4).toContain('KIND:org\r\n');
    expect(v4).toContain('BDAY:--1231\r\n');
    expect(v4).toContain('REV:20260102T030405Z\r\n');
    expect(v4).toContain('PHOTO:https://example.com/logo.png\r\n');
    const [person] = readVCardText(v3).records;
    expect(person!.fields).toMatchObject({ firstName: 'Zoë', lastName: 'Ŝmith', birthday: '--12-31', phones: [{ label: 'Boat', value: '+33 6 00 00 00 00' }] });
    const [company] = readVCardText(v4).records;
    expect(company!.fields).toMatchObject({ kind: 'company', company: 'Globex' });
    expect(company!.photo).toEqual({ kind: 'url', url: 'https://example.com/logo.png' });
  });

  it.each(['3.0', '4.0'] as const)('writes other fields (%s) so they come back exactly: long labels and values, lines, repeats', (version) => {
    const customFields = [
      { label: 'A label much longer than sixty characters, as a spreadsheet header can be', value: 'x'.repeat(2500) },
      { label: 'Comment', value: 'first line\nsecond; with, punctuation \\' },
      { label: 'Comment', value: 'first line\nsecond; with, punctuation \\' },
      { label: '_$!<Spouse>!$_', value: 'Théo' },
    ];
    const text = writeVCard({ ...base, customFields, phones: [{ label: 'Boat', value: '+33 6 00 00 00 00', e164: '+33600000000' }] }, null, version);
    expect(text).toContain('item2.X-CARNET-FIELD:');
    const [record] = readVCardText(text).records;
    expect(record!.customFields).toEqual(customFields);
    expect(record!.fields.phones).toEqual([{ label: 'Boat', value: '+33 6 00 00 00 00' }]);
  });
});
