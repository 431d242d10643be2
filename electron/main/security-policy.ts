/**
 * Electron's security checklist as pure functions, so plain-Node tests cover them (the Electron
 * binary cannot run on the build machines). main.ts only wires these into Electron's hooks.
 */

/** The app's own origin: pages are served from the app:// protocol, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'carnet';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** webPreferences for every window: sandboxed, isolated, no Node, no remote content. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    // Middle-click would otherwise open links in new windows, bypassing the window-open handler.
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    safeDialogs: true,
  } as const;
}

/** True only for URLs of the app itself (app://carnet/...). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Navigation inside the window is only ever allowed to the app's own pages. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Links a user clicks (a contact's website, email or phone) open in the OS, never in the app, and
 * only after parsing: http(s) with a host and no credentials, mailto and tel. Everything else
 * (file:, javascript:, smb:, custom handlers that could run programs) is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  }
  // mailto:/tel: need something after the colon and nothing that smuggles another scheme.
  return parsed.pathname.trim() !== '' && !/[\s<>]/.test(parsed.pathname);
}

/** IPC messages are accepted only from the app's own top-level frame. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}

/** Carnet asks for no browser permission at all (camera, notifications, geolocation...). */
export function isPermissionAllowed(_permission: string): boolean {
  return false;
}
