import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { PLACES } from '../stores/navigation-store.ts';
import { modKey } from './locale.ts';
import { appStrings } from './strings.ts';

/** Every keyboard shortcut, for the help overlay, the settings page and tooltips, in the current language. */
export function shortcutList(): { keys: string[]; action: string }[] {
  const does = appStrings.shortcuts;
  const key = appStrings.keys;
  return [
    { keys: [modKey('F'), '/'], action: does.search },
    { keys: [modKey('N'), 'N'], action: does.newContact },
    { keys: ['↑', '↓'], action: does.move },
    { keys: [key.home, key.end], action: does.firstLast },
    { keys: [key.enter], action: does.open },
    { keys: ['E'], action: does.edit },
    { keys: [modKey('S')], action: does.save },
    { keys: [key.esc], action: does.escape },
    { keys: [key.delete], action: does.delete },
    { keys: [modKey('Z')], action: does.undo },
    { keys: ['Alt+1 … Alt+6'], action: does.places(PLACES.map((place) => appStrings.places[place]).join(', ')) },
    { keys: ['?', 'F1'], action: does.help },
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
