import { z } from 'zod';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import type { ImportRecord } from '../import/import-record.ts';
import { simpleReader } from '../import/reader-types.ts';
import { readImageHeader } from '../image-header.ts';

/**
 * Reviewed card drafts on their way into the import pipeline. The review screen reads each photo
 * with `cards.read`, the user fixes the fields, and the reviewed cards come back as one small
 * JSON "file" through `import.analyze`: one batch with the same preview, matching and undo as a
 * CSV or vCard import.
 */
export const CARD_DRAFTS_MARKER = '{"carnet":"card-drafts"';

const payloadSchema = z.object({
  carnet: z.literal('card-drafts'),
  version: z.literal(1),
  cards: z.array(z.object({
    fileName: z.string().max(500),
    /** Validated by the pipeline like any other record. */
    fields: z.record(z.string(), z.unknown()),
    photo: z.object({ mime: z.string().regex(/^image\/(png|jpeg)$/), base64: z.string() }).nullable(),
  })).max(500),
});

export const cardDraftsReader = simpleReader({
  // Its own name in the registry; the records it reads are still recorded as source 'image'.
  format: 'card-review',
  label: 'Reviewed business cards',
  extensions: [],
  detect: (_fileName, head) => (new TextDecoder().decode(head.subarray(0, CARD_DRAFTS_MARKER.length)) === CARD_DRAFTS_MARKER ? 100 : 0),
  read(bytes, fileName) {
    let payload: z.infer<typeof payloadSchema>;
    try {
      payload = payloadSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
    } catch (error) {
      throw new CarnetError('invalid_input', coreMessage('error.cardDraftsUnreadable', { fileName, detail: error instanceof Error ? error.message.slice(0, 200) : String(error) }));
    }
    const records: ImportRecord[] = payload.cards.map((card, index) => {
      const record: ImportRecord = { line: index + 1, fields: card.fields, warnings: [] };
      if (!card.photo) return record;
      // The payload comes from the renderer: its photo passes the same header check as any image.
      const data = Uint8Array.from(Buffer.from(card.photo.base64, 'base64'));
      const header = readImageHeader(data);
      if (header.ok) record.photo = { kind: 'data', mime: header.mime, data };
      else record.warnings.push(coreMessage('import.warning.draftPhoto', { fileName: card.fileName, reason: header.reason }));
      return record;
    });
    return { format: 'image', fileName, records, notes: [coreMessage('import.note.reviewedCards', { count: records.length })] };
  },
});
