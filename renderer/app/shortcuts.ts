import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { commonStrings } from './common-strings.ts';
import { modKey, userLocale } from './locale.ts';
import { appStrings } from './strings.ts';

/** Every keyboard shortcut in the interface language, for the help overlay, the settings page and tooltips. */
export function shortcutList(): { keys: string[]; action: string }[] {
  const a = commonStrings.shortcuts;
  const k = commonStrings.keys;
  const places = new Intl.ListFormat(userLocale(), { type: 'disjunction' }).format(Object.values(appStrings.places));
  return [
    { keys: [modKey('F'), '/'], action: a.search },
    { keys: [modKey('N'), 'N'], action: a.newContact },
    { keys: ['↑', '↓'], action: a.moveInList },
    { keys: [k.home, k.end], action: a.firstOrLast },
    { keys: [k.enter], action: a.open },
    { keys: ['E'], action: a.edit },
    { keys: ['L'], action: a.logInteraction },
    { keys: ['P'], action: a.recordPurchase },
    { keys: [modKey('S')], action: a.save },
    { keys: [k.escape], action: a.escape },
    { keys: [k.delete], action: a.delete },
    { keys: [modKey('Z')], action: a.undo },
    { keys: [k.space, 'X'], action: a.checkTask },
    { keys: ['S'], action: a.snoozeTask },
    { keys: ['Alt+1 … Alt+8'], action: a.places(places) },
    { keys: ['?', 'F1'], action: a.help },
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
