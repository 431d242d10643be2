import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Notification, protocol, session, shell, webContents } from 'electron';
import { createCore, type Core } from '../core/core.ts';
import { defaultDataDir } from '../core/data-dir.ts';
import { resolveAppRequest } from './app-protocol.ts';
import { createInvokeHandler, EVENT_CHANNEL, forwardEvents, INVOKE_CHANNEL } from './ipc.ts';
import { startReminderClock } from './reminder-clock.ts';
import { APP_ORIGIN, APP_SCHEME, isAllowedNavigation, isPermissionAllowed, isSafeExternalUrl, secureWebPreferences } from './security-policy.ts';

// Bundled to dist/electron/main.mjs; the renderer is built into dist/renderer beside it.
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');

// Must run before `ready`: app:// behaves like a real origin (fetch, CSP, localStorage) without file://.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// One Carnet per data folder: SQLite has one writer, and two windows on one file confuse users.
const isFirstInstance = app.requestSingleInstanceLock();

let core: Core | null = null;
let reminders: { stop(): void } | null = null;

async function start(): Promise<void> {
  await app.whenReady();
  core = await createCore({ dataDir: defaultDataDir(process.argv), locale: app.getLocale() });

  protocol.handle(APP_SCHEME, (request) => {
    const answer = resolveAppRequest(rendererDir, request.method, request.url);
    return new Response(typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body), { status: answer.status, headers: answer.headers });
  });

  // No permission requests (camera, notifications...) and no remote content at all.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://') || details.url.startsWith('data:') || details.url.startsWith('blob:');
    callback({ cancel: !allowed });
  });

  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(core));
  forwardEvents(core, () => webContents.getAllWebContents());
  createWindow();
  reminders = startReminderClock({ core, systemLocale: app.getLocale(), stateFile: path.join(app.getPath('userData'), 'reminders.json'), show: showReminder });
}

/** One OS notification; a click brings the window forward on Today. */
function showReminder(title: string, body: string): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title, body });
  notification.on('click', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (!window) {
      createWindow();
      return; // a new window opens on Today: the first start of a day does, or the user left it there
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
    window.webContents.send(EVENT_CHANNEL, { type: 'app.openToday' });
  });
  notification.show();
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title: 'Carnet',
    show: false,
    backgroundColor: '#f7f7f5',
    // The isolation flags are repeated literally (they equal secureWebPreferences') so static
    // checkers such as electronegativity can see them at the BrowserWindow call.
    webPreferences: { ...secureWebPreferences(preloadPath), sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    // A contact's email, phone or website link: open it in the user's own apps, never in Carnet.
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // New windows are never created; safe links open in the user's own apps.
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0 && core) createWindow();
});

let closing = false;
app.on('will-quit', (event) => {
  if (!core || closing) return;
  // Let the core finish (last automatic backup, WAL checkpoint) before the process ends.
  event.preventDefault();
  closing = true;
  reminders?.stop();
  void core.close().finally(() => app.quit());
});

if (!isFirstInstance) {
  // The running Carnet gets 'second-instance' and comes to the front; this one never opens the database.
  app.quit();
} else {
  start().catch((error: unknown) => {
    console.error(`Carnet could not start: ${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
  });
}
