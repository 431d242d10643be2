import { useCallback, useEffect, useState } from 'react';
import type { Purchase, PurchaseStats } from '../../../shared/contract/purchases.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';

export type CustomerValue =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; stats: PurchaseStats; purchases: Purchase[]; next: string | null };

/**
 * A contact's figures and purchases (first page), loaded again whenever the core says this contact
 * changed (a purchase saved here, in another window, by an import, or its Undo).
 */
export function useCustomerValue(contactId: string): { value: CustomerValue; loadMore(): void } {
  const client = useClient();
  const [value, setValue] = useState<CustomerValue>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    Promise.all([client.call('purchases.stats', { contactId }), client.call('purchases.list', { contactId, cursor: null, limit: 50 })])
      .then(([stats, page]) => current && setValue({ state: 'ready', stats, purchases: page.purchases, next: page.next }))
      .catch((error: unknown) => current && setValue({ state: 'failed', message: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [client, contactId, generation]);

  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type === 'contacts.changed' && (event.ids.length === 0 || event.ids.includes(contactId))) setGeneration((n) => n + 1);
      }),
    [client, contactId],
  );

  const loadMore = useCallback(() => {
    if (value.state !== 'ready' || !value.next) return;
    const shown = value;
    client
      .call('purchases.list', { contactId, cursor: shown.next, limit: 50 })
      .then((page) => setValue({ ...shown, purchases: [...shown.purchases, ...page.purchases], next: page.next }))
      .catch((error: unknown) => setValue({ state: 'failed', message: errorMessage(error) }));
  }, [client, contactId, value]);

  return { value, loadMore };
}
