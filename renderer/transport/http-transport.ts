import { commonStrings } from '../app/common-strings.ts';
import { carnetEventSchema, type CarnetEvent } from '../../shared/contract/events.ts';
import { CarnetError, isCarnetErrorPayload } from '../../shared/errors.ts';
import type { Transport } from './transport.ts';

const TOKEN_KEY = 'carnet.token';

/**
 * The session token arrives in the URL fragment (`/#token=...`, never sent to any server), is kept
 * in sessionStorage so a reload still works, and is then removed from the address bar.
 */
export function takeSessionToken(location: Location, storage: Storage, history: History): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    storage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return storage.getItem(TOKEN_KEY);
}

/** Talks to the web host: `POST /rpc` for calls, server-sent events on `/events` for pushes. */
export function createHttpTransport(baseUrl: string, token: string): Transport {
  const listeners = new Set<(event: CarnetEvent) => void>();
  let source: EventSource | null = null;

  function ensureEventSource(): void {
    if (source) return;
    source = new EventSource(`${baseUrl}/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data as string);
      } catch {
        return;
      }
      const parsed = carnetEventSchema.safeParse(data);
      if (!parsed.success) return;
      for (const listener of listeners) listener(parsed.data);
    };
  }

  return {
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/rpc`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-carnet-token': token },
          body: JSON.stringify({ method, input }),
        });
      } catch {
        throw new CarnetError('io', commonStrings.connection.stopped);
      }
      const body: unknown = await response.json().catch(() => null);
      if (response.ok && typeof body === 'object' && body !== null && 'result' in body) return (body as { result: unknown }).result;
      const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
      if (isCarnetErrorPayload(error)) throw CarnetError.fromPayload(error);
      throw new CarnetError('internal', commonStrings.connection.unexpectedHttp(response.status));
    },
    onEvent(listener) {
      listeners.add(listener);
      ensureEventSource();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}
