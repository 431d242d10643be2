import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import { csvReader } from './csv/csv-reader.ts';
import { vcardReader } from '../vcard/vcard-import-reader.ts';
import { cardImageReader } from '../cards/card-image-reader.ts';
import { cardDraftsReader } from '../cards/card-drafts-reader.ts';
import { carnetJsonReader } from './json/carnet-json-reader.ts';
import type { ImportReader, OpenedSource, ReadOptions } from './reader-types.ts';

/**
 * Every format the import wizard and `carnet import` read. Add a format with one line here; the
 * pipeline (preview, match, commit, undo) is the same for all of them.
 */
export const importReaders: ImportReader[] = [csvReader, vcardReader, cardImageReader, cardDraftsReader, carnetJsonReader];

/** Picks the reader most sure it can read the file (by name and first bytes) and opens it. */
export async function openImportFile(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<{ reader: ImportReader; source: OpenedSource }> {
  if (bytes.byteLength === 0) throw new CarnetError('invalid_input', coreMessage('error.importEmpty', { fileName }));
  const head = bytes.subarray(0, 4096);
  let best: { reader: ImportReader; score: number } | null = null;
  for (const reader of importReaders) {
    const score = reader.detect(fileName, head);
    if (score > 0 && (!best || score > best.score)) best = { reader, score };
  }
  if (!best) {
    const known = importReaders.flatMap((reader) => reader.extensions).join(', ');
    throw new CarnetError('invalid_input', coreMessage('error.importUnknownFormat', { fileName, extensions: known }));
  }
  return { reader: best.reader, source: await best.reader.open(bytes, fileName, options) };
}
