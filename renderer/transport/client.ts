import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index.ts';
import type { CarnetEvent } from '../../shared/contract/events.ts';
import type { Transport } from './transport.ts';

/** The typed face of a transport: `client.call('contacts.list', { search: 'fra' })`. */
export interface CarnetClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  onEvent(listener: (event: CarnetEvent) => void): () => void;
}

export function createClient(transport: Transport): CarnetClient {
  return {
    call: (method, input) => transport.invoke(method, input) as Promise<never>,
    onEvent: (listener) => transport.onEvent(listener),
  };
}
