import { useEffect } from 'react';
import type { CarnetClient } from '../transport/client.ts';
import { contactListStores } from '../stores/contact-list-store.ts';
import { useToday } from '../stores/today-store.ts';
import { useNavigation } from '../stores/navigation-store.ts';
import { useTrashList } from '../stores/trash-list-store.ts';

/**
 * Any change to contacts (this window, another window, an import, the CLI through the same host)
 * refreshes both lists, the trash and Today (and with it the sidebar's count); a change to tasks refreshes Today. Bursts (an import sends many) are merged into one refresh per frame.
 */
export function useChangeEvents(client: CarnetClient): void {
  useEffect(() => {
    let scheduled = false;
    const unsubscribe = client.onEvent((event) => {
      if (event.type === 'app.openToday') {
        useNavigation.getState().go('today');
        return;
      }
      if (event.type === 'tasks.changed') {
        void useToday.getState().load(client);
        return;
      }
      if (event.type !== 'contacts.changed') return;
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        contactListStores.person.getState().refresh();
        contactListStores.company.getState().refresh();
        useTrashList.getState().refresh();
        void useToday.getState().load(client);
      }, 50);
    });
    return unsubscribe;
  }, [client]);
}
