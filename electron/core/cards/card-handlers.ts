import { bytesFromBase64 } from '../base64.ts';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import type { CardDraftFields } from '../../../shared/contract/cards.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage, progressLabel } from '../../../shared/messages/core-text.ts';
import { loadContactPhoto } from '../contacts/contact-photo.ts';
import type { CoreContext } from '../core-context.ts';
import { buildVCardExport } from '../export/vcard-export.ts';
import type { AreaHandlers } from '../handler-types.ts';
import { sharedOcrEngine } from './card-image-reader.ts';
import { readCardImage } from './read-card.ts';

type CardMethods = 'contacts.photo' | 'cards.read' | 'export.vcard';

const dataUrl = (mime: string, data: Uint8Array) => `data:${mime};base64,${Buffer.from(data).toString('base64')}`;

/** A file name from a contact's name or a tag: letters, digits, spaces and dashes only. */
function safeFileName(base: string): string {
  const clean = base.normalize('NFC').replace(/[^\p{L}\p{N} _.-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${clean || 'contacts'}.vcf`;
}

export function cardHandlers(ctx: CoreContext): AreaHandlers<CardMethods> {
  const { db, reader } = ctx.database;
  return {
    // A read for the list and a contact's page: through the read connection, so photos show during an import.
    'contacts.photo': async ({ id }) => {
      const exists = await reader.selectFrom('contacts').select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
      if (!exists) throw new CarnetError('not_found', coreMessage('error.contactNotFound', { id }));
      const photo = await loadContactPhoto(reader, id);
      if (!photo) return { id, photo: null };
      return { id, photo: photo.kind === 'data' ? { kind: 'data', mime: photo.mime, dataUrl: dataUrl(photo.mime, photo.data) } : photo };
    },

    'cards.read': async ({ fileName, data, jobId, country }) => {
      const bytes = bytesFromBase64(data);
      if (bytes.byteLength === 0) throw new CarnetError('invalid_input', coreMessage('error.cardEmpty', { fileName }));
      const wanted = country ?? ctx.settings().defaultCountry;
      const phoneCountry: CountryCode = isSupportedCountry(wanted) ? wanted : 'US';
      const label = progressLabel(coreMessage('progress.readingCard', { fileName }));
      let last = -1;
      const reading = await readCardImage(bytes, fileName, {
        engine: sharedOcrEngine(),
        country: phoneCountry,
        onProgress: (progress) => {
          const done = Math.round(progress * 100);
          // tesseract reports many tiny steps: send whole percents only.
          if (jobId && done !== last) ctx.emit({ type: 'progress', jobId, ...label, done: (last = done), total: 100 });
        },
      });
      if (jobId) ctx.emit({ type: 'progress', jobId, ...label, done: 100, total: 100 });
      const fields = reading.draft.fields;
      const draft: CardDraftFields = {
        kind: fields.kind ?? 'person',
        firstName: fields.firstName,
        lastName: fields.lastName,
        company: fields.company,
        title: fields.title,
        emails: (fields.emails ?? []).map((e) => ({ label: e.label ?? '', value: e.value })),
        phones: (fields.phones ?? []).map((p) => ({ label: p.label ?? '', value: p.value })),
        addresses: (fields.addresses ?? []).map((a) => ({ label: a.label ?? '', street: a.street ?? '', city: a.city ?? '', region: a.region ?? '', postalCode: a.postalCode ?? '', country: a.country ?? '' })),
        websites: (fields.websites ?? []).map((w) => ({ label: w.label ?? '', value: w.value })),
        birthday: fields.birthday ?? null,
        notes: fields.notes ?? '',
      };
      const photo = reading.photo.kind === 'data' ? { mime: reading.photo.mime, dataUrl: dataUrl(reading.photo.mime, reading.photo.data) } : { mime: '', dataUrl: '' };
      return { fileName, draft, confidence: reading.draft.confidence, text: reading.draft.text, qr: reading.qr, photo, skew: reading.skew };
    },

    'export.vcard': async ({ selection, version }) => {
      const { text, count } = await buildVCardExport(ctx, selection, version);
      let fileName = 'carnet-contacts.vcf';
      if ('tag' in selection) fileName = safeFileName(selection.tag);
      else if ('ids' in selection && selection.ids.length === 1) {
        const row = await db.selectFrom('contacts').select('display_name').where('id', '=', selection.ids[0]!).executeTakeFirst();
        fileName = safeFileName(row?.display_name ?? 'contact');
      }
      return { fileName, text, count };
    },
  };
}
