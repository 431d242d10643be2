/** The user's locale for dates and numbers: the browser/OS setting, never a hard-coded one. */
export function userLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.languages?.[0]) || (typeof navigator !== 'undefined' && navigator.language) || 'en';
}

/** True on macOS, where shortcuts use Cmd instead of Ctrl. */
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** "Ctrl+S" or "⌘S", for tooltips and the help overlay. */
export function modKey(key: string): string {
  return isMac() ? `⌘${key}` : `Ctrl+${key}`;
}
