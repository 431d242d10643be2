import { useEffect, useState, type KeyboardEvent } from 'react';
import type { OverdueCustomer } from '../../../shared/contract/reports.ts';
import { useClient } from '../../app/client-context.ts';
import { isTyping, shortcutLetter } from '../../app/shortcuts.ts';
import { useQuickLog } from '../../stores/quick-log-store.ts';
import { localToday } from '../../stores/today-store.ts';
import { formatLocalDate } from '../tasks/format.ts';
import { LogCallButton } from '../today/BirthdayList.tsx';
import { PersonRow } from '../today/PersonRow.tsx';
import { reportStrings as s } from './strings.ts';

const SHOWN = 10;

/**
 * Today's "Customers to call back": the overdue customers (longer since their last purchase than
 * 1.5x their usual interval), most valuable first, each with "Log call"; L on a row logs one.
 * Shows nothing while nobody is overdue (or before any purchase).
 */
export function OverdueCustomers() {
  const client = useClient();
  const [answer, setAnswer] = useState<{ items: OverdueCustomer[]; total: number } | null>(null);

  useEffect(() => {
    let current = true;
    client
      .call('reports.overdue', { today: localToday(), limit: SHOWN })
      .then((result) => current && setAnswer(result))
      .catch(() => undefined); // Today still shows the rest
    return () => {
      current = false;
    };
  }, [client]);

  if (!answer || answer.total === 0) return null;
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey || shortcutLetter(event.nativeEvent) !== 'l') return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-contact-id]');
    if (!row?.dataset.contactId) return;
    event.preventDefault();
    event.stopPropagation();
    useQuickLog.getState().open({ contactId: row.dataset.contactId, type: 'call' });
  };
  return (
    <section className="card today-section" aria-labelledby="today-overdue-customers">
      <h2 id="today-overdue-customers">
        {s.todayOverdueTitle}
        <span className="count-badge">{answer.total}</span>
      </h2>
      <p className="muted small">{s.todayKeys}</p>
      <ul className="birthday-list" onKeyDown={onKeyDown}>
        {answer.items.map((customer) => (
          <PersonRow
              key={customer.contactId}
              contactId={customer.contactId}
              name={customer.displayName}
              detail={s.todayOverdueDetail(formatLocalDate(customer.lastPurchase), Math.round(customer.usualIntervalDays))}
              after={<LogCallButton contactId={customer.contactId} name={customer.displayName} />}
            />
        ))}
      </ul>
      {answer.total > answer.items.length && <p className="muted small">{s.moreOverdue(answer.total - answer.items.length)}</p>}
    </section>
  );
}
