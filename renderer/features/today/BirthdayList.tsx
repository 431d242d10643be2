import type { TodayBirthday } from '../../../shared/contract/today.ts';
import { useQuickLog } from '../../stores/quick-log-store.ts';
import { formatLocalDate } from '../tasks/format.ts';
import { PersonRow } from './PersonRow.tsx';
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
        <PersonRow
          key={birthday.contactId}
          contactId={birthday.contactId}
          name={birthday.displayName}
          detail={`${formatLocalDate(birthday.date, 'weekday')}${birthday.turns !== null ? ` · ${s.turns(birthday.turns)}` : ''}`}
          when={<span className={`when ${birthday.inDays === 0 ? 'when-today' : ''}`}>{whenText(birthday)}</span>}
          after={birthday.inDays === 0 && <LogCallButton contactId={birthday.contactId} name={birthday.displayName} />}
        />
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
