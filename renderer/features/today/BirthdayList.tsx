import type { TodayBirthday } from '../../../shared/contract/today.ts';
import { Avatar } from '../../components/Avatar.tsx';
import { useQuickLog } from '../../stores/quick-log-store.ts';
import { formatLocalDate } from '../tasks/format.ts';
import { openContact } from './open-contact.ts';
import { todayStrings as s } from './strings.ts';

function whenText(birthday: TodayBirthday): string {
  if (birthday.inDays === 0) return s.today;
  if (birthday.inDays === 1) return s.tomorrow;
  return s.inDays(birthday.inDays);
}

/** Birthdays of the next two weeks, today's first with the age and a "Log call" button; each opens the person. */
export function BirthdayList({ birthdays }: { birthdays: TodayBirthday[] }) {
  if (birthdays.length === 0) {
    return (
      <>
        <p>{s.noBirthdays}</p>
        <p className="muted small">{s.noBirthdaysHint}</p>
      </>
    );
  }
  return (
    <ul className="birthday-list">
      {birthdays.map((birthday) => (
        <li
          key={birthday.contactId}
          className="today-row"
          tabIndex={0}
          data-list-row=""
          aria-label={birthday.displayName}
          onKeyDown={(event) => {
            if (event.target === event.currentTarget && event.key === 'Enter') {
              event.preventDefault();
              openContact(birthday.contactId);
            }
          }}
        >
          <button type="button" className="person-link" tabIndex={-1} aria-label={s.open(birthday.displayName)} onClick={() => openContact(birthday.contactId)}>
            <Avatar name={birthday.displayName} />
            <span className="row-text">
              <span className="row-name">{birthday.displayName}</span>
              <span className="row-secondary">
                {formatLocalDate(birthday.date, 'weekday')}
                {birthday.turns !== null && ` · ${s.turns(birthday.turns)}`}
              </span>
            </span>
            <span className={`when ${birthday.inDays === 0 ? 'when-today' : ''}`}>{whenText(birthday)}</span>
          </button>
          {birthday.inDays === 0 && <LogCallButton contactId={birthday.contactId} name={birthday.displayName} />}
        </li>
      ))}
    </ul>
  );
}

/** Opens the quick-log form on the person, a call prefilled. */
export function LogCallButton({ contactId, name }: { contactId: string; name: string }) {
  return (
    <button type="button" className="button small" tabIndex={-1} aria-label={s.logCallFor(name)} title={s.logCallFor(name)} onClick={() => useQuickLog.getState().open({ contactId, type: 'call' })}>
      {s.logCall}
    </button>
  );
}
