import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVCardFile, readVCardText } from '../../electron/core/vcard/vcard-reader.ts';
import { decodeCharset, decodeQuotedPrintable, fileToByteString } from '../../electron/core/vcard/text-decoding.ts';
import { unfoldLines, parseProperty } from '../../electron/core/vcard/vcard-lines.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/vcard');
const read = (name: string) => readVCardFile(fs.readFileSync(path.join(fixtures, name)), name);

describe('vCard lines', () => {
  it('unfolds CRLF and LF folding, QP soft breaks (keeping their spaces) and unindented 2.1 base64', () => {
    const lines = unfoldLines('A:one\r\n two\nB;ENCODING=QUOTED-PRINTABLE:x=\r\n y=\r\nz\nPHOTO;BASE64:AAAA\nBBBB\n\nC:c\n# comment\r\nD:d');
    expect(lines).toEqual([
      { line: 1, text: 'A:onetwo' },
      { line: 3, text: 'B;ENCODING=QUOTED-PRINTABLE:x yz' },
      { line: 6, text: 'PHOTO;BASE64:AAAABBBB' },
      { line: 9, text: 'C:c' },
      { line: 11, text: 'D:d' },
    ]);
  });

  it('treats \\r\\r\\n as one line ending', () => {
    expect(unfoldLines('A:1\r\r\n B\r\r\nC:2').map((l) => l.text)).toEqual(['A:1B', 'C:2']);
  });

  it('parses groups, bare and listed TYPE parameters, quoted values and encodings', () => {
    const property = parseProperty({ line: 4, text: 'item2.TEL;CELL;type=pref;TYPE="work,voice";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=31' })!;
    expect(property.group).toBe('item2');
    expect(property.name).toBe('TEL');
    expect(property.types).toEqual(['cell', 'pref', 'work', 'voice']);
    expect(property.encoding).toBe('quoted-printable');
    expect(property.charset).toBe('UTF-8');
    expect(property.value).toBe('=31');
    expect(parseProperty({ line: 1, text: 'no colon here' })).toBeNull();
  });
});

describe('charset and encodings', () => {
  it('decodes quoted-printable and keeps a stray "="', () => {
    expect(Buffer.from(decodeQuotedPrintable('=C3=A9t=C3=A9 = ok')).toString('utf8')).toBe('été = ok');
  });

  it('decodes Shift_JIS and Windows-1252, and falls back to Windows-1252 for invalid UTF-8', () => {
    expect(decodeCharset(Uint8Array.from([0x88, 0xc0, 0x93, 0xa1]), 'SHIFT_JIS')).toBe('安藤');
    expect(decodeCharset(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x80]), 'windows-1252')).toBe('Café€');
    expect(decodeCharset(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), null)).toBe('Café');
  });

  it('recognises UTF-16 with and without a BOM', () => {
    const le = fileToByteString(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('BEGIN:VCARD\r\nFN:Zoë\r\n', 'utf16le')]));
    expect(Buffer.from(le.bytes, 'latin1').toString('utf8')).toBe('BEGIN:VCARD\r\nFN:Zoë\r\n');
    const be = Buffer.from('BEGIN:VCARD\r\nFN:Zoë\r\n', 'utf16le').swap16();
    expect(Buffer.from(fileToByteString(be).bytes, 'latin1').toString('utf8')).toBe('BEGIN:VCARD\r\nFN:Zoë\r\n');
    expect(fileToByteString(be).notes[0]!.text).toMatch(/UTF-16BE/);
  });
});

describe('readVCardFile', () => {
  it('reads an Android 2.1 card: QP names, CHARSET notes, bare types, blank-line-terminated photo', () => {
    const [ivan] = read('android-apple-mixed.vcf').records;
    expect(ivan!.fields).toMatchObject({ firstName: 'Иван', lastName: 'Иванов', notes: 'Café crème' });
    expect(ivan!.fields.phones).toEqual([{ label: 'mobile', value: '+33 6 12 34 56 78' }, { label: 'work fax', value: '+33 1 23 45 67 89' }]);
    expect(ivan!.fields.emails).toEqual([{ label: 'home', value: 'ivan@example.ru' }]);
    expect(ivan!.photo).toMatchObject({ kind: 'data', mime: 'image/jpeg' });
  });

  it('reports a card without END:VCARD by its line and still reads the cards after it', () => {
    const { records } = read('android-apple-mixed.vcf');
    expect(records).toHaveLength(3);
    expect(records[1]).toMatchObject({ line: 15 });
    expect(records[1]!.error!.text).toMatch(/line 15 has no END:VCARD/);
    const claire = records[2]!;
    expect(claire.error).toBeUndefined();
    expect(claire.fields).toMatchObject({
      firstName: 'Claire',
      lastName: 'Martin',
      company: 'Acme SA',
      title: 'Directrice commerciale',
      birthday: '--04-12',
      notes: 'Line one\nLine two; with semicolon',
      tags: ['Clients, VIP', 'Paris'],
    });
    expect(claire.fields.emails).toEqual([{ label: 'other', value: 'claire@acme.fr' }]);
    expect(claire.fields.websites).toEqual([{ label: 'Shop', value: 'https://acme.fr' }]);
    expect(claire.fields.addresses).toEqual([{ label: 'work', street: '12 rue de la Paix, bât. B', city: 'Paris', region: '', postalCode: '75002', country: 'France' }]);
  });

  it.each(['v4-and-noversion-lf.vcf', 'utf8-bom.vcf', 'utf16le-bom.vcf'])('reads 4.0, version-less and company cards in %s', (name) => {
    const { records } = read(name);
    expect(records.map((r) => [r.fields.kind, r.fields.company || `${r.fields.firstName} ${r.fields.lastName}`])).toEqual([
      ['company', 'Globex'],
      ['person', 'Hans Müller'],
      ['company', 'Initech'],
    ]);
    expect(records[0]!.fields.phones).toEqual([{ label: 'work', value: '+1-555-0100' }]);
    expect(records[0]!.photo).toMatchObject({ kind: 'data', mime: 'image/png' });
    expect(records[1]!.fields.birthday).toBe('--02-29');
    // Photo URLs are kept as URLs, never fetched.
    expect(records[1]!.photo).toEqual({ kind: 'url', url: 'https://example.de/hans.jpg' });
  });

  it('reports stray lines, a stray END and an empty file', () => {
    const { records } = readVCardText('BEGIN:VCAR\nFN:x\nEND:VCARD\nEND:VCARD\nBEGIN:VCARD\nFN:Ok Person\nEND:VCARD\n');
    expect(records.map((r) => r.error?.text ?? 'ok')).toEqual([
      expect.stringMatching(/^Lines 1-3 are not inside BEGIN:VCARD/),
      expect.stringMatching(/^Line 4: END:VCARD without a BEGIN:VCARD/),
      'ok',
    ]);
    expect(readVCardText('').notes.map((note) => note.text)).toContain('The file holds no BEGIN:VCARD … END:VCARD card.');
  });

  it('skips what it cannot use with a warning and keeps the rest of the card', () => {
    const [record] = readVCardText('BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEMAIL:not-an-email\nTEL:none\nBDAY:circa 1800\nPHOTO;ENCODING=b;TYPE=JPEG:!!!!\ngarbage line\nEND:VCARD').records;
    expect(record!.fields).toMatchObject({ firstName: 'Ann', lastName: 'Lee', emails: [], phones: [], birthday: null });
    expect(record!.photo).toBeUndefined();
    expect(record!.warnings.map((warning) => warning.text)).toEqual([
      'Line 8: "garbage line" is not a vCard property; ignored.',
      'Line 4: "not-an-email" is not an email address; skipped.',
      'Line 5: phone "none" has no digits; skipped.',
      'Line 6: birthday "circa 1800" is not a date Carnet understands; skipped.',
      'Line 7 (Ann Lee): the photo is not valid base64; photo skipped.',
    ]);
  });

  it('reads birthdays in the forms exporters write', () => {
    const bday = (value: string) => readVCardText(`BEGIN:VCARD\nFN:A B\n${value}\nEND:VCARD`).records[0]!.fields.birthday;
    expect(bday('BDAY:19001106')).toBe('1900-11-06');
    expect(bday('BDAY:1980-09-21T00:00:00Z')).toBe('1980-09-21');
    expect(bday('BDAY:--0412')).toBe('--04-12');
    expect(bday('BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12')).toBe('--04-12');
    expect(bday('BDAY:2023-02-29')).toBeNull();
  });
});
