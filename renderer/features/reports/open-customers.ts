import { contactListStores } from '../../stores/contact-list-store.ts';
import { contactPanelStores } from '../../stores/contact-panel-store.ts';
import { useNavigation } from '../../stores/navigation-store.ts';

/** Opens Contacts showing only the customers behind a report's bar or row. */
export function openCustomers(label: string, ids: readonly string[]): void {
  const list = contactListStores.person.getState();
  // A search or an import filter left on would hide some of them.
  list.setSearchText('');
  list.applyQuery('');
  list.setBatch(null);
  list.setSubset({ label, ids: [...ids], segment: null });
  // One customer opens on their page; several open as a list to pick from.
  if (ids.length === 1) contactPanelStores.person.getState().open(ids[0]!);
  else contactPanelStores.person.getState().close();
  useNavigation.getState().go('contacts');
}
