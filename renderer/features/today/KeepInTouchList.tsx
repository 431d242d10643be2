import type { KeepInTouchDue } from '../../../shared/contract/today.ts';
import { localDateOf } from '../../../shared/domain/local-date.ts';
import { Avatar } from '../../components/Avatar.tsx';
import { formatLocalDate } from '../tasks/format.ts';
import { LogCallButton } from './BirthdayList.tsx';
import { openContact } from './open-contact.ts';
import { todayStrings as s } from './strings.ts';

/** People due for contact: when they were last contacted (or never), a "Log call" button; Enter opens them. */
export function KeepInTouchList({ people, showDue = false }: { people: KeepInTouchDue[]; showDue?: boolean }) {
  return (
    <ul className="birthday-list">
      {people.map((person) => (
        <li
          key={person.contactId}
          className="today-row"
          tabIndex={0}
          data-list-row=""
          aria-label={person.displayName}
          onKeyDown={(event) => {
            if (event.target === event.currentTarget && event.key === 'Enter') {
              event.preventDefault();
              openContact(person.contactId);
            }
          }}
        >
          <button type="button" className="person-link" tabIndex={-1} aria-label={s.open(person.displayName)} onClick={() => openContact(person.contactId)}>
            <Avatar name={person.displayName} />
            <span className="row-text">
              <span className="row-name">{person.displayName}</span>
              <span className="row-secondary">
                {person.lastContactedAt ? s.lastContacted(formatLocalDate(localDateOf(new Date(person.lastContactedAt)))) : s.neverContacted}
                {showDue && ` · ${s.dueOn(formatLocalDate(person.due, 'weekday'))}`}
              </span>
            </span>
          </button>
          {!showDue && <LogCallButton contactId={person.contactId} name={person.displayName} />}
        </li>
      ))}
    </ul>
  );
}
