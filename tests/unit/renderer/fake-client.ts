import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index.ts';
import type { CarnetEvent } from '../../../shared/contract/events.ts';
import type { Contact, ContactSummary } from '../../../shared/contract/contacts.ts';
import type { CarnetClient } from '../../../renderer/transport/client.ts';

type Handlers = { [M in MethodName]?: (input: MethodInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

export interface FakeClient extends CarnetClient {
  calls: { method: MethodName; input: unknown }[];
  callsTo(method: MethodName): unknown[];
  emit(event: CarnetEvent): void;
}

/** A client whose methods answer from the given handlers; an unhandled method fails the test loudly. */
export function fakeClient(handlers: Handlers): FakeClient {
  const listeners = new Set<(event: CarnetEvent) => void>();
  const calls: { method: MethodName; input: unknown }[] = [];
  return {
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method).map((call) => call.input),
    async call(method, input) {
      calls.push({ method, input });
      const handler = handlers[method] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`fake client: no handler for ${method}`);
      return (await handler(input)) as never;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event) {
      for (const listener of listeners) listener(event);
    },
  };
}

export function summary(index: number, overrides: Partial<ContactSummary> = {}): ContactSummary {
  return { id: `id-${index}`, kind: 'person', displayName: `Person ${index}`, company: '', title: '', primaryEmail: null, primaryPhone: null, tags: [], hasPhoto: false, lastContactedAt: null, matchedInteraction: null, ...overrides };
}

export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'id-1', kind: 'person', firstName: 'François', lastName: 'Lefèvre', displayName: 'François Lefèvre', company: 'Atelier', companyId: null, title: '',
    emails: [], phones: [], addresses: [], websites: [], birthday: null, tags: [], notes: '', customFields: [], source: 'manual',
    createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z', lastContactedAt: null,
    ...overrides,
  };
}

/** A promise the test resolves when it chooses, to play answers out of order. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
