import type { StoreApi, UseBoundStore } from 'zustand';
import type { ContactKind } from '../../stores/contact-list-store.ts';
import type { ContactPanelState } from '../../stores/contact-panel-store.ts';
import type { ContactDraft } from './contact-draft.ts';
import { useContact } from './use-contact.ts';
import { ContactForm } from './ContactForm.tsx';
import { contactStrings as s } from './strings.ts';
import { focusListSoon } from './focus-list.ts';

interface ContactEditorProps {
  kind: ContactKind;
  /** null for a new contact. */
  id: string | null;
  panel: UseBoundStore<StoreApi<ContactPanelState>>;
  prefill: Partial<ContactDraft>;
}

/** Loads the record to edit (if any), then hands it to the form. */
export function ContactEditor({ kind, id, panel, prefill }: ContactEditorProps) {
  const load = useContact(id);
  const done = (savedId: string | null) => {
    if (savedId) panel.getState().showSaved(savedId);
    else panel.getState().cancelEdit();
    // The editor is gone: put the keyboard back in the list, where E, Delete and arrows work.
    focusListSoon(kind);
  };
  if (id === null) return <ContactForm kind={kind} contact={null} prefill={prefill} onDone={done} />;
  if (load.state === 'loading') return <p className="pane-message">{s.loading}</p>;
  if (load.state !== 'ready') {
    return (
      <div className="pane-message" role="alert">
        <p>{load.state === 'missing' ? s.notFound : load.message}</p>
        <button type="button" className="button" onClick={() => panel.getState().close()}>
          {s.close}
        </button>
      </div>
    );
  }
  return <ContactForm kind={load.contact.kind} contact={load.contact} prefill={{}} onDone={done} />;
}
