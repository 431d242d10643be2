import { create } from 'zustand';
import type { CarnetClient } from '../transport/client.ts';
import type { BirthdayEntry } from '../features/today/upcoming-birthdays.ts';
import { errorMessage } from '../app/error-message.ts';

/** How far ahead Today looks for birthdays. */
export const BIRTHDAY_DAYS_AHEAD = 14;

interface BirthdayState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  entries: BirthdayEntry[];
  error: string | null;
  /** Asks the core for the birthdays from `today` (the user's local date) on. */
  load(client: CarnetClient, today?: Date): Promise<void>;
  /** After a change to contacts: ask again if the list was shown (one small query). */
  refresh(client: CarnetClient): Promise<void>;
}

/** "MM-DD" of a local date: the user's today, not UTC's. */
export function monthDayOf(date: Date): string {
  return `${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

let latestRequest = 0;

/** Birthdays coming up, for the Today screen. */
export const useBirthdays = create<BirthdayState>((set, get) => ({
  status: 'idle',
  entries: [],
  error: null,

  async load(client, today = new Date()) {
    const request = ++latestRequest;
    set({ status: get().status === 'ready' ? 'ready' : 'loading', error: null });
    try {
      const found = await client.call('contacts.birthdays', { from: monthDayOf(today), days: BIRTHDAY_DAYS_AHEAD });
      // An older answer arriving after a newer one must not overwrite it.
      if (request !== latestRequest) return;
      set({ status: 'ready', entries: found.map((b) => ({ id: b.id, name: b.displayName, birthday: b.birthday })) });
    } catch (error) {
      if (request === latestRequest) set({ status: 'failed', error: errorMessage(error) });
    }
  },

  async refresh(client) {
    if (get().status === 'idle') return;
    await get().load(client);
  },
}));
