import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { ContactKind } from './contact-list-store.ts';

export type PanelMode = 'view' | 'new' | 'edit';

export interface ContactPanelState {
  /** The contact open on the right, or null. */
  selectedId: string | null;
  mode: PanelMode;
  /** The interaction to bring into view on the open contact's timeline (opened from a search hit in it). */
  focusInteractionId: string | null;
  open(id: string, focusInteractionId?: string | null): void;
  close(): void;
  startNew(): void;
  startEdit(): void;
  /** After a save: show the saved record. */
  showSaved(id: string): void;
  cancelEdit(): void;
}

const storageKey = (kind: ContactKind) => `carnet.selected.${kind}`;

function remember(kind: ContactKind, id: string | null): void {
  try {
    if (id) globalThis.localStorage?.setItem(storageKey(kind), id);
    else globalThis.localStorage?.removeItem(storageKey(kind));
  } catch {
    // Not remembering the selection is harmless.
  }
}

function recall(kind: ContactKind): string | null {
  try {
    return globalThis.localStorage?.getItem(storageKey(kind)) ?? null;
  } catch {
    return null;
  }
}

/** What the right-hand side of a split view shows: a record, its editor, or a new one. */
export function createContactPanelStore(kind: ContactKind): UseBoundStore<StoreApi<ContactPanelState>> {
  return create<ContactPanelState>((set, get) => ({
    selectedId: recall(kind),
    mode: 'view',
    focusInteractionId: null,
    open(id, focusInteractionId = null) {
      remember(kind, id);
      set({ selectedId: id, mode: 'view', focusInteractionId });
    },
    close() {
      remember(kind, null);
      set({ selectedId: null, mode: 'view' });
    },
    startNew() {
      set({ mode: 'new' });
    },
    startEdit() {
      if (get().selectedId) set({ mode: 'edit' });
    },
    showSaved(id) {
      remember(kind, id);
      set({ selectedId: id, mode: 'view' });
    },
    cancelEdit() {
      set({ mode: 'view' });
    },
  }));
}

export const contactPanelStores: Record<ContactKind, UseBoundStore<StoreApi<ContactPanelState>>> = {
  person: createContactPanelStore('person'),
  company: createContactPanelStore('company'),
};
