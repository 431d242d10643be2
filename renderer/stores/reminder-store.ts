import { create } from 'zustand';

export interface ShownReminder {
  id: number;
  title: string;
  body: string;
}

interface ReminderState {
  /** Reminders shown in the window: where the browser may not show notifications. */
  banners: ShownReminder[];
  show(title: string, body: string): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** The in-app banner's queue (at most three). */
export const useReminderBanner = create<ReminderState>((set, get) => ({
  banners: [],
  show(title, body) {
    set({ banners: [...get().banners.slice(-2), { id: nextId++, title, body }] });
  },
  dismiss(id) {
    set({ banners: get().banners.filter((banner) => banner.id !== id) });
  },
}));
