import { contactPanelStores } from '../../stores/contact-panel-store.ts';
import { useNavigation } from '../../stores/navigation-store.ts';

/** Opens a person (or company card) in Contacts: what Enter or a click on a Today row does. */
export function openContact(id: string): void {
  contactPanelStores.person.getState().open(id);
  useNavigation.getState().go('contacts');
}
