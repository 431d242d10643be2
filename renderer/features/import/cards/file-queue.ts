import type { ImportSummary } from '../../../../shared/contract/import.ts';
import { kindOf } from './file-data.ts';

/**
 * The files a user gave the vCard panel at once, in their order: each vCard file is one item (one
 * preview, one batch, as `carnet import` does), the card photos together are one item (they are
 * reviewed one by one, then imported as one batch). Files Carnet cannot import are kept by name,
 * so the panel can say so: nothing given is dropped silently.
 */
export interface QueueItem {
  key: string;
  kind: 'vcard' | 'cards';
  files: File[];
  /** Positions among the importable files (1-based): photos take a run of them. */
  first: number;
  last: number;
}

export interface FileQueue {
  items: QueueItem[];
  /** How many importable files (what "file 2 of 3" counts). */
  total: number;
  /** Names of the files that are neither vCards nor PNG/JPEG images. */
  unsupported: string[];
}

/** Where one item stands. `current` is the one on screen (reading, review, preview or summary). */
export type ItemState =
  | { kind: 'waiting' }
  | { kind: 'current' }
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'undone' }
  | { kind: 'skipped'; why: 'chosen' | 'noCardSaved' }
  | { kind: 'failed'; error: string };

let nextKey = 1;

export function queueOf(files: readonly File[]): FileQueue {
  const vcards = files.filter((file) => kindOf(file) === 'vcard');
  const photos = files.filter((file) => kindOf(file) === 'image');
  const unsupported = files.filter((file) => kindOf(file) === 'other').map((file) => file.name);
  // The photos' item stands where the first photo was given.
  const firstPhoto = files.findIndex((file) => kindOf(file) === 'image');
  const groups: { kind: QueueItem['kind']; files: File[]; at: number }[] = vcards.map((file) => ({ kind: 'vcard', files: [file], at: files.indexOf(file) }));
  if (photos.length > 0) groups.push({ kind: 'cards', files: photos, at: firstPhoto });
  groups.sort((a, b) => a.at - b.at);
  let position = 0;
  const items = groups.map((group): QueueItem => {
    const first = position + 1;
    position += group.files.length;
    return { key: `q${nextKey++}`, kind: group.kind, files: group.files, first, last: position };
  });
  return { items, total: position, unsupported };
}

/** The names of the items after `index`, for "still to come". */
export function namesAfter(queue: FileQueue, index: number): string[] {
  return queue.items.slice(index + 1).flatMap((item) => item.files.map((file) => file.name));
}
