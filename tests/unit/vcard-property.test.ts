import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { contactInputSchema } from '../../shared/contract/contacts.ts';
import { MAX_IMAGE_PIXELS, readImageHeader } from '../../electron/core/image-header.ts';
import { readVCardFile } from '../../electron/core/vcard/vcard-reader.ts';

/**
 * Properties of the vCard reader on generated files: whatever the bytes, it answers (no exception),
 * each card is a record or an error with its line, a kept photo always has a readable header under
 * the pixel cap, and a dropped one is explained; quoted-printable structured values written the way
 * phones write them (separators encoded, soft line breaks, any of three charsets) read back exactly.
 */
const images = path.resolve(import.meta.dirname, '../fixtures/images');
const imageSeeds = ['huge-header.png', 'huge-header.jpg', 'huge-header.gif', 'huge-header.webp', 'tiny-1x1.jpg'].map((name) => Uint8Array.from(fs.readFileSync(path.join(images, name))));

/** Quoted-printable of bytes with every byte encoded (separators too) and a soft break every `width` escapes. */
function qpAll(bytes: Uint8Array, width: number): string {
  const escapes = [...bytes].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
  const lines: string[] = [];
  for (let i = 0; i < escapes.length; i += width) lines.push(escapes.slice(i, i + width).join(''));
  return lines.join('=\r\n');
}

/** An image seed with some of its bytes changed: dimensions, lengths, truncation. */
const mutatedImage = fc
  .tuple(fc.constantFrom(...imageSeeds), fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.option(fc.nat(700), { nil: undefined }))
  .map(([seed, edits, cut]) => {
    const bytes = Uint8Array.from(seed);
    for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
    return cut === undefined ? bytes : bytes.subarray(0, cut);
  });

const text = fc.string({ maxLength: 20 });
const photoLine = fc.oneof(
  mutatedImage.map((bytes) => `PHOTO;ENCODING=BASE64;JPEG:\r\n    ${Buffer.from(bytes).toString('base64').match(/.{1,72}/g)?.join('\r\n    ') ?? ''}\r\n`),
  mutatedImage.map((bytes) => `PHOTO:data:image/png;base64,${Buffer.from(bytes).toString('base64')}`),
  fc.string({ maxLength: 30 }).map((body) => `PHOTO:data:image/gif,${body}`),
  fc.string({ maxLength: 30 }).map((body) => `PHOTO;ENCODING=b;TYPE=PNG:${body}`),
);
const plainLine = fc.oneof(
  fc.tuple(fc.constantFrom('N', 'FN', 'ORG', 'ADR', 'TEL', 'EMAIL', 'NOTE', 'CATEGORIES', 'BDAY', 'TITLE', 'X-ABLabel', 'item1.EMAIL'), fc.constantFrom('', ';CHARSET=UTF-8', ';CHARSET=WINDOWS-1251', ';CHARSET=ISO-8859-1', ';CHARSET=SHIFT_JIS', ';CHARSET=NOPE', ';TYPE=WORK,pref'), fc.boolean(), text).map(([name, params, qp, value]) =>
    qp ? `${name}${params};ENCODING=QUOTED-PRINTABLE:${qpAll(new TextEncoder().encode(value), 5)}` : `${name}${params}:${value}`),
  text,
  fc.constantFrom('', ' folded', '=', '=3B', 'BEGIN:VCARD', 'END:VCARD', 'VERSION:2.1', 'VERSION:4.0', 'AGENT:', '#comment'),
);
const vcardFile = fc
  .array(fc.tuple(fc.array(fc.oneof(plainLine, photoLine), { maxLength: 8 }), fc.boolean()), { maxLength: 4 })
  .chain((cards) => fc.constantFrom('\r\n', '\n', '\r').map((eol) => cards.map(([lines, closed]) => ['BEGIN:VCARD', 'VERSION:2.1', ...lines, ...(closed ? ['END:VCARD'] : [])].join(eol)).join(eol)));

function checkRecords(bytes: Uint8Array): void {
  const source = readVCardFile(bytes, 'generated.vcf');
  for (const record of source.records) {
    expect(record.line).toBeGreaterThan(0);
    if (record.error) {
      expect(record.error.text).toMatch(/[Ll]ine/);
      continue;
    }
    // The reader's fields are a contact the contract accepts, or one it rejects with a message.
    const parsed = contactInputSchema.safeParse(record.fields);
    if (!parsed.success) for (const issue of parsed.error.issues) expect(issue.message).not.toBe('');
    if (record.photo?.kind === 'data') {
      const header = readImageHeader(record.photo.data);
      expect(header).toMatchObject({ ok: true, mime: record.photo.mime });
      if (header.ok) expect(header.width * header.height).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
    }
    for (const warning of record.warnings) expect(warning.text).toMatch(/^Line \d+/);
  }
}

describe('vCard reader properties', () => {
  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => checkRecords(bytes)), { numRuns: 300 });
  });

  it('never throws on generated cards (QP, charsets, folded and broken photos); kept photos are under the cap', () => {
    fc.assert(fc.property(vcardFile, (file) => checkRecords(new TextEncoder().encode(file))), { numRuns: 400 });
  });

  it('a photo is kept exactly when its header is readable and under the cap, else the contact is told why', () => {
    fc.assert(
      fc.property(mutatedImage, (bytes) => {
        const card = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nPHOTO;ENCODING=b:${Buffer.from(bytes).toString('base64')}\r\nEND:VCARD\r\n`;
        const [record] = readVCardFile(new TextEncoder().encode(card), 'photo.vcf').records;
        const header = readImageHeader(bytes);
        // An empty PHOTO is no photo, and nothing to say about it.
        if (bytes.length === 0) expect([record!.photo, record!.warnings]).toEqual([undefined, []]);
        else if (header.ok) expect(record!.photo).toEqual({ kind: 'data', mime: header.mime, data: bytes });
        else {
          expect(record!.photo).toBeUndefined();
          expect(record!.warnings.map((warning) => warning.text)).toEqual([expect.stringMatching(/^Line 4 \(Ann Lee\): the photo (is|cannot|has) .+; photo skipped\.$/)]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('QP N and ADR with every byte encoded, separators included, read back component by component', () => {
    // Letters every one of the three charsets can hold, spaces, and punctuation a name or street has.
    const latin = fc.string({ unit: fc.constantFrom(...'abcXYZéüß .-\''.split('')), maxLength: 12 });
    const cyrillic = fc.string({ unit: fc.constantFrom(...'абвЖЯё .-'.split('')), maxLength: 12 });
    const charset = fc.constantFrom('UTF-8', 'WINDOWS-1251', 'ISO-8859-1');
    fc.assert(
      fc.property(charset, fc.array(fc.oneof(latin, cyrillic), { minLength: 7, maxLength: 7 }), fc.integer({ min: 1, max: 30 }), (name, parts, width) => {
        // Each charset gets text it can encode: Cyrillic is not in ISO-8859-1, ß not in Windows-1251.
        const fit = (value: string) => (name === 'ISO-8859-1' ? value.replace(/[а-яё]/gi, 'a') : name === 'WINDOWS-1251' ? value.replace(/[éüß]/g, 'e') : value);
        const values = parts.map(fit);
        const encode = (value: string) => qpAll(name === 'UTF-8' ? new TextEncoder().encode(value) : iconv.encode(value, name), width);
        const n = values.slice(0, 5).join(';');
        const adr = values.join(';');
        const card = `BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=${name};ENCODING=QUOTED-PRINTABLE:${encode(n)}\r\nADR;CHARSET=${name};ENCODING=QUOTED-PRINTABLE:${encode(adr)}\r\nTEL:+33 6 12 34 56 78\r\nEND:VCARD\r\n`;
        const [record] = readVCardFile(new TextEncoder().encode(card), 'qp.vcf').records;
        const clean = values.map((value) => value.trim());
        expect(record!.fields.lastName).toBe(clean[0]);
        expect(record!.fields.firstName).toBe([clean[1], clean[2]].join(' ').replace(/\s+/g, ' ').trim());
        const [box, extended, street, city, region, postalCode, country] = clean;
        const hasAddress = clean.some(Boolean);
        expect(record!.fields.addresses).toEqual(hasAddress ? [{ label: '', street: [street, extended, box].filter(Boolean).join('\n'), city, region, postalCode, country }] : []);
      }),
      { numRuns: 300 },
    );
  });
});
