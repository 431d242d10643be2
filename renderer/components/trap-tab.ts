import type { KeyboardEvent } from 'react';

/** Tab and Shift+Tab go round a dialog's controls rather than out of it (used by the app's form dialogs). */
export function trapTab(event: KeyboardEvent, dialog: HTMLElement | null): void {
  const focusable = [...(dialog?.querySelectorAll<HTMLElement>('input, select, textarea, button:not([disabled])') ?? [])];
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  } else if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  }
}
