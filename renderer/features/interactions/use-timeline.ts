import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimelineEntry, TimelineKind } from '../../../shared/contract/interactions.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';

/** Entries per page as the user scrolls. */
export const TIMELINE_PAGE = 30;
/** The most one reload asks for (the contract's page limit). */
const MAX_PAGE = 100;

export interface TimelineView {
  entries: TimelineEntry[];
  /** More, older entries exist. */
  hasMore: boolean;
  status: 'loading' | 'ready' | 'failed';
  error: string | null;
  loadMore(): void;
}

/**
 * A contact's timeline, page by page as the user scrolls. A change to this contact (a log, an
 * edit, a delete, from this window or elsewhere) reloads what is shown, as far as it was scrolled.
 */
export function useTimeline(contactId: string, kinds: readonly TimelineKind[]): TimelineView {
  const client = useClient();
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [status, setStatus] = useState<TimelineView['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const loading = useRef(false);
  const generation = useRef(0);
  const shown = useRef(0);
  shown.current = entries.length;
  const kindsKey = kinds.join(',');

  const load = useCallback(
    async (cursor: string | null, limit: number, append: boolean) => {
      const mine = ++generation.current;
      loading.current = true;
      try {
        const page = await client.call('timeline.page', { contactId, cursor, limit, kinds: kindsKey ? (kindsKey.split(',') as TimelineKind[]) : [] });
        if (mine !== generation.current) return;
        setEntries((before) => (append ? [...before, ...page.entries] : page.entries));
        setNext(page.next);
        setStatus('ready');
        setError(null);
      } catch (caught) {
        if (mine !== generation.current) return;
        setError(errorMessage(caught));
        setStatus('failed');
      } finally {
        if (mine === generation.current) loading.current = false;
      }
    },
    [client, contactId, kindsKey],
  );

  useEffect(() => {
    setEntries([]);
    setNext(null);
    setStatus('loading');
    void load(null, TIMELINE_PAGE, false);
  }, [load]);

  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type !== 'contacts.changed' || (event.ids.length > 0 && !event.ids.includes(contactId))) return;
        void load(null, Math.min(MAX_PAGE, Math.max(TIMELINE_PAGE, shown.current)), false);
      }),
    [client, contactId, load],
  );

  const loadMore = useCallback(() => {
    if (next && !loading.current) void load(next, TIMELINE_PAGE, true);
  }, [load, next]);

  return { entries, hasMore: next !== null, status, error, loadMore };
}
