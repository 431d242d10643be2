import { useEffect, useId, useRef, useState } from 'react';
import './interactions.css';
import type { Contact } from '../../../shared/contract/contacts.ts';
import { TIMELINE_KINDS, timelineEntryId, type Interaction, type TimelineKind } from '../../../shared/contract/interactions.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { isTyping, shortcutLetter } from '../../app/shortcuts.ts';
import { useQuickLog } from '../../stores/quick-log-store.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { InteractionForm } from './InteractionForm.tsx';
import { LastContacted } from './LastContacted.tsx';
import { TimelineEntryView } from './TimelineEntryView.tsx';
import { interactionStrings as s } from './strings.ts';
import { useTimeline } from './use-timeline.ts';
import { offerUndo } from './undo-toast.ts';

/** Pages loaded at most while looking for the interaction a search opened the contact at. */
const FOCUS_SEARCH_PAGES = 10;

/**
 * A contact's timeline on its page: last contacted, a Log button (L), a filter by kind, and the
 * entries newest first, more loading as the end scrolls into view. Edit and Delete (with Undo)
 * on each interaction. `focusInteractionId`: the interaction a search hit opened the contact at,
 * scrolled to and focused.
 */
export function Timeline({ contact, focusInteractionId = null }: { contact: Contact; focusInteractionId?: string | null }) {
  const client = useClient();
  const filterId = useId();
  const titleId = useId();
  const [kind, setKind] = useState<TimelineKind | ''>('');
  const timeline = useTimeline(contact.id, kind ? [kind] : []);
  const [editing, setEditing] = useState<Interaction | null>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const pagesSearched = useRef(0);
  /** The search hit already brought into view: later reloads (a new log) must not jump back to it. */
  const focusedOnce = useRef<string | null>(null);

  // L logs an interaction with this contact, from anywhere on its page but a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (shortcutLetter(event) !== 'l' || useQuickLog.getState().request) return;
      event.preventDefault();
      useQuickLog.getState().open({ contactId: contact.id, type: 'call' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [contact.id]);

  // Older entries load when the end of the list scrolls into view (the button stays for the keyboard).
  const { hasMore, loadMore } = timeline;
  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((seen) => seen.some((entry) => entry.isIntersecting) && loadMore());
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, loadMore]);

  // Opened from a search hit: page on until the interaction is there, then bring it into view.
  const found = focusInteractionId !== null && timeline.entries.some((entry) => entry.source === 'interaction' && entry.interaction.id === focusInteractionId);
  useEffect(() => {
    pagesSearched.current = 0;
  }, [focusInteractionId]);
  useEffect(() => {
    if (!focusInteractionId || timeline.status !== 'ready' || focusedOnce.current === focusInteractionId) return;
    if (found) {
      focusedOnce.current = focusInteractionId;
      const element = document.getElementById(`timeline-${focusInteractionId}`);
      element?.scrollIntoView?.({ block: 'center' });
      element?.focus();
    } else if (hasMore && pagesSearched.current++ < FOCUS_SEARCH_PAGES) loadMore();
  }, [focusInteractionId, found, hasMore, loadMore, timeline.status, timeline.entries.length]);

  const remove = async (interaction: Interaction) => {
    try {
      await client.call('interactions.delete', { id: interaction.id });
    } catch (error) {
      useToasts.getState().show(errorMessage(error), { tone: 'error' });
      return;
    }
    offerUndo(s.deleted(interaction.type), () => client.call('interactions.restore', { id: interaction.id }));
  };

  return (
    <section className="timeline" aria-labelledby={titleId}>
      <header className="timeline-header">
        <h3 id={titleId}>{s.timelineTitle}</h3>
        <LastContacted at={contact.lastContactedAt} />
        <div className="timeline-tools">
          <label htmlFor={filterId} className="visually-hidden">
            {s.filterLabel}
          </label>
          <select id={filterId} className="select" value={kind} onChange={(event) => setKind(event.target.value as TimelineKind | '')}>
            <option value="">{s.filterAll}</option>
            {TIMELINE_KINDS.map((value) => (
              <option key={value} value={value}>
                {s.kind(value)}
              </option>
            ))}
          </select>
          <button type="button" className="button" title={`${s.logButton} (L)`} aria-keyshortcuts="L" onClick={() => useQuickLog.getState().open({ contactId: contact.id, type: 'call' })}>
            {s.logButton}
          </button>
        </div>
      </header>
      {timeline.status === 'failed' ? (
        <p className="pane-message" role="alert">
          {timeline.error}
        </p>
      ) : timeline.status === 'loading' ? (
        <p className="timeline-message">{s.loading}</p>
      ) : timeline.entries.length === 0 ? (
        kind ? (
          <p className="timeline-message">{s.emptyFiltered}</p>
        ) : (
          <div className="timeline-empty">
            <p className="timeline-empty-title">{s.emptyTitle}</p>
            <p>{s.emptyBody}</p>
          </div>
        )
      ) : (
        <ol className="timeline-entries" aria-labelledby={titleId}>
          {timeline.entries.map((entry) => (
            <TimelineEntryView
              key={`${entry.source}-${timelineEntryId(entry)}`}
              entry={entry}
              contactId={contact.id}
              focused={entry.source === 'interaction' && entry.interaction.id === focusInteractionId}
              onEdit={setEditing}
              onDelete={(interaction) => void remove(interaction)}
            />
          ))}
        </ol>
      )}
      {timeline.hasMore && (
        <div ref={sentinel} className="timeline-more">
          <button type="button" className="button ghost" onClick={loadMore}>
            {s.loadOlder}
          </button>
        </div>
      )}
      {editing && <InteractionForm mode={{ kind: 'edit', interaction: editing }} onClose={() => setEditing(null)} />}
    </section>
  );
}
