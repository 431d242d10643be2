import { useCallback, useEffect, useState } from 'react';
import type { KeepInTouch } from '../../../shared/contract/tasks.ts';
import { KEEP_IN_TOUCH_FREQUENCIES, type KeepInTouchFrequency } from '../../../shared/domain/interaction-types.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { localTimeZone, localToday } from '../../stores/today-store.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { formatLocalDate } from './format.ts';
import { useTaskChanges } from './use-task-changes.ts';
import { taskStrings as s } from './strings.ts';

/** How often to be in touch with a person, and when that next comes due (it moves when a contact is logged). */
export function KeepInTouchControl({ contactId }: { contactId: string }) {
  const client = useClient();
  const [state, setState] = useState<KeepInTouch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const when = useCallback(() => {
    const timeZone = localTimeZone();
    return { today: localToday(), ...(timeZone ? { timeZone } : {}) };
  }, []);

  const reload = useCallback(() => {
    client
      .call('contacts.keepInTouch', { id: contactId, ...when() })
      .then(setState)
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, [client, contactId, when]);
  useEffect(reload, [reload]);
  useTaskChanges(client, reload);

  async function change(value: string) {
    setError(null);
    try {
      const frequency = value === 'none' ? null : (value as KeepInTouchFrequency);
      setState(await client.call('contacts.setKeepInTouch', { id: contactId, frequency, ...when() }));
      useToasts.getState().show(s.saved);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const selectId = `keep-in-touch-${contactId}`;
  const nextDue = state?.nextDue ?? null;
  return (
    <div className="field keep-in-touch">
      <label htmlFor={selectId} className="field-label">
        {s.keepInTouchLabel}
      </label>
      <select id={selectId} className="select" value={state?.frequency ?? 'none'} disabled={state === null} aria-describedby={`${selectId}-hint`} onChange={(event) => void change(event.target.value)}>
        <option value="none">{s.frequency('none')}</option>
        {KEEP_IN_TOUCH_FREQUENCIES.map((frequency) => (
          <option key={frequency} value={frequency}>
            {s.frequency(frequency)}
          </option>
        ))}
      </select>
      <p id={`${selectId}-hint`} className="field-hint">
        {nextDue ? (nextDue < localToday() ? s.nextDueLate(formatLocalDate(nextDue)) : s.nextDue(formatLocalDate(nextDue))) : s.kitHint}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
