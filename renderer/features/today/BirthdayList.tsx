import { Avatar } from '../../components/Avatar.tsx';
import { useNavigation } from '../../stores/navigation-store.ts';
import { contactPanelStores } from '../../stores/contact-panel-store.ts';
import type { UpcomingBirthday } from './upcoming-birthdays.ts';
import { todayStrings as s } from './strings.ts';

function whenText(birthday: UpcomingBirthday): string {
  if (birthday.inDays === 0) return s.today;
  if (birthday.inDays === 1) return s.tomorrow;
  return s.inDays(birthday.inDays);
}

/** Upcoming birthdays; each opens the person in Contacts. */
export function BirthdayList({ birthdays, locale }: { birthdays: UpcomingBirthday[]; locale: string }) {
  const go = useNavigation((state) => state.go);
  if (birthdays.length === 0) {
    return (
      <>
        <p>{s.noBirthdays}</p>
        <p className="muted small">{s.noBirthdaysHint}</p>
      </>
    );
  }
  const dateFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  return (
    <ul className="birthday-list">
      {birthdays.map((birthday) => (
        <li key={birthday.id}>
          <button
            type="button"
            className="person-link"
            onClick={() => {
              contactPanelStores.person.getState().open(birthday.id);
              go('contacts');
            }}
          >
            <Avatar name={birthday.name} />
            <span className="row-text">
              <span className="row-name">{birthday.name}</span>
              <span className="row-secondary">
                {dateFormat.format(birthday.date)}
                {birthday.turns !== null && ` · ${s.turns(birthday.turns)}`}
              </span>
            </span>
            <span className={`when ${birthday.inDays === 0 ? 'when-today' : ''}`}>{whenText(birthday)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
