import { useEffect, useRef } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { ContactListState } from '../../stores/contact-list-store.ts';
import type { ContactPanelState } from '../../stores/contact-panel-store.ts';
import { useSearchFocus } from '../../stores/search-focus-store.ts';
import { modKey } from '../../app/locale.ts';
import { Icon } from '../../components/Icon.tsx';
import { handleListKey } from './list-keys.ts';
import { focusListSoon } from './focus-list.ts';
import { appStrings } from '../../app/strings.ts';
import { contactStrings as s } from './strings.ts';

/** Quiet pause after the last keystroke before searching, so fast typing sends one query. */
export const SEARCH_DEBOUNCE_MS = 120;

interface SearchBoxProps {
  list: UseBoundStore<StoreApi<ContactListState>>;
  panel: UseBoundStore<StoreApi<ContactPanelState>>;
}

/** The search field over a list: results follow typing; arrows and Enter drive the list from here. */
export function SearchBox({ list, panel }: SearchBoxProps) {
  const text = list((state) => state.searchText);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusRequests = useSearchFocus((state) => state.requests);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequests]);

  useEffect(() => {
    const timer = setTimeout(() => list.getState().applyQuery(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, list]);

  return (
    <div className="search">
      <label htmlFor={`search-${list.getState().kind}`} className="visually-hidden">
        {s.searchLabel}
      </label>
      <Icon name="search" className="icon search-icon" />
      <input
        ref={inputRef}
        id={`search-${list.getState().kind}`}
        type="search"
        className="search-input"
        placeholder={s.searchPlaceholder(list.getState().kind)}
        title={s.withKeys(s.searchLabel, `${modKey('F')} ${appStrings.keysOr} /`)}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => list.getState().setSearchText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text !== '') {
            // First Escape clears the search; the next one reaches the panel and closes the contact.
            event.preventDefault();
            event.stopPropagation();
            list.getState().setSearchText('');
            return;
          }
          // Opening a contact moves the keyboard to the list, where E, Delete and arrows act on it.
          const openActive = () => {
            if (handleListKey('Enter', list, panel, { fromSearchBox: true })) focusListSoon(list.getState().kind);
          };
          if (event.key === 'Enter') {
            event.preventDefault();
            const query = text.trim();
            list.getState().applyQuery(query);
            if (list.getState().total === null) {
              // Typed faster than the search pause: this Enter started the search, so open its
              // first match when the results arrive (unless a newer search replaced it).
              const unsubscribe = list.subscribe((state) => {
                if (state.query !== query) return unsubscribe();
                if (state.total === null) return;
                unsubscribe();
                openActive();
              });
            } else openActive();
            return;
          }
          if (handleListKey(event.key, list, panel, { fromSearchBox: true })) event.preventDefault();
        }}
      />
    </div>
  );
}
