import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../../../app/client-context.ts';
import { errorMessage } from '../../../app/error-message.ts';
import { fileToBase64 } from './file-data.ts';
import type { QueuedCard } from './review-model.ts';

export interface ReadingProgress {
  index: number;
  total: number;
  fileName: string;
  percent: number;
}

let nextKey = 1;

/**
 * Reads dropped card photos one after another in the core (OCR runs off the UI thread there),
 * so the first card can be reviewed while the next ones are still being read.
 */
export function useCardReading() {
  const client = useClient();
  const [queue, setQueue] = useState<QueuedCard[]>([]);
  const [progress, setProgress] = useState<ReadingProgress | null>(null);
  const live = useRef(true);
  /** Set by Stop: the cards not read yet are dropped and the one being read is ignored. */
  const stopped = useRef(false);
  const jobPrefix = useRef(`cards-${Date.now().toString(36)}-`);

  useEffect(() => {
    live.current = true;
    const stop = client.onEvent((event) => {
      if (event.type === 'progress' && event.jobId.startsWith(jobPrefix.current)) {
        setProgress((current) => (current ? { ...current, percent: Math.round((100 * event.done) / Math.max(1, event.total)) } : current));
      }
    });
    return () => {
      live.current = false;
      stop();
    };
  }, [client]);

  const update = (key: string, patch: Partial<QueuedCard>) => setQueue((cards) => cards.map((card) => (card.key === key ? { ...card, ...patch } : card)));

  const start = useCallback(
    async (files: File[]) => {
      const cards: QueuedCard[] = files.map((file) => ({ key: String(nextKey++), fileName: file.name, status: 'waiting' }));
      stopped.current = false;
      setQueue(cards);
      for (const [i, file] of files.entries()) {
        if (!live.current || stopped.current) return;
        const card = cards[i]!;
        update(card.key, { status: 'reading' });
        setProgress({ index: i + 1, total: files.length, fileName: file.name, percent: 0 });
        try {
          const reading = await client.call('cards.read', { fileName: file.name, data: await fileToBase64(file), jobId: `${jobPrefix.current}${card.key}` });
          if (live.current && !stopped.current) update(card.key, { status: 'ready', reading });
        } catch (failure) {
          if (live.current && !stopped.current) update(card.key, { status: 'failed', error: errorMessage(failure) });
        }
      }
      if (live.current) setProgress(null);
    },
    [client],
  );

  /** Stops after the cards read so far (they stay to review); returns how many that is. */
  const stop = (): number => {
    stopped.current = true;
    setProgress(null);
    const kept = queue.filter((card) => card.status === 'ready' || card.status === 'failed');
    setQueue(kept);
    return kept.length;
  };

  return { queue, progress, start, stop, reset: () => setQueue([]) };
}
