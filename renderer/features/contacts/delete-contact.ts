import type { Contact } from '../../../shared/contract/contacts.ts';
import type { CarnetClient } from '../../transport/client.ts';
import type { ContactPanelState } from '../../stores/contact-panel-store.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { errorMessage } from '../../app/error-message.ts';
import { contactStrings as s } from './strings.ts';
import { focusListSoon } from './focus-list.ts';

/** Moves a contact to the trash and offers Undo (a restore) in a toast for a few seconds. */
export async function deleteWithUndo(client: CarnetClient, contact: Pick<Contact, 'id' | 'displayName'>, panel: ContactPanelState): Promise<void> {
  const toasts = useToasts.getState();
  try {
    await client.call('contacts.delete', { id: contact.id });
  } catch (error) {
    toasts.show(errorMessage(error), { tone: 'error' });
    return;
  }
  panel.close();
  // The Delete button is gone with the detail view: give the keyboard back to the list.
  focusListSoon(null);
  toasts.show(s.deleted(contact.displayName), {
    action: {
      label: s.undo,
      run: async () => {
        try {
          await client.call('contacts.restore', { id: contact.id });
          panel.open(contact.id);
          toasts.show(s.restored(contact.displayName));
        } catch (error) {
          toasts.show(errorMessage(error), { tone: 'error' });
        }
      },
    },
  });
}
