import { useEffect, useId, useRef, useState } from 'react';
import type { CardDraftFields } from '../../../../shared/contract/index.ts';
import { useLeaveGuard } from '../../../stores/leave-guard-store.ts';
import { useImportWizard } from '../use-import-wizard.ts';
import { queueOf, type FileQueue, type ItemState, type QueueItem } from './file-queue.ts';
import { draftsPayload } from './review-model.ts';
import { cardStrings as s } from './strings.ts';
import { useCardReading } from './use-card-reading.ts';

export interface SavedCard {
  fileName: string;
  draft: CardDraftFields;
  photoDataUrl: string;
}

/** The name an item goes by: the vCard file's, or "3 card photos". */
export function itemName(item: QueueItem): string {
  return item.kind === 'vcard' ? item.files[0]!.name : s.photosName(item.files.length);
}

/**
 * The vCard panel's run through the files given at once, one item after another: each vCard file
 * goes through the import wizard's own steps (read, preview, import, summary with Undo); the card
 * photos are read and reviewed first, then the saved cards go through the same steps as one file.
 * Every item ends imported, skipped (by the user, said) or failed (with the reason).
 */
export function useCardImport(onImported: () => void) {
  const wizard = useImportWizard(onImported);
  const reading = useCardReading();
  const [queue, setQueue] = useState<FileQueue | null>(null);
  const [states, setStates] = useState<ItemState[]>([]);
  /** The item on screen; null before any file and once every item is through. */
  const [current, setCurrent] = useState<number | null>(null);
  /** The card photos' review: which card, and the drafts saved so far. */
  const [review, setReview] = useState<{ index: number; saved: SavedCard[] } | null>(null);
  /** What became of the previous item when the user did not see a summary of it (a skip). */
  const [notice, setNotice] = useState<string | null>(null);
  // Once the panel is gone, a late answer must not start the next file (the core would keep it).
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  // Leaving the screen ends the run: the files not through yet would be dropped without a word.
  const pending = queue && current !== null ? queue.items.filter((_, index) => index > current || (index === current && states[index]?.kind === 'current' && wizard.step !== 'done')) : [];
  useLeaveGuard(`card-import-${useId()}`, pending.length > 0 ? s.leaveWaiting(pending.flatMap((item) => item.files.map((file) => file.name))) : null);

  const mark = (index: number, state: ItemState) => setStates((all) => all.map((old, i) => (i === index ? state : old)));

  async function start(files: FileQueue, index: number): Promise<void> {
    if (!live.current) return;
    const item = files.items[index];
    setCurrent(item ? index : null);
    if (!item) return;
    mark(index, { kind: 'current' });
    if (item.kind === 'cards') {
      setReview({ index: 0, saved: [] });
      void reading.start(item.files);
    } else await read(files, index, item.files[0]!);
  }

  /** Sends one file (or the reviewed cards) to the wizard; it stops at the preview. */
  async function read(files: FileQueue, index: number, file: File): Promise<void> {
    const outcome = await wizard.chooseFile(file);
    if (!live.current) return;
    if (outcome.status === 'stopped') leave(files, index, { kind: 'skipped', why: 'chosen' });
    else if (outcome.status === 'failed') mark(index, { kind: 'failed', error: outcome.error });
    else if (outcome.analyzed.table) {
      // A CSV renamed .vcf: its columns need the file wizard's mapping step.
      wizard.reset();
      mark(index, { kind: 'failed', error: s.notVCard });
    }
  }

  /** Ends the item at `index` as skipped, says so, and goes on to the next one. */
  function leave(files: FileQueue, index: number, state: Extract<ItemState, { kind: 'skipped' }>) {
    mark(index, state);
    const name = itemName(files.items[index]!);
    setNotice(state.why === 'noCardSaved' ? s.noCardSaved(name) : s.skipped(name));
    void start(files, index + 1);
  }

  /** Files dropped or chosen: a new run through them, in their order. */
  function take(files: File[]) {
    const next = queueOf(files);
    setQueue(next);
    setStates(next.items.map(() => ({ kind: 'waiting' })));
    setNotice(null);
    void start(next, 0);
  }

  /** From a summary or a failed file: on to the next file (or the end). */
  function next() {
    if (!queue || current === null) return;
    if (states[current]?.kind === 'current' && wizard.step === 'done' && wizard.summary) mark(current, { kind: 'imported', summary: wizard.summary });
    wizard.reset();
    setNotice(null);
    void start(queue, current + 1);
  }

  /** The user skips the file on screen: nothing of it is written. */
  function skip() {
    if (!queue || current === null) return;
    // A file being read: stopping it makes `read` go on to the next one.
    if (wizard.step === 'reading') return wizard.stopReading();
    if (review) {
      reading.stop();
      reading.reset();
      setReview(null);
    }
    wizard.reset();
    leave(queue, current, { kind: 'skipped', why: 'chosen' });
  }

  /** The last card is reviewed: the saved ones become one file for the wizard. */
  function finishReview(saved: SavedCard[]) {
    reading.reset();
    setReview(null);
    if (!queue || current === null) return;
    if (saved.length === 0) return leave(queue, current, { kind: 'skipped', why: 'noCardSaved' });
    const file = new File([draftsPayload(saved)], s.cardsBatchName(saved.length), { type: 'application/json' });
    void read(queue, current, file);
  }

  function advance(saved: SavedCard[]) {
    if (!review) return;
    if (review.index + 1 < reading.queue.length) setReview({ index: review.index + 1, saved });
    else finishReview(saved);
  }

  function saveCard(draft: CardDraftFields) {
    const card = review && reading.queue[review.index];
    if (!card) return;
    advance([...review.saved, { fileName: card.fileName, draft, photoDataUrl: card.reading?.photo.dataUrl ?? '' }]);
  }

  /** Stops reading photos: the cards read so far stay to review. */
  function stopReadingCards() {
    const kept = reading.stop();
    if (!review || !queue || current === null) return;
    if (kept === 0 && review.saved.length === 0) {
      reading.reset();
      setReview(null);
      leave(queue, current, { kind: 'skipped', why: 'chosen' });
    } else if (review.index >= kept) finishReview(review.saved); // already past the cards that were read
  }

  /** An item's state as the list shows it: the one on screen counts as imported once its summary shows. */
  function stateOf(index: number): ItemState {
    const state = states[index] ?? { kind: 'waiting' };
    if (index === current && state.kind === 'current' && wizard.step === 'done' && wizard.summary) return { kind: 'imported', summary: wizard.summary };
    return state;
  }

  return {
    wizard,
    reading,
    queue,
    current,
    review,
    notice,
    stateOf,
    take,
    next,
    skip,
    saveCard,
    skipCard: () => review && advance(review.saved),
    stopReadingCards,
    undone: () => {
      if (current !== null) mark(current, { kind: 'undone' });
      onImported();
    },
  };
}

export type CardImport = ReturnType<typeof useCardImport>;
