import { create } from 'zustand';
import type { CarnetClient } from '../transport/client.ts';
import type { BirthdayEntry } from '../features/today/upcoming-birthdays.ts';
import { errorMessage } from '../app/error-message.ts';

/**
 * The contract has no birthday query yet, so birthdays are collected by reading contacts one by
 * one. That is fine for a personal address book; past this many people the scan stops and says so.
 */
export const BIRTHDAY_SCAN_LIMIT = 2000;
const LIST_PAGE = 500;
const PARALLEL_READS = 6;
/** A change naming more contacts than this (an import) makes the next visit rescan instead. */
const MAX_TARGETED_UPDATE = 50;

interface BirthdayState {
  status: 'idle' | 'scanning' | 'ready' | 'failed';
  entries: Map<string, BirthdayEntry>;
  /** People read so far, and how many there are. */
  scanned: number;
  total: number;
  error: string | null;
  /** Starts the scan once; later calls do nothing while the result is fresh. */
  load(client: CarnetClient): Promise<void>;
  /** Re-reads the named contacts after a change (or forgets everything after a large one). */
  update(client: CarnetClient, ids: readonly string[]): Promise<void>;
}

/** Birthdays of the people in the address book, for the Today screen. */
export const useBirthdays = create<BirthdayState>((set, get) => ({
  status: 'idle',
  entries: new Map(),
  scanned: 0,
  total: 0,
  error: null,

  async load(client) {
    if (get().status === 'scanning' || get().status === 'ready') return;
    set({ status: 'scanning', scanned: 0, error: null });
    try {
      const ids: string[] = [];
      let total = Infinity;
      while (ids.length < Math.min(total, BIRTHDAY_SCAN_LIMIT)) {
        const page = await client.call('contacts.list', { kind: 'person', offset: ids.length, limit: LIST_PAGE });
        total = page.total;
        if (page.items.length === 0) break;
        ids.push(...page.items.map((item) => item.id));
      }
      set({ total: Number.isFinite(total) ? total : 0 });
      const entries = new Map<string, BirthdayEntry>();
      const queue = ids.slice(0, BIRTHDAY_SCAN_LIMIT);
      const worker = async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          const contact = await client.call('contacts.get', { id }).catch(() => null);
          if (contact?.birthday) entries.set(id, { id, name: contact.displayName, birthday: contact.birthday });
          set({ scanned: get().scanned + 1 });
        }
      };
      await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
      set({ status: 'ready', entries });
    } catch (error) {
      set({ status: 'failed', error: errorMessage(error) });
    }
  },

  async update(client, ids) {
    if (get().status !== 'ready') return;
    if (ids.length > MAX_TARGETED_UPDATE) {
      set({ status: 'idle' });
      return;
    }
    const entries = new Map(get().entries);
    for (const id of ids) {
      const contact = await client.call('contacts.get', { id }).catch(() => null);
      if (contact?.birthday && contact.kind === 'person') entries.set(id, { id, name: contact.displayName, birthday: contact.birthday });
      else entries.delete(id);
    }
    set({ entries });
  },
}));
