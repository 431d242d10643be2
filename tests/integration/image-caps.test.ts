import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeSharedOcrEngine } from '../../electron/core/cards/card-image-reader.ts';
import { CARD_DRAFTS_MARKER } from '../../electron/core/cards/card-drafts-reader.ts';
import type { Core } from '../../electron/core/core.ts';
import { analyzeBytes, importText, liveContacts } from '../helpers/import-helpers.ts';
import { runCarnet } from '../helpers/run-cli.ts';
import { makeTempDir, openTempCore } from '../helpers/temp-core.ts';

/**
 * Images whose header claims more pixels than Carnet reads (tests/fixtures/images: files of a few
 * dozen bytes that say 50000 × 50000) are refused from the header, wherever they come in: a card
 * photo (cards.read, `carnet import`), a vCard PHOTO, a reviewed card's photo. Tiny real photos are
 * kept; photos that cannot be read are reported per contact.
 */
const fixtures = path.resolve(import.meta.dirname, '../fixtures');
const image = (name: string) => fs.readFileSync(path.join(fixtures, 'images', name));
const CAP_REASON = 'is 50000 × 50000 pixels (2500 MP), more than the 50 MP Carnet reads';
const HUGE = [['huge-header.png', 'PNG'], ['huge-header.jpg', 'JPEG'], ['huge-header.gif', 'GIF'], ['huge-header.webp', 'WEBP']] as const;

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => cleanup());
afterAll(() => closeSharedOcrEngine());

/** A vCard 2.1 card with the image as a folded base64 PHOTO. */
function cardWithPhoto(name: string, bytes: Uint8Array, type: string): string {
  const body = Buffer.from(bytes).toString('base64').match(/.{1,72}/g)!.map((line) => `    ${line}`).join('\r\n');
  return `BEGIN:VCARD\r\nVERSION:2.1\r\nN:${name};Test;;;\r\nFN:Test ${name}\r\nPHOTO;ENCODING=BASE64;${type}:\r\n${body}\r\n\r\nEND:VCARD\r\n`;
}

describe('card reading refuses images over the pixel cap from their header', () => {
  it.each(['huge-header.png', 'huge-header.jpg'])('cards.read %s: a clear error naming the file, its size and the cap', async (name) => {
    const bytes = image(name);
    await expect(core.call('cards.read', { fileName: name, data: bytes.toString('base64') })).rejects.toMatchObject({
      code: 'invalid_input',
      message: `${name} (${bytes.byteLength} bytes): the image ${CAP_REASON}.`,
    });
  });

  it.each(['huge-header.gif', 'huge-header.webp'])('cards.read %s: not a card image format, refused before any decoding', async (name) => {
    await expect(core.call('cards.read', { fileName: name, data: image(name).toString('base64') })).rejects.toMatchObject({
      code: 'invalid_input',
      message: `${name}: only PNG and JPEG images can be read as business cards.`,
    });
  });

  it('carnet import of a huge PNG and JPEG says which file, its size and the cap, and writes nothing', async () => {
    const { dir, cleanup: remove } = makeTempDir();
    try {
      const files = ['huge-header.png', 'huge-header.jpg'].map((name) => path.join(fixtures, 'images', name));
      const run = await runCarnet(['import', ...files, '--data', dir]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`${files[0]}: huge-header.png (103 bytes): the image ${CAP_REASON}.`);
      expect(run.stdout).toContain(`${files[1]}: huge-header.jpg (141 bytes): the image ${CAP_REASON}.`);
      expect((await runCarnet(['contacts', 'list', '--data', dir])).stdout).not.toMatch(/huge/);
    } finally {
      remove();
    }
  });
});

describe('vCard photos: checked from their header, dropped with a warning naming the contact', () => {
  it.each(HUGE)('%s as a PHOTO: the contact is imported without it, the preview says why', async (name, type) => {
    const text = cardWithPhoto('Huge', image(name), type);
    const analyzed = await analyzeBytes(core, text, 'huge.vcf');
    const preview = await core.call('import.preview', { sourceId: analyzed.sourceId });
    expect(preview.rows).toHaveLength(1);
    expect(preview.rows[0]).toMatchObject({ status: 'new', displayName: 'Test Huge' });
    expect(preview.rows[0]!.warnings.map((warning) => warning.text)).toEqual([`Line 5 (Test Huge): the photo ${CAP_REASON}; photo skipped.`]);
    const summary = await core.call('import.commit', { sourceId: analyzed.sourceId });
    expect(summary).toMatchObject({ created: 1, errors: [] });
    const [contact] = await liveContacts(core);
    expect(contact).toMatchObject({ displayName: 'Test Huge', hasPhoto: false });
  });

  it('a data: URI photo is checked the same way (vCard 4.0)', async () => {
    const text = `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Gif Person\r\nN:Person;Gif;;;\r\nPHOTO:data:image/gif;base64,${image('huge-header.gif').toString('base64')}\r\nEND:VCARD\r\n`;
    const preview = await core.call('import.preview', { sourceId: (await analyzeBytes(core, text, 'gif.vcf')).sourceId });
    expect(preview.rows[0]!.warnings.map((warning) => warning.text)).toEqual([`Line 5 (Gif Person): the photo ${CAP_REASON}; photo skipped.`]);
  });

  it('a photo over the 5 MB Carnet keeps is left out with a warning, not dropped silently when saved', async () => {
    const big = Buffer.concat([image('tiny-1x1.jpg'), Buffer.alloc(6 * 1024 * 1024)]);
    const preview = await core.call('import.preview', { sourceId: (await analyzeBytes(core, cardWithPhoto('Big', big, 'JPEG'), 'big.vcf')).sourceId });
    expect(preview.rows[0]!.warnings.map((warning) => warning.text)).toEqual(['Line 5 (Test Big): the photo is 6 MB, more than the 5 MB Carnet keeps for a photo; photo skipped.']);
  });

  it('a 1 × 1 JPEG on four-space-indented 2.1 lines ended by a blank line is kept; a photo cut short is reported by name', async () => {
    const bytes = fs.readFileSync(path.join(fixtures, 'vcard', 'v21-tiny-and-broken-photos.vcf'));
    const analyzed = await analyzeBytes(core, bytes, 'v21-tiny-and-broken-photos.vcf');
    const preview = await core.call('import.preview', { sourceId: analyzed.sourceId });
    expect(preview.rows.map((row) => [row.displayName, row.status, row.warnings.map((warning) => warning.text)])).toEqual([
      ['Tom Tiny', 'new', []],
      ['Bob Broken', 'new', [expect.stringMatching(/^Line 26 \(Bob Broken\): the photo cannot be read \(.+\); photo skipped\.$/)]],
    ]);
    await core.call('import.commit', { sourceId: analyzed.sourceId });
    const contacts = await liveContacts(core);
    const tom = contacts.find((c) => c.displayName === 'Tom Tiny')!;
    const bob = contacts.find((c) => c.displayName === 'Bob Broken')!;
    expect(tom.hasPhoto).toBe(true);
    expect(bob.hasPhoto).toBe(false);
    const photo = (await core.call('contacts.photo', { id: tom.id })).photo;
    expect(photo).toEqual({ kind: 'data', mime: 'image/jpeg', dataUrl: `data:image/jpeg;base64,${image('tiny-1x1.jpg').toString('base64')}` });
  });
});

describe('reviewed card drafts', () => {
  it('a photo over the cap in the reviewed payload is dropped with a warning; the card still imports', async () => {
    const payload = { carnet: 'card-drafts', version: 1, cards: [{ fileName: 'scan.png', fields: { firstName: 'Ada', lastName: 'Byron' }, photo: { mime: 'image/png', base64: image('huge-header.png').toString('base64') } }] };
    const text = JSON.stringify(payload);
    expect(text.startsWith(CARD_DRAFTS_MARKER)).toBe(true);
    const analyzed = await analyzeBytes(core, text, 'reviewed.json');
    const preview = await core.call('import.preview', { sourceId: analyzed.sourceId });
    expect(preview.rows[0]!.warnings.map((warning) => warning.text)).toEqual([`scan.png: the photo ${CAP_REASON}; photo skipped.`]);
    const { summary } = await importText(core, text, {}, 'reviewed.json');
    expect(summary).toMatchObject({ created: 1 });
    expect((await liveContacts(core))[0]).toMatchObject({ displayName: 'Ada Byron', hasPhoto: false });
  });
});
