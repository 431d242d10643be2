import { useId, useState, type FormEvent } from 'react';
import { repeatRuleOf } from '../../../shared/domain/recurrence.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { REPEAT_PRESETS, type RepeatPreset, taskStrings as s } from './strings.ts';

const PRESET_RULES: Record<Exclude<RepeatPreset, 'none'>, string> = {
  day: repeatRuleOf('day', 1),
  week: repeatRuleOf('week', 1),
  '2week': repeatRuleOf('week', 2),
  month: repeatRuleOf('month', 1),
  '3month': repeatRuleOf('month', 3),
  year: repeatRuleOf('year', 1),
};

/**
 * Adds a task: what, when (a date, optionally a time), how it repeats; for a contact when given.
 * Enter in any field adds it. A repeat needs a date: choosing one without a date dates it today.
 */
export function TaskForm({ contactId = null, defaultDue, idPrefix }: { contactId?: string | null; defaultDue: string; idPrefix?: string }) {
  const client = useClient();
  const generated = useId();
  const id = (name: string) => `${idPrefix ?? generated}-${name}`;
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState(defaultDue);
  const [dueTime, setDueTime] = useState('');
  const [repeat, setRepeat] = useState<RepeatPreset>('none');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '' || busy) return;
    setBusy(true);
    setError(null);
    try {
      await client.call('tasks.add', {
        title,
        dueDate: dueDate || (repeat !== 'none' ? defaultDue : null),
        dueTime: dueTime && dueDate ? dueTime : null,
        contactId,
        repeat: repeat === 'none' ? null : PRESET_RULES[repeat],
      });
      setTitle('');
      setDueTime('');
      setRepeat('none');
      useToasts.getState().show(s.added);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="task-form" aria-label={s.addTitle} onSubmit={(event) => void submit(event)}>
      <div className="field task-form-title">
        <label htmlFor={id('title')} className="field-label">
          {s.titleLabel}
        </label>
        <input id={id('title')} className="input" value={title} placeholder={s.titlePlaceholder} maxLength={500} onChange={(event) => setTitle(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={id('due')} className="field-label">
          {s.dueLabel}
        </label>
        <input id={id('due')} type="date" className="input" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={id('time')} className="field-label">
          {s.timeLabel}
        </label>
        <input id={id('time')} type="time" className="input" value={dueTime} disabled={dueDate === ''} onChange={(event) => setDueTime(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={id('repeat')} className="field-label">
          {s.repeatLabel}
        </label>
        <select id={id('repeat')} className="select" value={repeat} onChange={(event) => setRepeat(event.target.value as RepeatPreset)}>
          {REPEAT_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {s.repeatPreset(preset)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button primary" disabled={busy || title.trim() === ''}>
        {busy ? s.adding : s.add}
      </button>
      {error && (
        <p className="field-error task-form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
