import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { ContactSort, ContactSummary } from '../../shared/contract/contacts.ts';
import type { RfmSegment } from '../../shared/contract/reports.ts';
import type { MethodOutput } from '../../shared/contract/index.ts';
import type { CarnetClient } from '../transport/client.ts';
import { pageFetcher, type PagedState } from './paged-cache.ts';

export type ContactKind = 'person' | 'company';

export { PAGE_SIZE, rowAt } from './paged-cache.ts';

/** The import whose contacts the list shows ("Show these contacts" after an import), or none. */
export interface BatchFilter {
  id: string;
  fileName: string;
  /** When the import ran (ISO), to tell two imports of one file apart. */
  importedAt: string;
}

/** Customers a report points at (the contacts behind a bar or row), or an RFM segment. */
export interface ContactSubset {
  /** What the filter bar says they are ("New customers, March 2026"). */
  label: string;
  ids: string[] | null;
  segment: RfmSegment | null;
}

export interface ContactListState extends PagedState<ContactSummary> {
  /** Which screen this list belongs to: Contacts ('person') or Companies ('company'). */
  kind: ContactKind;
  /** What the search box holds right now. */
  searchText: string;
  /** The search the cached pages answer (searchText, debounced). */
  query: string;
  /** Only the contacts one import created or updated, when set. */
  batch: BatchFilter | null;
  /** Only some customers (a report's bar or row, an RFM segment), when set. */
  subset: ContactSubset | null;
  /** By name, or by last contact (longest ago first, never contacted last). */
  sort: ContactSort;
  /** `total` split by kind; null until known, and while a search is on. */
  people: number | null;
  companies: number | null;
  setSearchText(text: string): void;
  /** Starts a new result set (a different search): the cache is emptied. */
  applyQuery(query: string): void;
  /** Shows only the contacts of one import (or everyone again with null): a new result set. */
  setBatch(batch: BatchFilter | null): void;
  /** Shows only a report's customers or a segment (or everyone again with null): a new result set. */
  setSubset(subset: ContactSubset | null): void;
  /** Orders the list another way: a new result set, from the top. */
  setSort(sort: ContactSort): void;
  /** The data changed (an event, a save): refetch what is shown, keeping the old rows until then. */
  refresh(): void;
  /** Fetches whatever pages between rows `first` and `last` are missing or stale. */
  ensureRange(client: CarnetClient, first: number, last: number): void;
  setActiveIndex(index: number): void;
}

/**
 * One paged, cached view over `contacts.list`: everyone when `filter` is null, else one kind. 100k rows never load at
 * once: `total` sizes the scroller and pages arrive as they scroll into view.
 */
export function createContactListStore(kind: ContactKind, filter: ContactKind | null = kind): UseBoundStore<StoreApi<ContactListState>> {
  return create<ContactListState>((set, get) => {
    const fetchMissing = pageFetcher<ContactSummary, MethodOutput<'contacts.list'>, ContactListState>(get, set, (result) => ({ people: result.people, companies: result.companies }));
    const newResultSet = { pages: new Map(), total: null, people: null, companies: null, error: null, activeIndex: 0 };

    return {
      kind,
      searchText: '',
      query: '',
      batch: null,
      subset: null,
      sort: 'name',
      generation: 0,
      total: null,
      people: null,
      companies: null,
      pages: new Map(),
      error: null,
      activeIndex: 0,

      setSearchText(text) {
        set({ searchText: text });
      },

      applyQuery(query) {
        if (query === get().query && get().total !== null) return;
        set({ query, generation: get().generation + 1, ...newResultSet });
      },

      setBatch(batch) {
        if (batch?.id === get().batch?.id) return;
        set({ batch, generation: get().generation + 1, ...newResultSet });
      },

      setSubset(subset) {
        set({ subset, generation: get().generation + 1, ...newResultSet });
      },

      setSort(sort) {
        if (sort === get().sort) return;
        set({ sort, generation: get().generation + 1, ...newResultSet });
      },

      refresh() {
        set({ generation: get().generation + 1 });
      },

      ensureRange(client, first, last) {
        const { query, batch, subset, sort } = get();
        const only = subset ? { ids: subset.ids, segment: subset.segment } : {};
        fetchMissing(first, last, (offset, limit) => client.call('contacts.list', { search: query, kind: filter, sort, offset, limit, ...(batch ? { batchId: batch.id } : {}), ...only }));
      },

      setActiveIndex(index) {
        const total = get().total ?? 0;
        set({ activeIndex: Math.max(0, Math.min(index, total - 1)) });
      },
    };
  });
}

/**
 * One list per screen. Contacts shows everyone, company cards included (as Apple Contacts does),
 * so a company is found from the same search box; Companies shows only company cards.
 */
export const contactListStores: Record<ContactKind, UseBoundStore<StoreApi<ContactListState>>> = {
  person: createContactListStore('person', null),
  company: createContactListStore('company'),
};
