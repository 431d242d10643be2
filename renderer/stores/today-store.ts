import { create } from 'zustand';
import type { Today } from '../../shared/contract/today.ts';
import { localDateOf } from '../../shared/domain/local-date.ts';
import type { CarnetClient } from '../transport/client.ts';
import { errorMessage } from '../app/error-message.ts';

/** The user's today: the local date of this computer, which is what "due today" means to them. */
export function localToday(now: Date = new Date()): string {
  return localDateOf(now);
}

/** The system's time zone, so the core reads stored instants (last contacted) as local dates. */
export function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

interface TodayState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  today: Today | null;
  error: string | null;
  /** Asks the core for Today (also what the sidebar counts). */
  load(client: CarnetClient): Promise<void>;
}

let latestRequest = 0;

/**
 * What Today shows, loaded once for the screen and the sidebar's count, and again after any change
 * to tasks or contacts (use-change-events.ts). One small query; an older answer never overwrites a
 * newer one.
 */
export const useToday = create<TodayState>((set, get) => ({
  status: 'idle',
  today: null,
  error: null,
  async load(client) {
    const request = ++latestRequest;
    if (get().status !== 'ready') set({ status: 'loading', error: null });
    try {
      const timeZone = localTimeZone();
      const today = await client.call('today.get', { today: localToday(), ...(timeZone ? { timeZone } : {}) });
      if (request === latestRequest) set({ status: 'ready', today, error: null });
    } catch (error) {
      if (request === latestRequest) set({ status: 'failed', error: errorMessage(error) });
    }
  },
}));
