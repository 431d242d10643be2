import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { ContactSummary } from '../../shared/contract/contacts.ts';
import type { CarnetClient } from '../transport/client.ts';
import { errorMessage } from '../app/error-message.ts';

export type ContactKind = 'person' | 'company';

/** Rows fetched per request; the virtual list asks for the pages it shows. */
export const PAGE_SIZE = 100;
/** Pages kept in memory; beyond this the ones farthest from the view are dropped (100k rows = 1000 pages). */
const MAX_CACHED_PAGES = 200;

interface Page {
  items: ContactSummary[];
  /** The generation this page was fetched for; older ones are shown until their refresh arrives. */
  generation: number;
}

export interface ContactListState {
  /** Which screen this list belongs to: Contacts ('person') or Companies ('company'). */
  kind: ContactKind;
  /** What the search box holds right now. */
  searchText: string;
  /** The search the cached pages answer (searchText, debounced). */
  query: string;
  /** Bumped on every new query or data change; answers for an older generation are ignored or refreshed. */
  generation: number;
  /** Rows matching the query; null until the first answer for this query arrives. */
  total: number | null;
  pages: ReadonlyMap<number, Page>;
  error: string | null;
  /** The row the arrow keys are on. */
  activeIndex: number;
  setSearchText(text: string): void;
  /** Starts a new result set (a different search): the cache is emptied. */
  applyQuery(query: string): void;
  /** The data changed (an event, a save): refetch what is shown, keeping the old rows until then. */
  refresh(): void;
  /** Fetches whatever pages between rows `first` and `last` are missing or stale. */
  ensureRange(client: CarnetClient, first: number, last: number): void;
  setActiveIndex(index: number): void;
}

export function rowAt(state: Pick<ContactListState, 'pages'>, index: number): ContactSummary | undefined {
  return state.pages.get(Math.floor(index / PAGE_SIZE))?.items[index % PAGE_SIZE];
}

/** Drops cached pages farthest from the ones in view once the cache grows past its cap. */
function evictFarPages(pages: Map<number, Page>, firstPage: number, lastPage: number): void {
  if (pages.size <= MAX_CACHED_PAGES) return;
  const distance = (page: number) => (page < firstPage ? firstPage - page : page > lastPage ? page - lastPage : 0);
  const byDistance = [...pages.keys()].sort((a, b) => distance(b) - distance(a));
  for (const page of byDistance.slice(0, pages.size - MAX_CACHED_PAGES)) pages.delete(page);
}

/**
 * One paged, cached view over `contacts.list`: everyone when `filter` is null, else one kind. 100k rows never load at
 * once: `total` sizes the scroller and pages arrive as they scroll into view.
 */
export function createContactListStore(kind: ContactKind, filter: ContactKind | null = kind): UseBoundStore<StoreApi<ContactListState>> {
  // Pages requested and not yet answered, as `${generation}:${page}`, so a page is asked for once.
  const inFlight = new Set<string>();

  return create<ContactListState>((set, get) => ({
    kind,
    searchText: '',
    query: '',
    generation: 0,
    total: null,
    pages: new Map(),
    error: null,
    activeIndex: 0,

    setSearchText(text) {
      set({ searchText: text });
    },

    applyQuery(query) {
      if (query === get().query && get().total !== null) return;
      set({ query, generation: get().generation + 1, pages: new Map(), total: null, error: null, activeIndex: 0 });
    },

    refresh() {
      set({ generation: get().generation + 1 });
    },

    ensureRange(client, first, last) {
      const { generation, query, pages } = get();
      const firstPage = Math.max(0, Math.floor(first / PAGE_SIZE));
      const lastPage = Math.max(firstPage, Math.floor(Math.max(first, last) / PAGE_SIZE));
      for (let page = firstPage; page <= lastPage; page++) {
        if (pages.get(page)?.generation === generation) continue;
        const key = `${generation}:${page}`;
        if (inFlight.has(key)) continue;
        inFlight.add(key);
        client
          .call('contacts.list', { search: query, kind: filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
          .then((result) => {
            // A newer search or refresh started meanwhile: this answer describes an old state.
            if (get().generation !== generation) return;
            const next = new Map(get().pages);
            next.set(page, { items: result.items, generation });
            // After a refresh the list may have shrunk: drop pages now past its end.
            const lastValidPage = Math.max(0, Math.ceil(result.total / PAGE_SIZE) - 1);
            for (const cached of next.keys()) if (cached > lastValidPage) next.delete(cached);
            evictFarPages(next, firstPage, lastPage);
            const activeIndex = Math.min(get().activeIndex, Math.max(0, result.total - 1));
            set({ pages: next, total: result.total, error: null, activeIndex });
          })
          .catch((error: unknown) => {
            if (get().generation === generation) set({ error: errorMessage(error), total: get().total ?? 0 });
          })
          .finally(() => inFlight.delete(key));
      }
    },

    setActiveIndex(index) {
      const total = get().total ?? 0;
      set({ activeIndex: Math.max(0, Math.min(index, total - 1)) });
    },
  }));
}

/**
 * One list per screen. Contacts shows everyone, company cards included (as Apple Contacts does),
 * so a company is found from the same search box; Companies shows only company cards.
 */
export const contactListStores: Record<ContactKind, UseBoundStore<StoreApi<ContactListState>>> = {
  person: createContactListStore('person', null),
  company: createContactListStore('company'),
};
