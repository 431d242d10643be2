import { create } from 'zustand';

export interface ToastAction {
  label: string;
  run(): void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  /** "error" toasts are announced assertively; the rest politely. */
  tone: 'info' | 'error';
  action?: ToastAction;
}

interface ToastState {
  toasts: Toast[];
  show(message: string, options?: { action?: ToastAction; tone?: Toast['tone']; durationMs?: number }): number;
  dismiss(id: number): void;
}

/** How long a quiet confirmation stays; toasts with an action (Undo) stay longer. */
export const TOAST_MS = 3000;
export const UNDO_TOAST_MS = 8000;

let nextId = 1;

/** Short messages at the bottom of the window: "Saved", "Deleted … Undo". One job: that queue. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show(message, options = {}) {
    const id = nextId++;
    const toast: Toast = { id, message, tone: options.tone ?? 'info', ...(options.action ? { action: options.action } : {}) };
    // Keep at most three on screen: the oldest goes first.
    set({ toasts: [...get().toasts.slice(-2), toast] });
    const duration = options.durationMs ?? (options.action ? UNDO_TOAST_MS : TOAST_MS);
    setTimeout(() => get().dismiss(id), duration);
    return id;
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
  },
}));
