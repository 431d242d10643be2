import type { KeepInTouchDue } from '../../../shared/contract/today.ts';
import { localDateOf } from '../../../shared/domain/local-date.ts';
import { formatLocalDate } from '../tasks/format.ts';
import { LogCallButton } from './BirthdayList.tsx';
import { PersonRow } from './PersonRow.tsx';
import { todayStrings as s } from './strings.ts';

/** People due for contact: when they were last contacted (or never), a "Log call" button; Enter opens them. */
export function KeepInTouchList({ people, showDue = false }: { people: KeepInTouchDue[]; showDue?: boolean }) {
  return (
    <ul className="birthday-list">
      {people.map((person) => (
        <PersonRow
          key={person.contactId}
          contactId={person.contactId}
          name={person.displayName}
          detail={
            (person.lastContactedAt ? s.lastContacted(formatLocalDate(localDateOf(new Date(person.lastContactedAt)))) : s.neverContacted) +
            (showDue ? ` · ${s.dueOn(formatLocalDate(person.due, 'weekday'))}` : '')
          }
          after={!showDue && <LogCallButton contactId={person.contactId} name={person.displayName} />}
        />
      ))}
    </ul>
  );
}
