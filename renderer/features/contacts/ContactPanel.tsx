import type { StoreApi, UseBoundStore } from 'zustand';
import { contactListStores, type ContactKind } from '../../stores/contact-list-store.ts';
import type { ContactPanelState } from '../../stores/contact-panel-store.ts';
import type { ContactDraft } from './contact-draft.ts';
import { ContactDetail } from './ContactDetail.tsx';
import { ContactEditor } from './ContactEditor.tsx';
import { contactStrings as s } from './strings.ts';

interface ContactPanelProps {
  kind: ContactKind;
  panel: UseBoundStore<StoreApi<ContactPanelState>>;
  prefill: Partial<ContactDraft>;
}

/** The right side of the split view: nothing, a record, or the editor. */
export function ContactPanel({ kind, panel, prefill }: ContactPanelProps) {
  const mode = panel((state) => state.mode);
  const selectedId = panel((state) => state.selectedId);
  const listIsEmpty = contactListStores[kind]((state) => state.total === 0);

  let content;
  if (mode === 'new') content = <ContactEditor key="new" kind={kind} id={null} panel={panel} prefill={prefill} />;
  else if (mode === 'edit' && selectedId) content = <ContactEditor key={`edit-${selectedId}`} kind={kind} id={selectedId} panel={panel} prefill={{}} />;
  else if (selectedId) content = <ContactDetail key={selectedId} id={selectedId} panel={panel} />;
  // With nothing in the list, the list pane's own empty state says everything; keep this side quiet.
  else if (listIsEmpty) content = null;
  else
    content = (
      <div className="pane-placeholder">
        <p>{s.nothingSelected}</p>
        <p className="muted">{s.nothingSelectedHint}</p>
      </div>
    );

  return <section className="detail-pane">{content}</section>;
}
