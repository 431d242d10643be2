import type { CountryCode } from 'libphonenumber-js';
import { isSupportedCountry } from 'libphonenumber-js';
import type { ParsedSource } from '../import/import-record.ts';
import { simpleReader } from '../import/reader-types.ts';
import { countryFromLocale } from '../settings/settings-store.ts';
import { imageMime } from './image-pixels.ts';
import { OcrEngine } from './ocr-engine.ts';
import { readCardImage, type CardReading } from './read-card.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';

/**
 * One OCR engine for card images read through the import registry (`carnet import card.jpg`, the
 * wizard). It stays warm between the cards of a batch and ends 3 s after the last one, so a CLI
 * run exits soon after its last card and the app does not keep a worker thread for nothing.
 */
let engine: OcrEngine | null = null;
export function sharedOcrEngine(): OcrEngine {
  engine ??= new OcrEngine({ idleMs: 3000 });
  return engine;
}

/** Ends the shared OCR worker now (tests, CLI shutdown). */
export async function closeSharedOcrEngine(): Promise<void> {
  await engine?.close();
}

/** The user's country from the OS locale: reads national numbers; saving applies the app's setting. */
function localeCountry(): CountryCode {
  const country = countryFromLocale(Intl.DateTimeFormat().resolvedOptions().locale) ?? 'US';
  return isSupportedCountry(country) ? country : 'US';
}

/** A card reading as an import record: the draft, its confidences, the photo, what OCR saw. */
export function readingToSource(reading: CardReading, fileName: string): ParsedSource {
  const notes = [coreMessage('import.note.cardOcr', { qr: reading.qr ? 'read' : 'none', qrFormat: reading.qr?.format ?? 'not a contact', skew: reading.skew || 'none' })];
  const low = Object.entries(reading.draft.confidence).filter(([, value]) => value < 0.6).map(([key]) => key);
  return {
    format: 'image',
    fileName,
    notes,
    records: [{
      line: 1,
      fields: reading.draft.fields,
      photo: reading.photo,
      confidence: reading.draft.confidence,
      warnings: low.length ? [coreMessage('import.warning.cardUnsure', { fields: low.join(', ') })] : [],
    }],
  };
}

/** PNG and JPEG photos or scans of business cards. */
export const cardImageReader = simpleReader({
  format: 'image',
  label: 'Business card photo or scan (PNG, JPEG)',
  extensions: ['.png', '.jpg', '.jpeg'],
  detect: (_fileName, head) => (imageMime(head) ? 60 : 0),
  async read(bytes, fileName) {
    const reading = await readCardImage(bytes, fileName, { engine: sharedOcrEngine(), country: localeCountry() });
    return readingToSource(reading, fileName);
  },
});
