import { commonStrings } from '../app/common-strings.ts';
import { createClient, type CarnetClient } from './client.ts';
import { createHttpTransport, takeSessionToken } from './http-transport.ts';
import { createIpcTransport } from './ipc-transport.ts';

/** Picks the transport this page was loaded with: the Electron bridge if present, else the web host. */
export function connect(): CarnetClient | { error: string } {
  if (window.carnet) return createClient(createIpcTransport(window.carnet));
  const token = takeSessionToken(window.location, window.sessionStorage, window.history);
  if (!token) return { error: commonStrings.connection.needsToken };
  return createClient(createHttpTransport(window.location.origin, token));
}
