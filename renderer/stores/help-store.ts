import { create } from 'zustand';

interface HelpState {
  open: boolean;
  setOpen(open: boolean): void;
}

/** Whether the keyboard help overlay is showing. */
export const useHelp = create<HelpState>((set) => ({
  open: false,
  setOpen(open) {
    set({ open });
  },
}));
