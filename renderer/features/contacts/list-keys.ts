import type { StoreApi, UseBoundStore } from 'zustand';
import type { ContactListState } from '../../stores/contact-list-store.ts';
import { rowAt } from '../../stores/contact-list-store.ts';
import type { ContactPanelState } from '../../stores/contact-panel-store.ts';

/** Rows a Page Up/Page Down jumps. */
const PAGE_JUMP = 10;

/**
 * Keyboard moves through a contact list, shared by the search box and the list itself so arrows
 * work from either. Returns true when the key was used (the caller then prevents its default).
 */
export function handleListKey(
  key: string,
  list: UseBoundStore<StoreApi<ContactListState>>,
  panel: UseBoundStore<StoreApi<ContactPanelState>>,
  options: { fromSearchBox: boolean },
): boolean {
  const state = list.getState();
  const total = state.total ?? 0;
  if (total === 0) return false;
  const moves: Record<string, number> = {
    ArrowDown: state.activeIndex + 1,
    ArrowUp: state.activeIndex - 1,
    PageDown: state.activeIndex + PAGE_JUMP,
    PageUp: state.activeIndex - PAGE_JUMP,
  };
  // In the search box Home/End move the text cursor; only the list uses them for rows.
  if (!options.fromSearchBox) Object.assign(moves, { Home: 0, End: total - 1 });
  const target = moves[key];
  if (target !== undefined) {
    state.setActiveIndex(target);
    return true;
  }
  if (key === 'Enter') {
    const row = rowAt(state, state.activeIndex);
    if (row) panel.getState().open(row.id, row.matchedInteraction?.id);
    return row !== undefined;
  }
  return false;
}
