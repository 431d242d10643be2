import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary, normalizeEncoding } from '../../../electron/core/import/csv/decode.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));

describe('decodeBytes', () => {
  it('follows a UTF-8 BOM and strips it', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9))).toEqual({ text: 'Aé', encoding: 'utf-8', reason: 'bom' });
  });

  it('reads UTF-16LE with BOM (Excel "Unicode text")', () => {
    const data = new Uint8Array([0xff, 0xfe, ...utf16le('Nom\tPrénom\n')]);
    expect(decodeBytes(data)).toEqual({ text: 'Nom\tPrénom\n', encoding: 'utf-16le', reason: 'bom' });
  });

  it('recognises UTF-16BE without a BOM from its zero bytes', () => {
    const le = utf16le('Name,Email\nAnn,ann@example.com\n');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1]!;
      be[i + 1] = le[i]!;
    }
    expect(decodeBytes(be)).toMatchObject({ text: 'Name,Email\nAnn,ann@example.com\n', encoding: 'utf-16be', reason: 'utf16-pattern' });
  });

  it('falls back to Windows-1252 for invalid UTF-8, with the real 0x80-0x9F characters', () => {
    // "Café — 5 €" as Excel writes it on Western Windows: é=E9, em dash=97, euro=80.
    const data = bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x97, 0x20, 0x35, 0x20, 0x80);
    expect(decodeBytes(data)).toEqual({ text: 'Café — 5 €', encoding: 'windows-1252', reason: 'fallback' });
  });

  it('keeps valid UTF-8 as UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('Имя,Фамилия'))).toMatchObject({ text: 'Имя,Фамилия', encoding: 'utf-8', reason: 'utf8' });
  });

  it('uses the encoding the user chose', () => {
    // "Имя" in Windows-1251.
    expect(decodeBytes(bytes(0xc8, 0xec, 0xff), 'cp1251')).toEqual({ text: 'Имя', encoding: 'windows-1251', reason: 'override' });
    expect(decodeBytes(bytes(0xe9, 0xcd, 0xd1), 'koi8-r').text).toBe('Имя');
  });

  it('reads Windows-1252 exactly as iconv-lite does, for every byte value', () => {
    const all = Uint8Array.from({ length: 256 * 3 }, (_, i) => i % 256);
    expect(decodeBytes(all, 'windows-1252').text).toBe(iconv.decode(Buffer.from(all), 'windows-1252'));
    // Without any 0x80-0x9F byte the text is plain Latin-1.
    const latin = Uint8Array.from([0x43, 0xe9, 0x6c, 0xe8, 0x6e, 0x65, 0x2c, 0xa0, 0xff]);
    expect(decodeBytes(latin, 'cp1252').text).toBe('Célène,\u00a0ÿ');
    expect(decodeBytes(Uint8Array.from([0x80, 0x20, 0x93, 0x94, 0x97]), 'windows-1252').text).toBe('€ “”—');
  });

  it('rejects an unknown encoding with the names it knows', () => {
    expect(() => normalizeEncoding('klingon-8')).toThrow(/Unknown text encoding "klingon-8".*utf-8/);
    expect(normalizeEncoding('latin1')).toBe('windows-1252');
  });
});

describe('looksBinary', () => {
  it('flags control bytes and replacement characters, not text', () => {
    expect(looksBinary('\u0000\u0001PK\u0003\u0004\ufffd\ufffd\u0007\u0000\u0002')).toBe(true);
    expect(looksBinary('a,b,c\n\u0000,2,3\n')).toBe(false); // one stray NUL in a tiny file: still text
    expect(looksBinary('Name,Email\r\nAnn,ann@example.com\r\n\tindented')).toBe(false);
  });
});
