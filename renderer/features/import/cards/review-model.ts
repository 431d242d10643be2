import type { CardDraftFields, MethodOutput } from '../../../../shared/contract/index.ts';
import { splitDataUrl } from './file-data.ts';

export type CardReading = MethodOutput<'cards.read'>;

/** One dropped card photo on its way through reading and review. */
export interface QueuedCard {
  key: string;
  fileName: string;
  status: 'waiting' | 'reading' | 'ready' | 'failed';
  reading?: CardReading;
  error?: string;
}

/** Below this a field is shown as "check this". */
export const UNSURE_BELOW = 0.6;

/** Drops the empty rows a user cleared, so the pipeline does not report "Email is empty". */
export function cleanDraft(draft: CardDraftFields): CardDraftFields {
  const filled = <T extends { value: string }>(list: T[]) => list.filter((item) => item.value.trim() !== '');
  return {
    ...draft,
    emails: filled(draft.emails),
    phones: filled(draft.phones),
    websites: filled(draft.websites),
    addresses: draft.addresses.filter((a) => [a.street, a.city, a.region, a.postalCode, a.country].some((part) => part.trim() !== '')),
  };
}

/**
 * The reviewed cards as the "file" the import pipeline reads (electron/core/cards/card-drafts-reader.ts):
 * one batch, the same preview and matching as any import, undoable.
 */
export function draftsPayload(cards: { fileName: string; draft: CardDraftFields; photoDataUrl: string }[]): string {
  return JSON.stringify({
    carnet: 'card-drafts',
    version: 1,
    cards: cards.map((card) => ({ fileName: card.fileName, fields: cleanDraft(card.draft), photo: splitDataUrl(card.photoDataUrl) })),
  });
}
