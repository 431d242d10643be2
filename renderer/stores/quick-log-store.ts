import { create } from 'zustand';
import type { InteractionType } from '../../shared/domain/interaction-types.ts';

/** What the quick-log form is asked to open with: who, and the type to prefill. */
export interface QuickLogRequest {
  contactId: string;
  type: InteractionType;
}

interface QuickLogState {
  request: QuickLogRequest | null;
  /** Opens the quick-log form on a contact (L on the contact view, "Log call" on Today). */
  open(request: QuickLogRequest): void;
  close(): void;
}

/**
 * The one quick-log form of the app, asked for from anywhere: the contact view's L shortcut and
 * Today's "Log call" both go through here, so the form lives in one place.
 */
export const useQuickLog = create<QuickLogState>((set) => ({
  request: null,
  open(request) {
    set({ request });
  },
  close() {
    set({ request: null });
  },
}));
