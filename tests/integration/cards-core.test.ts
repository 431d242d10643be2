import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeSharedOcrEngine } from '../../electron/core/cards/card-image-reader.ts';
import { cardPrepCounts } from '../../electron/core/cards/card-prep-pool.ts';
import { CARD_DRAFTS_MARKER } from '../../electron/core/cards/card-drafts-reader.ts';
import { saveContactPhoto } from '../../electron/core/contacts/contact-photo.ts';
import type { Core } from '../../electron/core/core.ts';
import type { CarnetEvent } from '../../shared/contract/events.ts';
import { analyzeBytes, importText } from '../helpers/import-helpers.ts';
import { openTempCore } from '../helpers/temp-core.ts';

const cardsDir = path.resolve(import.meta.dirname, '../fixtures/cards');
const vcardDir = path.resolve(import.meta.dirname, '../fixtures/vcard');
const azurePhoto = path.resolve(import.meta.dirname, '../../../shared/corpora/azure-business-cards/business_card.jpg');

let core: Core;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
});
afterEach(async () => cleanup());
afterAll(() => closeSharedOcrEngine());

describe('contacts.photo', () => {
  it('returns null, inline data as a data: URL, or a URL that is never fetched; unknown ids fail', async () => {
    const ann = await core.call('contacts.create', { firstName: 'Ann', lastName: 'Lee' });
    expect(await core.call('contacts.photo', { id: ann.id })).toEqual({ id: ann.id, photo: null });
    await saveContactPhoto(core.context.database.db, ann.id, { kind: 'data', mime: 'image/png', data: Uint8Array.from([1, 2, 3]) });
    expect((await core.call('contacts.photo', { id: ann.id })).photo).toEqual({ kind: 'data', mime: 'image/png', dataUrl: 'data:image/png;base64,AQID' });
    await saveContactPhoto(core.context.database.db, ann.id, { kind: 'url', url: 'https://example.com/ann.jpg' });
    expect((await core.call('contacts.photo', { id: ann.id })).photo).toEqual({ kind: 'url', url: 'https://example.com/ann.jpg' });
    await expect(core.call('contacts.photo', { id: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('export.vcard', () => {
  it('names the file after the contact or the tag and rejects an empty selection', async () => {
    const ann = await core.call('contacts.create', { firstName: 'Ann', lastName: 'Lee/Smith', tags: ['Clients: EU'] });
    expect(await core.call('export.vcard', { selection: { ids: [ann.id] } })).toMatchObject({ fileName: 'Ann Lee Smith.vcf', count: 1 });
    expect(await core.call('export.vcard', { selection: { tag: 'Clients: EU' }, version: '4.0' })).toMatchObject({ fileName: 'Clients EU.vcf', count: 1, text: expect.stringContaining('VERSION:4.0') });
    expect((await core.call('export.vcard', { selection: { all: true } })).fileName).toBe('carnet-contacts.vcf');
    await expect(core.call('export.vcard', { selection: { ids: [] } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(core.call('export.vcard', { selection: { all: true }, version: '2.1' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('vCard import through the pipeline', () => {
  it('previews new cards and the broken one by line, commits one undoable batch with photos', async () => {
    const bytes = fs.readFileSync(path.join(vcardDir, 'android-apple-mixed.vcf'));
    const analyzed = await analyzeBytes(core, bytes, 'android-apple-mixed.vcf');
    expect(analyzed).toMatchObject({ format: 'vcard', recordCount: 3 });
    const preview = await core.call('import.preview', { sourceId: analyzed.sourceId });
    expect(preview.counts).toMatchObject({ new: 2, error: 1 });
    expect(preview.rows.find((row) => row.status === 'error')).toMatchObject({ line: 15, message: expect.stringContaining('no END:VCARD') });
    const summary = await core.call('import.commit', { sourceId: analyzed.sourceId });
    expect(summary).toMatchObject({ created: 2, errors: [{ line: 15 }] });
    const ivan = (await core.call('contacts.list', { search: 'Иван' })).items[0]!;
    expect((await core.call('contacts.photo', { id: ivan.id })).photo).toMatchObject({ kind: 'data', mime: 'image/jpeg' });
    expect((await core.call('contacts.get', { id: ivan.id })).source).toBe('vcard');
    // Importing the same file again: the contacts are recognised, not duplicated.
    const again = await analyzeBytes(core, bytes, 'android-apple-mixed.vcf');
    const second = await core.call('import.preview', { sourceId: again.sourceId });
    expect(second.counts.new).toBe(0);
    await core.call('import.undo', { batchId: summary.batchId! });
    expect((await core.call('contacts.list', {})).total).toBe(0);
  });
});

describe('card photos', () => {
  it('cards.read drafts a card with progress events; reviewed drafts import as one undoable batch', async () => {
    const events: CarnetEvent[] = [];
    core.onEvent((event) => events.push(event));
    const image = fs.readFileSync(path.join(cardsDir, 'clean-left.png'));
    const read = await core.call('cards.read', { fileName: 'clean-left.png', data: image.toString('base64'), jobId: 'job-1' });
    expect(read.draft).toMatchObject({ firstName: 'Olivia', lastName: 'Bennett', company: 'Northwind Traders' });
    expect(read.photo.dataUrl).toMatch(/^data:image\/png;base64,/);
    expect(read.confidence.firstName).toBeGreaterThan(0.5);
    const progress = events.filter((e) => e.type === 'progress' && e.jobId === 'job-1');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ done: 100, total: 100 });

    // The user fixes the title and saves: the reviewed card goes through the pipeline.
    const reviewed = { carnet: 'card-drafts', version: 1, cards: [{ fileName: 'clean-left.png', fields: { ...read.draft, title: 'VP Partnerships' }, photo: { mime: 'image/png', base64: image.toString('base64') } }] };
    const text = JSON.stringify(reviewed);
    expect(text.startsWith(CARD_DRAFTS_MARKER)).toBe(true);
    const { summary } = await importText(core, text, {}, 'reviewed-cards.json');
    expect(summary).toMatchObject({ created: 1, errors: [] });
    const olivia = (await core.call('contacts.list', { search: 'Olivia' })).items[0]!;
    const saved = await core.call('contacts.get', { id: olivia.id });
    expect(saved).toMatchObject({ title: 'VP Partnerships', source: 'image', phones: [{ value: '+14155550123', e164: '+14155550123' }] });
    expect((await core.call('contacts.photo', { id: olivia.id })).photo).toMatchObject({ kind: 'data', mime: 'image/png' });
    await core.call('import.undo', { batchId: summary.batchId! });
    expect((await core.call('contacts.list', {})).total).toBe(0);
  }, 60_000);

  it.skipIf(!fs.existsSync(azurePhoto))('keeps answering while a 12 MP photo is being read (pixel work and OCR run off its thread)', async () => {
    const order: string[] = [];
    const reading = core.call('cards.read', { fileName: 'photo.jpg', data: fs.readFileSync(azurePhoto).toString('base64') }).then(() => order.push('card'));
    // Give the read a head start, then ask for something else: it must not wait behind the card.
    await new Promise((resolve) => setImmediate(resolve));
    await core.call('contacts.list', {}).then(() => order.push('list'));
    const before = cardPrepCounts();
    await reading;
    expect(order).toEqual(['list', 'card']);
    // The decisive part: the pixel work ran in the worker thread, not inline on the core's thread.
    expect(cardPrepCounts().worker).toBeGreaterThan(before.worker);
    expect(cardPrepCounts().inline).toBe(before.inline);
  }, 60_000);

  it('imports a card image straight through the registry with per-field confidence', async () => {
    const analyzed = await analyzeBytes(core, fs.readFileSync(path.join(cardsDir, 'qr-vcard.jpg')), 'qr-vcard.jpg');
    expect(analyzed).toMatchObject({ format: 'image', recordCount: 1 });
    expect(analyzed.notes[0]!.text).toMatch(/QR code \(vcard\)/);
    const preview = await core.call('import.preview', { sourceId: analyzed.sourceId });
    expect(preview.rows[0]).toMatchObject({ status: 'new', displayName: 'Yuki Nakamura' });
  }, 60_000);

  it('rejects a reviewed-cards payload that is not one, and bad images with their name', async () => {
    await expect(analyzeBytes(core, `${CARD_DRAFTS_MARKER},"version":2,"cards":[]}`, 'x.json')).rejects.toThrow(/x\.json: the reviewed cards could not be read/);
    await expect(core.call('cards.read', { fileName: 'card.jpg', data: Buffer.from('not an image').toString('base64') })).rejects.toThrow('card.jpg: only PNG and JPEG images');
    await expect(core.call('cards.read', { fileName: 'card.jpg', data: '' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
