import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVCardFile, readVCardText } from '../../electron/core/vcard/vcard-reader.ts';

/**
 * vCard 2.1 quoted-printable values whose component separators are encoded too (`=3B`), as some
 * phones and desktop suites write them: every byte of the value encoded, soft line breaks (`=` at
 * the end of a line) anywhere, and CHARSET UTF-8, Windows-1251 or ISO-8859-1. The fixtures were
 * written by hand for these tests (tests/fixtures/vcard/v21-qp-separators-*.vcf).
 */
const fixtures = path.resolve(import.meta.dirname, '../fixtures/vcard');
const records = (name: string) => readVCardFile(fs.readFileSync(path.join(fixtures, name)), name).records;

const petrov = {
  firstName: 'Иван Сергеевич',
  lastName: 'Петров',
  company: 'ООО Ромашка',
  addresses: [{ label: 'work', street: 'ул. Ленина, д. 1', city: 'Москва', region: '', postalCode: '101000', country: 'Россия' }],
  // A NOTE is one text value: its encoded `;` is text, not a separator.
  notes: 'Встреча; в среду',
};

describe('quoted-printable structured values with encoded separators', () => {
  it.each(['v21-qp-separators-utf8.vcf', 'v21-qp-separators-cp1251.vcf'])('%s: N, ADR and ORG are decoded, then split', (name) => {
    const [record] = records(name);
    expect(record!.warnings).toEqual([]);
    expect(record!.fields).toMatchObject(petrov);
    expect(record!.customFields).toEqual([{ label: 'Department', value: 'Отдел продаж' }]);
  });

  it('a card that encodes only the Cyrillic bytes and its separators reads the same way', () => {
    const [, olga] = records('v21-qp-separators-utf8.vcf');
    expect(olga!.fields).toMatchObject({
      firstName: 'Ольга',
      lastName: 'Смирнова',
      company: 'Ромашка',
      addresses: [{ label: 'work', street: 'Невский пр., 28', city: 'Санкт-Петербург', region: '', postalCode: '191186', country: 'Россия' }],
    });
  });

  it('ISO-8859-1 with a soft break inside the street and a name prefix', () => {
    const [record] = records('v21-qp-separators-latin1.vcf');
    expect(record!.fields).toMatchObject({
      firstName: 'Jürgen',
      lastName: 'Müller',
      company: 'Bäckerei Müller GmbH',
      addresses: [{ label: 'work', street: 'Königstraße 5', city: 'München', region: 'Bayern', postalCode: '80331', country: 'Deutschland' }],
      notes: 'Grüße',
    });
    expect(record!.customFields).toEqual([{ label: 'Name prefix', value: 'Dr.' }, { label: 'Department', value: 'Verkauf' }]);
  });

  it('where the separators are written as they are, an encoded =3B stays text', () => {
    const [record] = readVCardText('BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Smith=3BJones;Ann;;;\r\nORG;ENCODING=QUOTED-PRINTABLE:A=3BB;Sales\r\nEND:VCARD\r\n').records;
    expect(record!.fields).toMatchObject({ lastName: 'Smith;Jones', firstName: 'Ann', company: 'A;B' });
    expect(record!.customFields).toEqual([{ label: 'Department', value: 'Sales' }]);
  });

  it('an encoded backslash-escaped separator stays text after decoding', () => {
    // `\;` encoded as `=5C=3B`: the escape survives decoding and keeps the `;` inside the family name.
    const [record] = readVCardText('BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Smith=5C=3BJones=3BAnn=3B=3B=3B\r\nEND:VCARD\r\n').records;
    expect(record!.fields).toMatchObject({ lastName: 'Smith;Jones', firstName: 'Ann' });
  });

  it('an encoded comma separates CATEGORIES written with no raw comma', () => {
    const [record] = readVCardText('BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ann Lee\r\nCATEGORIES;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=94=D1=80=D1=83=D0=B7=D1=8C=D1=8F=2C=D0=A0=D0=B0=D0=B1=D0=BE=D1=82=D0=B0\r\nEND:VCARD\r\n').records;
    expect(record!.fields.tags).toEqual(['Друзья', 'Работа']);
  });
});
