import { commonStrings } from '../app/common-strings.ts';
import { carnetEventSchema } from '../../shared/contract/events.ts';
import { CarnetError, isCarnetErrorPayload } from '../../shared/errors.ts';
import type { CarnetBridge, Transport } from './transport.ts';

/**
 * Wraps the preload bridge. The main process answers `{ ok, result | error }` rather than throwing,
 * because Electron flattens thrown errors into a string and the code would be lost.
 */
export function createIpcTransport(bridge: CarnetBridge): Transport {
  return {
    async invoke(method, input) {
      const reply = (await bridge.invoke(method, input)) as { ok: boolean; result?: unknown; error?: unknown };
      if (reply?.ok) return reply.result;
      if (isCarnetErrorPayload(reply?.error)) throw CarnetError.fromPayload(reply.error);
      throw new CarnetError('internal', commonStrings.connection.unexpectedIpc);
    },
    onEvent(listener) {
      return bridge.onEvent((event) => {
        const parsed = carnetEventSchema.safeParse(event);
        if (parsed.success) listener(parsed.data);
      });
    },
  };
}
