import type { KeyboardEvent } from 'react';

/**
 * The keys of the app's form dialogs (log an interaction, record a purchase): Escape closes,
 * Enter in a one-line field (or Ctrl/Cmd+Enter anywhere) saves, Tab stays inside, and no key
 * reaches the page's single-letter shortcuts behind the dialog.
 */
export function onFormDialogKey(event: KeyboardEvent<HTMLElement>, dialog: HTMLElement | null, actions: { save(): void; close(): void }): void {
  const target = event.target as HTMLElement;
  if (event.key === 'Escape') {
    event.preventDefault();
    actions.close();
  } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey || (target.tagName === 'INPUT' && !event.shiftKey && !event.altKey))) {
    event.preventDefault();
    actions.save();
  } else if (event.key === 'Tab') {
    trapTab(event, dialog);
  }
  // Letters typed here are the form's, not the contact view's shortcuts.
  event.stopPropagation();
}

/** Tab and Shift+Tab go round a dialog's controls rather than out of it. */
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
