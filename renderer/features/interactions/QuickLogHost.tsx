import { useEffect, useState } from 'react';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useQuickLog, type QuickLogRequest } from '../../stores/quick-log-store.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { InteractionForm } from './InteractionForm.tsx';
import type { PickedPerson } from './PeoplePicker.tsx';

/**
 * The quick-log form wherever the user is: mounted once in the app, it opens when anything asks
 * `useQuickLog` (L on a contact, "Log call" on Today) with the contact's name looked up first.
 */
export function QuickLogHost() {
  const client = useClient();
  const request = useQuickLog((state) => state.request);
  const [ready, setReady] = useState<{ request: QuickLogRequest; person: PickedPerson } | null>(null);

  useEffect(() => {
    if (!request) {
      setReady(null);
      return;
    }
    let current = true;
    client
      .call('contacts.get', { id: request.contactId })
      .then((contact) => current && setReady({ request, person: { id: contact.id, displayName: contact.displayName } }))
      .catch((error: unknown) => {
        if (!current) return;
        useToasts.getState().show(errorMessage(error), { tone: 'error' });
        useQuickLog.getState().close();
      });
    return () => {
      current = false;
    };
  }, [client, request]);

  if (!request || !ready || ready.request !== request) return null;
  return <InteractionForm key={`${request.contactId}-${request.type}`} mode={{ kind: 'new', person: ready.person, type: request.type }} onClose={() => useQuickLog.getState().close()} />;
}
