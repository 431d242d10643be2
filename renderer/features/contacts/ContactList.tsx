import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { StoreApi, UseBoundStore } from 'zustand';
import { rowAt, type ContactListState } from '../../stores/contact-list-store.ts';
import type { ContactPanelState } from '../../stores/contact-panel-store.ts';
import { useClient } from '../../app/client-context.ts';
import { handleListKey } from './list-keys.ts';
import { ContactRow } from './ContactRow.tsx';
import { contactStrings as s } from './strings.ts';

/** Fixed row height (px): rows never change size, so the scroller needs no measuring. */
export const ROW_HEIGHT = 56;
/** The listbox's DOM id, so the search box can hand the keyboard over to it. */
export const listElementId = (kind: string) => `${kind}-list`;
/** Minimum pause between page requests while scrolling fast. */
const FETCH_INTERVAL_MS = 60;

interface ContactListProps {
  list: UseBoundStore<StoreApi<ContactListState>>;
  panel: UseBoundStore<StoreApi<ContactPanelState>>;
}

/**
 * The virtualized list: only the rows in view exist in the DOM, and only their pages are fetched.
 * A listbox with aria-activedescendant, so focus stays on the list while arrows move the active row.
 */
export function ContactList({ list, panel }: ContactListProps) {
  const client = useClient();
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = list((state) => state.total) ?? 0;
  const pages = list((state) => state.pages);
  const generation = list((state) => state.generation);
  const query = list((state) => state.query);
  const activeIndex = list((state) => state.activeIndex);
  const kind = list((state) => state.kind);
  const sort = list((state) => state.sort);
  const selectedId = panel((state) => state.selectedId);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 320, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  // Dragging the scrollbar across 100k rows passes hundreds of pages: fetch at most one burst per
  // FETCH_INTERVAL_MS, always for the rows in view at that moment, never for rows already gone by.
  const latestRange = useRef({ first, last });
  latestRange.current = { first, last };
  const fetchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastFetch = useRef(0);
  useEffect(() => {
    const fetchLatest = () => {
      fetchTimer.current = null;
      lastFetch.current = Date.now();
      list.getState().ensureRange(client, latestRange.current.first, latestRange.current.last);
    };
    const wait = FETCH_INTERVAL_MS - (Date.now() - lastFetch.current);
    if (wait <= 0) fetchLatest();
    else fetchTimer.current ??= setTimeout(fetchLatest, wait);
  }, [client, list, first, last, generation]);
  useEffect(() => () => void (fetchTimer.current && clearTimeout(fetchTimer.current)), []);

  useEffect(() => {
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  // A new search starts at the top.
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [query]);

  const rowId = (index: number) => `${kind}-row-${index}`;
  const activeRendered = items.some((item) => item.index === activeIndex) && rowAt({ pages }, activeIndex);

  return (
    <div
      ref={scrollRef}
      id={listElementId(kind)}
      className="contact-list"
      role="listbox"
      aria-label={s.listLabel(kind)}
      tabIndex={0}
      aria-activedescendant={activeRendered ? rowId(activeIndex) : undefined}
      onKeyDown={(event) => {
        if (handleListKey(event.key, list, panel, { fromSearchBox: false })) event.preventDefault();
      }}
    >
      <div className="contact-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const contact = rowAt({ pages }, item.index);
          const className = ['contact-row', item.index === activeIndex ? 'active' : '', contact && contact.id === selectedId ? 'selected' : ''].join(' ');
          return (
            <div
              key={item.key}
              id={rowId(item.index)}
              role="option"
              aria-selected={contact !== undefined && contact.id === selectedId}
              aria-posinset={item.index + 1}
              aria-setsize={total}
              className={className}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => {
                if (!contact) return;
                list.getState().setActiveIndex(item.index);
                panel.getState().open(contact.id, contact.matchedInteraction?.id);
              }}
            >
              {contact ? <ContactRow contact={contact} query={query} mixed={kind === 'person'} byLastContact={sort === 'lastContacted'} /> : <span className="row-placeholder">{s.loadingRow}</span>}
            </div>
          );
        })}
      </div>
    </div>
  );
}
