import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { modKey } from './locale.ts';

/** Every keyboard shortcut, for the help overlay, the settings page and tooltips. */
export function shortcutList(): { keys: string[]; action: string }[] {
  return [
    { keys: [modKey('F'), '/'], action: 'Search' },
    { keys: [modKey('N'), 'N'], action: 'New contact' },
    { keys: ['↑', '↓'], action: 'Move through the list' },
    { keys: ['Home', 'End'], action: 'First or last contact' },
    { keys: ['Enter'], action: 'Open the contact' },
    { keys: ['E'], action: 'Edit the open contact' },
    { keys: [modKey('S')], action: 'Save' },
    { keys: ['Esc'], action: 'Cancel editing, close the contact, clear the search' },
    { keys: ['Delete'], action: 'Delete the open contact (with Undo)' },
    { keys: [modKey('Z')], action: 'Undo the delete, while its message shows' },
    { keys: ['Alt+1 … Alt+7'], action: 'Go to Today, Contacts, Companies, Import, Backup, Settings, Trash' },
    { keys: ['?', 'F1'], action: 'Show this help' },
  ];
}

/**
 * The letter a shortcut means, from the physical key (`KeyboardEvent.code`: "KeyN" -> "n"), so
 * N, E and Ctrl+S work on a Russian ЙЦУКЕН or any other layout where that key types another
 * letter. Keys outside the letter block fall back to what they type.
 */
export function shortcutLetter(event: Pick<KeyboardEvent, 'code' | 'key'>): string {
  const match = /^Key([A-Z])$/.exec(event.code ?? '');
  return match ? match[1]!.toLowerCase() : (event.key ?? '').toLowerCase();
}

/** Ctrl on Windows/Linux, Cmd on macOS, without Alt (AltGr types characters on many layouts). */
export function hasModifier(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey;
}

/** Single-letter shortcuts must not fire while the user types in a field. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type);
}
