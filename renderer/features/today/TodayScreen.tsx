import { useEffect, useState } from 'react';
import { useClient } from '../../app/client-context.ts';
import { userLocale } from '../../app/locale.ts';
import { errorMessage } from '../../app/error-message.ts';
import { BIRTHDAY_DAYS_AHEAD, useBirthdays } from '../../stores/birthday-store.ts';
import { useNavigation } from '../../stores/navigation-store.ts';
import { contactPanelStores } from '../../stores/contact-panel-store.ts';
import { GetStarted } from '../../components/GetStarted.tsx';
import { BirthdayList } from './BirthdayList.tsx';
import { upcomingBirthdays } from './upcoming-birthdays.ts';
import { todayStrings as s } from './strings.ts';

/** Today: the date, birthdays coming up, and a way in when the address book is empty. */
export function TodayScreen() {
  const client = useClient();
  const locale = userLocale();
  const go = useNavigation((state) => state.go);
  const birthdays = useBirthdays();
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = new Date();

  useEffect(() => {
    client
      .call('app.info', {})
      .then((info) => setCount(info.contactCount))
      .catch((failure: unknown) => setError(errorMessage(failure)));
    void useBirthdays.getState().load(client);
  }, [client]);

  const addFirst = () => {
    go('contacts');
    contactPanelStores.person.getState().startNew();
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>{s.title}</h1>
        <p className="muted">{new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(today)}</p>
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {count === 0 ? (
        <GetStarted title={s.emptyTitle} body={s.emptyBody} titleId="today-empty-title" onAddFirst={addFirst} />
      ) : (
        <section className="card" aria-labelledby="birthdays-title">
          <h2 id="birthdays-title">{s.birthdaysTitle}</h2>
          {birthdays.status === 'loading' && (
            <p className="muted" role="status">
              {s.loading}
            </p>
          )}
          {birthdays.status === 'failed' && (
            <p className="form-error" role="alert">
              {birthdays.error}
            </p>
          )}
          {birthdays.status === 'ready' && <BirthdayList birthdays={upcomingBirthdays(birthdays.entries, today, BIRTHDAY_DAYS_AHEAD)} locale={locale} />}
        </section>
      )}
      {count !== null && count > 0 && (
        <section className="card" aria-labelledby="glance-title">
          <h2 id="glance-title">{s.glanceTitle}</h2>
          <p>{s.people(count)}</p>
        </section>
      )}
    </div>
  );
}
