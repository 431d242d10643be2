import { useEffect, useState } from 'react';
import { useClient } from '../../app/client-context.ts';
import { contactListStores, type BatchFilter } from '../../stores/contact-list-store.ts';
import { contactPanelStores } from '../../stores/contact-panel-store.ts';
import { useNavigation } from '../../stores/navigation-store.ts';
import { importStrings as s } from './strings.ts';

/**
 * Opens Contacts filtered to what one import created or updated ("Show these 2 contacts and
 * 1 company"). With `counted`, asks the list how many there are to say so on the button.
 */
export function ShowBatchButton({ batch, counted = false, className = 'button' }: { batch: BatchFilter; counted?: boolean; className?: string }) {
  const client = useClient();
  const [counts, setCounts] = useState<{ people: number; companies: number } | null>(null);

  useEffect(() => {
    if (!counted) return;
    let current = true;
    client
      .call('contacts.list', { batchId: batch.id, limit: 1 })
      .then((result) => current && setCounts({ people: result.people ?? 0, companies: result.companies ?? 0 }))
      .catch(() => undefined); // the button still works; it just says "these contacts"
    return () => {
      current = false;
    };
  }, [client, batch.id, counted]);

  function show() {
    const list = contactListStores.person.getState();
    // A search left in the box would hide some of them.
    list.setSearchText('');
    list.applyQuery('');
    list.setBatch(batch);
    // The contact open before may not be one of them: start from the list.
    contactPanelStores.person.getState().close();
    useNavigation.getState().go('contacts');
  }

  const label = !counted ? s.showContactsShort : counts ? s.showContacts(counts.people, counts.companies) : s.showContactsLoading;
  return (
    <button type="button" className={className} onClick={show} {...(!counted ? { 'aria-label': s.showContactsOf(batch.fileName) } : {})}>
      {label}
    </button>
  );
}
