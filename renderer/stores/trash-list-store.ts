import { create } from 'zustand';
import type { MethodOutput } from '../../shared/contract/index.ts';
import type { TrashImport, TrashItem } from '../../shared/contract/trash.ts';
import type { CarnetClient } from '../transport/client.ts';
import { errorMessage } from '../app/error-message.ts';
import { pageFetcher, type PagedState } from './paged-cache.ts';

export interface TrashListState extends PagedState<TrashItem> {
  /** Only what undoing this import removed, when set. */
  batch: { id: string; fileName: string } | null;
  people: number | null;
  companies: number | null;
  /** Days a contact stays in the trash (from the core). */
  retentionDays: number;
  /** Undone imports with contacts in the trash; null until loaded. */
  imports: TrashImport[] | null;
  /** The rows ticked for Restore / Delete forever: id -> kind (to say "2 contacts and 1 company"). */
  selected: ReadonlyMap<string, TrashItem['kind']>;
  setBatch(batch: { id: string; fileName: string } | null): void;
  /** The trash changed (an event, a restore): refetch what is shown, keeping the old rows until then. */
  refresh(): void;
  ensureRange(client: CarnetClient, first: number, last: number): void;
  loadImports(client: CarnetClient): Promise<void>;
  toggle(item: Pick<TrashItem, 'id' | 'kind'>): void;
  /** Forgets ticks (all, or those of contacts that left the trash). */
  unselect(ids?: readonly string[]): void;
}

/** The Trash screen's list: paged like the contact list (an undone import can put 100k contacts here). */
export const useTrashList = create<TrashListState>((set, get) => {
  const fetchMissing = pageFetcher<TrashItem, MethodOutput<'trash.list'>, TrashListState>(get, set, (result) => ({
    people: result.people,
    companies: result.companies,
    retentionDays: result.retentionDays,
  }));
  return {
    generation: 0,
    total: null,
    pages: new Map(),
    error: null,
    activeIndex: 0,
    batch: null,
    people: null,
    companies: null,
    retentionDays: 30,
    imports: null,
    selected: new Map(),

    setBatch(batch) {
      if (batch?.id === get().batch?.id) return;
      set({ batch, generation: get().generation + 1, pages: new Map(), total: null, people: null, companies: null, error: null, activeIndex: 0 });
    },

    refresh() {
      set({ generation: get().generation + 1 });
    },

    ensureRange(client, first, last) {
      const batchId = get().batch?.id ?? null;
      fetchMissing(first, last, (offset, limit) => client.call('trash.list', { batchId, offset, limit }));
    },

    async loadImports(client) {
      try {
        const imports = await client.call('trash.imports', {});
        set({ imports });
        // The filtered import has nothing left in the trash: show the whole trash again.
        const batch = get().batch;
        if (batch && !imports.some((item) => item.id === batch.id)) get().setBatch(null);
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },

    toggle(item) {
      const selected = new Map(get().selected);
      if (selected.has(item.id)) selected.delete(item.id);
      else selected.set(item.id, item.kind);
      set({ selected });
    },

    unselect(ids) {
      if (!ids) return set({ selected: new Map() });
      const selected = new Map(get().selected);
      for (const id of ids) selected.delete(id);
      set({ selected });
    },
  };
});
