import { useEffect, useState } from 'react';
import type { Contact } from '../../../shared/contract/contacts.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useClient } from '../../app/client-context.ts';

export type ContactLoad =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; contact: Contact };

/** Loads one contact and reloads it whenever a `contacts.changed` event names it. */
export function useContact(id: string | null): ContactLoad {
  const client = useClient();
  const [load, setLoad] = useState<ContactLoad>({ state: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!id) return;
    return client.onEvent((event) => {
      // An empty id list means "anything may have changed" (a restore, a large import).
      if (event.type === 'contacts.changed' && (event.ids.length === 0 || event.ids.includes(id))) setVersion((v) => v + 1);
    });
  }, [client, id]);

  useEffect(() => {
    if (!id) return;
    let current = true;
    // Keep showing the previous version of the same contact while it reloads: no flicker.
    setLoad((previous) => (previous.state === 'ready' && previous.contact.id === id ? previous : { state: 'loading' }));
    client
      .call('contacts.get', { id })
      .then((contact) => current && setLoad({ state: 'ready', contact }))
      .catch((error: unknown) => {
        if (!current) return;
        if (error instanceof CarnetError && error.code === 'not_found') setLoad({ state: 'missing' });
        else setLoad({ state: 'failed', message: errorMessage(error) });
      });
    return () => {
      current = false;
    };
  }, [client, id, version]);

  return load;
}
