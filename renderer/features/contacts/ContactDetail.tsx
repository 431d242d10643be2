import { useEffect, useLayoutEffect } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { Contact } from '../../../shared/contract/contacts.ts';
import type { ContactPanelState } from '../../stores/contact-panel-store.ts';
import { useClient } from '../../app/client-context.ts';
import { isTyping, shortcutLetter } from '../../app/shortcuts.ts';
import { Avatar } from '../../components/Avatar.tsx';
import { Icon } from '../../components/Icon.tsx';
import { useContact } from './use-contact.ts';
import { deleteWithUndo } from './delete-contact.ts';
import { ContactFacts } from './ContactFacts.tsx';
import { CompanyPeople } from './CompanyPeople.tsx';
import { ContactPhoto } from '../import/cards/ContactPhoto.tsx';
import { ExportVCardButton } from '../import/cards/ExportVCardButton.tsx';
import { ContactTasks } from '../tasks/ContactTasks.tsx';
import { commonStrings } from '../../app/common-strings.ts';
import { contactStrings as s } from './strings.ts';
import { RfmBadge } from '../reports/RfmBadge.tsx';
import '../reports/reports.css';
import { Timeline } from '../interactions/Timeline.tsx';
import { CustomerValuePanel } from '../purchases/CustomerValuePanel.tsx';

interface ContactDetailProps {
  id: string;
  panel: UseBoundStore<StoreApi<ContactPanelState>>;
}

/** The open record: only the fields that hold something, with Edit and Delete. */
export function ContactDetail({ id, panel }: ContactDetailProps) {
  const client = useClient();
  const load = useContact(id);
  const contact = load.state === 'ready' ? load.contact : null;

  // A layout effect: the keys must work from the first paint that shows the contact (a passive
  // effect runs after it, and a key pressed in between was lost on a busy machine).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        panel.getState().close();
      } else if (!isTyping(event.target) && contact && shortcutLetter(event) === 'e') {
        event.preventDefault();
        panel.getState().startEdit();
      } else if (!isTyping(event.target) && contact && event.key === 'Delete') {
        event.preventDefault();
        void deleteWithUndo(client, contact, panel.getState());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [client, contact, panel]);

  // Deleted elsewhere, or remembered from another data folder: nothing to show, close quietly.
  useEffect(() => {
    if (load.state === 'missing') panel.getState().close();
  }, [load.state, panel]);

  if (load.state === 'loading' || load.state === 'missing') return <p className="pane-message">{s.loading}</p>;
  if (load.state === 'failed') {
    return (
      <div className="pane-message" role="alert">
        <p>{load.message}</p>
        <button type="button" className="button" onClick={() => panel.getState().close()}>
          {s.close}
        </button>
      </div>
    );
  }
  return <DetailView contact={load.contact} panel={panel} onDelete={() => void deleteWithUndo(client, load.contact, panel.getState())} />;
}

function DetailView({ contact, panel, onDelete }: { contact: Contact; panel: UseBoundStore<StoreApi<ContactPanelState>>; onDelete(): void }) {
  const focusInteractionId = panel((state) => state.focusInteractionId);
  const subtitle = contact.kind === 'person' ? [contact.title, contact.company].filter(Boolean).join(' · ') : '';
  return (
    <article className="detail" aria-labelledby="detail-name">
      <header className="detail-header">
        <ContactPhoto id={contact.id} size="large" fallback={<Avatar name={contact.displayName} size="large" kind={contact.kind} />} />
        <div className="detail-heading">
          <h2 id="detail-name">{contact.displayName}</h2>
          {subtitle && <p className="detail-subtitle">{subtitle}</p>}
          <RfmBadge contactId={contact.id} />
        </div>
        <div className="detail-actions">
          <button type="button" className="button" title={s.withKeys(s.edit, 'E')} onClick={() => panel.getState().startEdit()}>
            {s.edit}
          </button>
          <ExportVCardButton selection={{ ids: [contact.id] }} />
          <button type="button" className="button danger" title={s.withKeys(s.delete, commonStrings.keys.delete)} onClick={onDelete}>
            {s.delete}
          </button>
          <button type="button" className="button ghost icon-only" title={s.withKeys(s.close, commonStrings.keys.escape)} aria-label={s.close} onClick={() => panel.getState().close()}>
            <Icon name="close" />
          </button>
        </div>
      </header>
      <div className="detail-body">
        <ContactFacts contact={contact} />
        {contact.kind === 'company' && <CompanyPeople companyId={contact.id} name={contact.company} />}
        <ContactTasks contactId={contact.id} kind={contact.kind} />
        <CustomerValuePanel contact={contact} />
        <Timeline contact={contact} focusInteractionId={focusInteractionId} />
      </div>
    </article>
  );
}
