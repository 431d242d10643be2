import { errorMessage } from '../app/error-message.ts';

/** Rows fetched per request; a virtual list asks for the pages it shows. */
export const PAGE_SIZE = 100;
/** Pages kept in memory; beyond this the ones farthest from the view are dropped (100k rows = 1000 pages). */
const MAX_CACHED_PAGES = 200;

export interface Page<T> {
  items: T[];
  /** The generation this page was fetched for; older ones are shown until their refresh arrives. */
  generation: number;
}

/** The part of a store that a paged, virtualized list reads: what the cache holds. */
export interface PagedState<T> {
  /** Bumped on every new query or data change; answers for an older generation are ignored or refreshed. */
  generation: number;
  /** Rows in the list; null until the first answer for this query arrives. */
  total: number | null;
  pages: ReadonlyMap<number, Page<T>>;
  error: string | null;
  /** The row the arrow keys are on. */
  activeIndex: number;
}

export function rowAt<T>(state: Pick<PagedState<T>, 'pages'>, index: number): T | undefined {
  return state.pages.get(Math.floor(index / PAGE_SIZE))?.items[index % PAGE_SIZE];
}

/** Drops cached pages farthest from the ones in view once the cache grows past its cap. */
function evictFarPages<T>(pages: Map<number, Page<T>>, firstPage: number, lastPage: number): void {
  if (pages.size <= MAX_CACHED_PAGES) return;
  const distance = (page: number) => (page < firstPage ? firstPage - page : page > lastPage ? page - lastPage : 0);
  const byDistance = [...pages.keys()].sort((a, b) => distance(b) - distance(a));
  for (const page of byDistance.slice(0, pages.size - MAX_CACHED_PAGES)) pages.delete(page);
}

/**
 * The page bookkeeping of a virtualized list over a paged method (`contacts.list`, `trash.list`):
 * fetches each missing or stale page between two rows once, keeps old rows on screen until their
 * refresh arrives, ignores answers to an older query, and drops pages far from the view. `answer`
 * adds what else a page's answer says (counts) to the state.
 */
export function pageFetcher<T, A extends { items: T[]; total: number }, S extends PagedState<T>>(
  get: () => S,
  set: (patch: Partial<S>) => void,
  answer: (result: A) => Partial<S> = () => ({}),
): (first: number, last: number, fetchPage: (offset: number, limit: number) => Promise<A>) => void {
  // Pages requested and not yet answered, as `${generation}:${page}`, so a page is asked for once.
  const inFlight = new Set<string>();
  return (first, last, fetchPage) => {
    const { generation, pages } = get();
    const firstPage = Math.max(0, Math.floor(first / PAGE_SIZE));
    const lastPage = Math.max(firstPage, Math.floor(Math.max(first, last) / PAGE_SIZE));
    for (let page = firstPage; page <= lastPage; page++) {
      if (pages.get(page)?.generation === generation) continue;
      const key = `${generation}:${page}`;
      if (inFlight.has(key)) continue;
      inFlight.add(key);
      fetchPage(page * PAGE_SIZE, PAGE_SIZE)
        .then((result) => {
          // A newer query or refresh started meanwhile: this answer describes an old state.
          if (get().generation !== generation) return;
          const next = new Map(get().pages);
          next.set(page, { items: result.items, generation });
          // After a refresh the list may have shrunk: drop pages now past its end.
          const lastValidPage = Math.max(0, Math.ceil(result.total / PAGE_SIZE) - 1);
          for (const cached of next.keys()) if (cached > lastValidPage) next.delete(cached);
          evictFarPages(next, firstPage, lastPage);
          const activeIndex = Math.min(get().activeIndex, Math.max(0, result.total - 1));
          set({ pages: next, total: result.total, error: null, activeIndex, ...answer(result) } as Partial<S>);
        })
        .catch((error: unknown) => {
          if (get().generation === generation) set({ error: errorMessage(error), total: get().total ?? 0 } as Partial<S>);
        })
        .finally(() => inFlight.delete(key));
    }
  };
}
