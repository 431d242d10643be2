import { useEffect } from 'react';
import type { CarnetClient } from '../transport/client.ts';
import { contactListStores } from '../stores/contact-list-store.ts';
import { useBirthdays } from '../stores/birthday-store.ts';
import { useTrashList } from '../stores/trash-list-store.ts';

/**
 * Any change to contacts (this window, another window, an import, the CLI through the same host)
 * refreshes both lists and the trash. Bursts (an import sends many) are merged into one refresh per frame.
 */
export function useChangeEvents(client: CarnetClient): void {
  useEffect(() => {
    let scheduled = false;
    const unsubscribe = client.onEvent((event) => {
      if (event.type !== 'contacts.changed') return;
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        contactListStores.person.getState().refresh();
        contactListStores.company.getState().refresh();
        useTrashList.getState().refresh();
        void useBirthdays.getState().refresh(client);
      }, 50);
    });
    return unsubscribe;
  }, [client]);
}
