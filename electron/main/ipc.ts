import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { Core } from '../core/core.ts';
import { toCarnetError } from '../core/core.ts';
import { isTrustedSender } from './security-policy.ts';

export const INVOKE_CHANNEL = 'carnet:invoke';
export const EVENT_CHANNEL = 'carnet:event';

/**
 * The one IPC channel: checks the sender frame, relays to `core.dispatch` (which validates the input
 * against the contract), and answers `{ ok, result | error }` so error codes survive the trip.
 */
export function createInvokeHandler(core: Core) {
  return async (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'invalid_input', message: 'Refused: the request did not come from Carnet’s own window' } };
    }
    try {
      return { ok: true, result: await core.dispatch(typeof method === 'string' ? method : '', input) };
    } catch (error) {
      return { ok: false, error: toCarnetError(error).toPayload() };
    }
  };
}

/** Forwards core events to every live window. */
export function forwardEvents(core: Core, windows: () => WebContents[]): () => void {
  return core.onEvent((event) => {
    for (const contents of windows()) if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
}
