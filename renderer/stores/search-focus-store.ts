import { create } from 'zustand';

interface SearchFocusState {
  /** Bumped each time something asks for the search box; the visible box focuses itself on change. */
  requests: number;
  requestFocus(): void;
}

/** Lets a global shortcut reach the search box of whichever list is on screen, without DOM queries. */
export const useSearchFocus = create<SearchFocusState>((set, get) => ({
  requests: 0,
  requestFocus() {
    set({ requests: get().requests + 1 });
  },
}));
