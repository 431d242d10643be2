import { currentLocale } from '../i18n/locale-store.ts';

/**
 * The locale for dates, numbers and lists: the interface language with the system's region (see
 * `formattingLocale`), never a hard-coded one.
 */
export function userLocale(): string {
  return currentLocale();
}

/** True on macOS, where shortcuts use Cmd instead of Ctrl. */
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** "Ctrl+S" or "⌘S", for tooltips and the help overlay. */
export function modKey(key: string): string {
  return isMac() ? `⌘${key}` : `Ctrl+${key}`;
}
