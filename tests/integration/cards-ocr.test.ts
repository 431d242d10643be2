import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrEngine, prepareLanguageFolder } from '../../electron/core/cards/ocr-engine.ts';
import { readCardImage } from '../../electron/core/cards/read-card.ts';
import { CarnetError } from '../../shared/errors.ts';

/**
 * Real OCR (tesseract.js, offline language data from npm) on a few generated cards with known
 * fields (tests/fixtures/cards, made by scripts/make-card-images.mjs) and on the two Microsoft
 * sample photos. Accuracy over the whole set is measured by `npm run bench`, not asserted here.
 */
const fixtures = path.resolve(import.meta.dirname, '../fixtures/cards');
const azure = path.resolve(import.meta.dirname, '../../../shared/corpora/azure-business-cards');
const engine = new OcrEngine();
afterAll(() => engine.close());

const read = (file: string, country: 'US' | 'GB' = 'US') => readCardImage(fs.readFileSync(file), path.basename(file), { engine, country });
const values = (list: { value: string }[] | undefined) => (list ?? []).map((item) => item.value);

describe('reading business-card images', () => {
  it('reads a clean card: every field, with confidences, and keeps the image as the photo', async () => {
    const progress: number[] = [];
    const reading = await readCardImage(fs.readFileSync(path.join(fixtures, 'clean-left.png')), 'clean-left.png', { engine, country: 'US', onProgress: (p) => progress.push(p) });
    expect(reading.draft.fields).toMatchObject({ firstName: 'Olivia', lastName: 'Bennett', title: 'Head of Partnerships', company: 'Northwind Traders' });
    expect(values(reading.draft.fields.emails)).toEqual(['olivia.bennett@northwind.example']);
    expect(values(reading.draft.fields.phones)).toEqual(['+14155550123']);
    expect(values(reading.draft.fields.websites)).toEqual(['www.northwind.example']);
    expect(reading.draft.confidence['emails.0']).toBeGreaterThan(0.6);
    expect(reading.qr).toBeNull();
    expect(reading.photo).toMatchObject({ kind: 'data', mime: 'image/png' });
    expect(progress.length).toBeGreaterThan(0);
  }, 60_000);

  it('reads white text on a dark card', async () => {
    const { draft } = await read(path.join(fixtures, 'dark-background.jpg'));
    expect(draft.fields).toMatchObject({ firstName: 'Daniel', lastName: 'Kowalski' });
    expect(values(draft.fields.emails)).toEqual(['dan@fabrikam-robotics.example']);
    expect(values(draft.fields.phones)).toEqual(['+13125550199']);
  }, 60_000);

  it('lets a QR code win over OCR for the fields it holds (confidence 1), in E.164', async () => {
    const { draft, qr } = await read(path.join(fixtures, 'qr-vcard.jpg'));
    expect(qr?.format).toBe('vcard');
    expect(draft.fields).toMatchObject({ firstName: 'Yuki', lastName: 'Nakamura', company: 'Sakura Labs', title: 'Research Lead' });
    expect(values(draft.fields.phones)).toEqual(['+819012345678']);
    expect(draft.confidence.firstName).toBe(1);
  }, 60_000);

  it('straightens a rotated photo before reading it', async () => {
    const { draft, skew } = await read(path.join(fixtures, 'photo-rotated.jpg'));
    expect(skew).toBeGreaterThan(5); // the card was turned 7° clockwise
    expect(draft.fields).toMatchObject({ firstName: 'Emma', lastName: 'Lindqvist', company: 'Nordic Fjord Systems AB' });
    expect(values(draft.fields.phones)).toEqual(['+46812345678']);
  }, 60_000);

  it('reads a foreign card again in its own language: accents survive ("Tomás", not "Tomas"), progress never goes back', async () => {
    const progress: number[] = [];
    // A US user, a Spanish card: only the +34 prefix and "Calle" say so.
    const reading = await readCardImage(fs.readFileSync(path.join(fixtures, 'shared-herrera-es.png')), 'shared-herrera-es.png', { engine, country: 'US', onProgress: (p) => progress.push(p) });
    expect(reading.language).toBe('spa');
    expect(reading.draft.fields).toMatchObject({ firstName: 'Tomás', lastName: 'Herrera', company: 'Herrera Arquitectos' });
    expect(reading.draft.fields.addresses?.[0]).toMatchObject({ street: 'Calle de Alcalá 45', postalCode: '28014' });
    expect(progress.every((p, i) => p >= (progress[i - 1] ?? 0) && p <= 1)).toBe(true);
    expect(Math.max(...progress)).toBeGreaterThan(0.6); // the second reading reported too
  }, 90_000);

  it('does not swap a person and a company sharing a word (Daniel Kim at Kim Digital, kim@kimdigital)', async () => {
    const { draft, language } = await read(path.join(fixtures, 'shared-kim-digital.png'));
    expect(language).toBe('eng');
    expect(draft.fields).toMatchObject({ firstName: 'Daniel', lastName: 'Kim', company: 'Kim Digital', title: 'Creative Director' });
  }, 60_000);

  it('reads a Cyrillic card with the bundled Russian data', async () => {
    const { draft, language } = await read(path.join(fixtures, 'shared-petrov-ru.png'));
    expect(language).toBe('rus');
    expect(draft.fields).toMatchObject({ firstName: 'Иван', lastName: 'Петров', company: 'ООО Петров и партнёры', title: 'Генеральный директор' });
    expect(values(draft.fields.emails)).toEqual(['i.petrov@petrov-partners.example']);
    expect(values(draft.fields.phones)).toEqual(['+74951234567']);
    expect(draft.fields.addresses?.[0]).toMatchObject({ street: 'ул. Тверская, 7', city: 'Москва', postalCode: '125009' });
  }, 90_000);

  it.skipIf(!fs.existsSync(azure))('reads the Microsoft sample photos: the name and email of one, the phones of the other', async () => {
    const chris = await read(path.join(azure, 'business_card.jpg'));
    expect(chris.draft.fields).toMatchObject({ firstName: 'Chris', lastName: 'Smith', title: 'Senior Researcher' });
    expect(values(chris.draft.fields.emails)).toEqual(['chris.smith@contoso.com']);
    // The photo kept on the contact is downscaled, not the 4032×3024 original.
    expect(chris.photo.kind === 'data' && chris.photo.data.byteLength).toBeLessThan(400_000);
    const avery = await read(path.join(azure, 'business-card-english.jpg'), 'GB');
    expect(values(avery.draft.fields.phones)).toContain('+447911123456');
    expect(avery.draft.fields.lastName).toBe('Smith');
  }, 120_000);

  it('says which file is not an image, and checks the language data before starting a worker', async () => {
    await expect(readCardImage(new TextEncoder().encode('BEGIN:VCARD'), 'notes.png', { engine, country: 'US' })).rejects.toThrow('notes.png: only PNG and JPEG images');
    await expect(readCardImage(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), 'broken.png', { engine, country: 'US' })).rejects.toThrow(/broken\.png: the image cannot be read/);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-test-lang-'));
    try {
      expect(() => prepareLanguageFolder(['xxx'], folder)).toThrow(CarnetError);
      expect(() => prepareLanguageFolder(['xxx'], folder)).toThrow('OCR language data for "xxx" is not installed');
      expect(prepareLanguageFolder(['eng'], folder)).toBe(folder);
      expect(fs.readdirSync(folder)).toEqual(['eng.traineddata.gz']);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
