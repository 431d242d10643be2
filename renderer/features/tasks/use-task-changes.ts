import { useEffect } from 'react';
import type { CarnetClient } from '../../transport/client.ts';

/** Calls `reload` when tasks or contacts change (this window, another one, the CLI through the same host). */
export function useTaskChanges(client: CarnetClient, reload: () => void): void {
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type === 'tasks.changed' || event.type === 'contacts.changed') reload();
      }),
    [client, reload],
  );
}
