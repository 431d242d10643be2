import type { ParsedSource } from '../import/import-record.ts';
import { fileToByteString } from './text-decoding.ts';
import { splitCards } from './vcard-cards.ts';
import { cardToRecord } from './vcard-to-record.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';

/** True when the bytes look like a vCard file (whatever its extension), BOM and UTF-16 included. */
export function looksLikeVCard(data: Uint8Array): boolean {
  const { bytes } = fileToByteString(data.subarray(0, 4096));
  return /^\s*BEGIN\s*:\s*VCARD/i.test(bytes);
}

/**
 * Reads a .vcf file (2.1, 3.0, 4.0 or no VERSION at all; any number of cards) into import records.
 * A broken card becomes a record with `error` and its line; the other cards still come through.
 */
export function readVCardFile(data: Uint8Array, fileName: string): ParsedSource {
  const { bytes, notes } = fileToByteString(data);
  const cards = splitCards(bytes);
  if (cards.length === 0) notes.push(coreMessage('import.note.noCards'));
  const versions = new Set(cards.filter((card) => !card.error).map((card) => card.version ?? 'none'));
  if (versions.has('none')) notes.push(coreMessage('import.note.noVersion'));
  return { format: 'vcard', fileName, records: cards.map(cardToRecord), notes };
}

/** Reads vCard text already in memory (a QR code's payload). */
export function readVCardText(text: string, fileName = 'vcard'): ParsedSource {
  return readVCardFile(new TextEncoder().encode(text), fileName);
}
