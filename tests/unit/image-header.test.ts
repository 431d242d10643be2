import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeImage } from '../../electron/core/cards/image-pixels.ts';
import { formatBytes, MAX_IMAGE_PIXELS, readImageHeader } from '../../electron/core/image-header.ts';

const images = path.resolve(import.meta.dirname, '../fixtures/images');
const image = (name: string) => fs.readFileSync(path.join(images, name));
const HUGE = ['huge-header.png', 'huge-header.jpg', 'huge-header.gif', 'huge-header.webp'];

describe('readImageHeader: dimensions from the header, refused over the cap', () => {
  it.each(HUGE)('%s: a tiny file claiming 50000 × 50000 is refused, naming the size and the cap', (name) => {
    const bytes = image(name);
    expect(bytes.byteLength).toBeLessThan(200);
    expect(readImageHeader(bytes)).toEqual({ ok: false, tooLarge: true, reason: expect.objectContaining({ text: 'is 50000 × 50000 pixels (2500 MP), more than the 50 MP Carnet reads' }) });
  });

  it('keeps a 1 × 1 JPEG of a few hundred bytes, and an image exactly at the cap', () => {
    expect(readImageHeader(image('tiny-1x1.jpg'))).toEqual({ ok: true, mime: 'image/jpeg', width: 1, height: 1 });
    // 10000 × 5000 = the cap exactly: still read.
    const gif = Buffer.from(image('huge-header.gif'));
    gif.writeUInt16LE(10000, 6);
    gif.writeUInt16LE(5000, 8);
    expect(10000 * 5000).toBe(MAX_IMAGE_PIXELS);
    expect(readImageHeader(gif)).toEqual({ ok: true, mime: 'image/gif', width: 10000, height: 5000 });
    gif.writeUInt16LE(5001, 8);
    expect(readImageHeader(gif)).toMatchObject({ ok: false, tooLarge: true, reason: expect.objectContaining({ text: expect.stringContaining('10000 × 5001 pixels') }) });
  });

  it('reads a JPEG with stray bytes between its segments, as Chromium does (a BlackBerry export has them)', () => {
    const tiny = image('tiny-1x1.jpg');
    // Stray bytes after the APP0 segment (SOI 2 bytes + APP0 2 + 16): image-size gives up there.
    const withJunk = Buffer.concat([tiny.subarray(0, 20), Buffer.from([0x12, 0x34, 0x00, 0x56]), tiny.subarray(20)]);
    expect(readImageHeader(withJunk)).toEqual({ ok: true, mime: 'image/jpeg', width: 1, height: 1 });
  });

  it('says why an image cannot be used: cut short, not an image, a type Carnet does not show, no pixels', () => {
    const tiny = image('tiny-1x1.jpg');
    expect(readImageHeader(tiny.subarray(0, 100))).toEqual({ ok: false, tooLarge: false, reason: expect.objectContaining({ text: expect.stringMatching(/^cannot be read \(/) }) });
    expect(readImageHeader(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))).toEqual({ ok: false, tooLarge: false, reason: expect.objectContaining({ text: 'cannot be read (its PNG header is cut short or damaged)' }) });
    expect(readImageHeader(Buffer.from('Hello, this is not a real image just a test.'))).toEqual({ ok: false, tooLarge: false, reason: expect.objectContaining({ text: 'is not a JPEG, PNG, GIF, WebP or BMP image' }) });
    expect(readImageHeader(new Uint8Array(0))).toMatchObject({ ok: false });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>');
    expect(readImageHeader(svg)).toEqual({ ok: false, tooLarge: false, reason: expect.objectContaining({ text: 'is in SVG format, which Carnet does not show (JPEG, PNG, GIF, WebP and BMP only)' }) });
    const empty = Buffer.from(image('huge-header.gif'));
    empty.writeUInt16LE(0, 6);
    expect(readImageHeader(empty)).toEqual({ ok: false, tooLarge: false, reason: expect.objectContaining({ text: 'has no pixels (0 × 50000)' }) });
  });

  it('formats file sizes for errors', () => {
    expect([formatBytes(103), formatBytes(77_824), formatBytes(5_452_595)]).toEqual(['103 bytes', '76 KB', '5.2 MB']);
  });
});

describe('decodeImage (card reading) refuses before decoding', () => {
  it.each(['huge-header.png', 'huge-header.jpg'])('%s: the error names the file, its size and the cap', (name) => {
    const bytes = image(name);
    expect(() => decodeImage(bytes, name)).toThrow(`${name} (${bytes.byteLength} bytes): the image is 50000 × 50000 pixels (2500 MP), more than the 50 MP Carnet reads.`);
  });

  it.each(['huge-header.gif', 'huge-header.webp'])('%s: only PNG and JPEG are card images', (name) => {
    expect(() => decodeImage(image(name), name)).toThrow(`${name}: only PNG and JPEG images can be read as business cards.`);
  });

  it('a PNG cut short in its header cannot be read (no size: it is not over the cap)', () => {
    expect(() => decodeImage(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), 'broken.png')).toThrow('broken.png: the image cannot be read (its PNG header is cut short or damaged).');
  });

  it('still decodes a 1 × 1 JPEG', () => {
    expect(decodeImage(image('tiny-1x1.jpg'), 'tiny-1x1.jpg')).toMatchObject({ width: 1, height: 1 });
  });
});
