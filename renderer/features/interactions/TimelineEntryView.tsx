import type { Interaction, TimelineEntry } from '../../../shared/contract/interactions.ts';
import { formatMoney } from '../../app/money.ts';
import { userLocale } from '../../app/locale.ts';
import { entryTime, relativeTime } from './format.ts';
import { interactionStrings as s } from './strings.ts';

interface EntryProps {
  entry: TimelineEntry;
  /** The timeline's own contact: not repeated among "With …". */
  contactId: string;
  focused: boolean;
  onEdit(interaction: Interaction): void;
  onDelete(interaction: Interaction): void;
}

/** One entry of a timeline: an interaction (with Edit and Delete), a completed task or a purchase. */
export function TimelineEntryView({ entry, contactId, focused, onEdit, onDelete }: EntryProps) {
  if (entry.source === 'purchase') return <PurchaseEntry entry={entry} />;
  if (entry.source === 'task') {
    return (
      <li className="timeline-entry task" id={`timeline-${entry.task.id}`}>
        <span className="entry-kind">{s.taskDone}</span>
        <div className="entry-main">
          <p className="entry-subject">{entry.task.title}</p>
          <time className="entry-time" dateTime={entry.at} title={relativeTime(entry.at)}>
            {entryTime(entry.at)}
          </time>
          {entry.task.notes && <p className="entry-body">{entry.task.notes}</p>}
        </div>
      </li>
    );
  }
  const interaction = entry.interaction;
  const others = interaction.contacts.filter((contact) => contact.id !== contactId);
  const title = interaction.subject || s.type(interaction.type);
  const future = Date.parse(interaction.occurredAt) > Date.now();
  const facts = [interaction.direction ? s.direction(interaction.direction) : '', interaction.minutes !== null ? s.minutes(interaction.minutes) : '', future ? s.planned : ''].filter(Boolean);
  return (
    <li className={`timeline-entry ${interaction.type}${focused ? ' focused' : ''}`} id={`timeline-${interaction.id}`} tabIndex={focused ? -1 : undefined} aria-current={focused ? 'true' : undefined}>
      <span className="entry-kind">{s.type(interaction.type)}</span>
      <div className="entry-main">
        {interaction.subject && <p className="entry-subject">{interaction.subject}</p>}
        <p className="entry-meta">
          <time dateTime={interaction.occurredAt} title={relativeTime(interaction.occurredAt)}>
            {entryTime(interaction.occurredAt)}
          </time>
          {facts.map((fact) => (
            <span key={fact}> · {fact}</span>
          ))}
        </p>
        {interaction.body && <p className="entry-body">{interaction.body}</p>}
        {others.length > 0 && <p className="entry-people">{s.withPeople(others.map((contact) => contact.displayName).join(', '))}</p>}
      </div>
      <div className="entry-actions">
        <button type="button" className="button ghost small" aria-label={s.editEntry(title)} onClick={() => onEdit(interaction)}>
          {s.edit}
        </button>
        <button type="button" className="button ghost small" aria-label={s.deleteEntry(title)} onClick={() => onDelete(interaction)}>
          {s.delete}
        </button>
      </div>
    </li>
  );
}

/** A purchase: its date, total, what was bought in short, reference and an unpaid mark. */
function PurchaseEntry({ entry }: { entry: Extract<TimelineEntry, { source: 'purchase' }> }) {
  const purchase = entry.purchase;
  const more = purchase.lineCount - purchase.items.length;
  const items = more > 0 ? s.purchaseItemsMore(purchase.items.join(', '), more) : purchase.items.join(', ');
  const day = new Intl.DateTimeFormat(userLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${purchase.purchasedOn}T00:00:00Z`));
  const facts = [purchase.reference ? s.purchaseReference(purchase.reference) : '', purchase.paymentStatus === 'unpaid' ? s.purchaseUnpaid : ''].filter(Boolean);
  return (
    <li className="timeline-entry purchase" id={`timeline-${purchase.id}`}>
      <span className="entry-kind">{s.purchase}</span>
      <div className="entry-main">
        <p className="entry-subject">{formatMoney(purchase.totalMinor, purchase.currency)}</p>
        <p className="entry-meta">
          <time dateTime={purchase.purchasedOn}>{day}</time>
          {facts.map((fact) => (
            <span key={fact}> · {fact}</span>
          ))}
        </p>
        <p className="entry-body">{items}</p>
      </div>
    </li>
  );
}
