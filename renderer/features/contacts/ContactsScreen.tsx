import { useState } from 'react';
import { contactListStores, type ContactKind } from '../../stores/contact-list-store.ts';
import { contactPanelStores } from '../../stores/contact-panel-store.ts';
import type { ContactDraft } from './contact-draft.ts';
import { ListPane } from './ListPane.tsx';
import { ContactPanel } from './ContactPanel.tsx';

/** What a search that found nothing becomes when the user creates it: "Ada Lovelace" -> first + last name. */
function prefillFrom(text: string, kind: ContactKind): Partial<ContactDraft> {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return {};
  if (kind === 'company') return { company: words.join(' ') };
  if (words[0]!.includes('@')) return {};
  return { firstName: words[0]!, lastName: words.slice(1).join(' ') };
}

/** Contacts or Companies: the searchable list on the left, the open record (or its editor) on the right. */
export function ContactsScreen({ kind }: { kind: ContactKind }) {
  const list = contactListStores[kind];
  const panel = contactPanelStores[kind];
  const [prefill, setPrefill] = useState<Partial<ContactDraft>>({});

  return (
    <div className="split">
      <ListPane
        list={list}
        panel={panel}
        onCreate={(text) => {
          setPrefill(text ? prefillFrom(text, kind) : {});
          panel.getState().startNew();
        }}
      />
      <ContactPanel kind={kind} panel={panel} prefill={prefill} />
    </div>
  );
}
