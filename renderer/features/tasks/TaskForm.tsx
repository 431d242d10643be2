import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Task } from '../../../shared/contract/tasks.ts';
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

/** The menu's value for a stored rule: a preset, or the rule itself (one the CLI set), kept as it is. */
function repeatChoiceOf(rule: string | null): string {
  if (rule === null) return 'none';
  return (Object.entries(PRESET_RULES).find(([, preset]) => preset === rule)?.[0] as RepeatPreset | undefined) ?? rule;
}

interface TaskFormProps {
  /** The task being edited; without it the form adds one. */
  task?: Task;
  contactId?: string | null;
  defaultDue: string;
  idPrefix?: string;
  /** Editing: called after a save, or on Cancel/Escape. Adding: on Cancel/Escape (a form opened on demand closes). */
  onDone?(): void;
}

/**
 * Adds a task (what, when: a date, optionally a time; how it repeats; for a contact when given), or
 * edits one. Enter in any field saves, Escape cancels an edit. A repeat needs a date: choosing one
 * without a date dates it on `defaultDue`.
 */
export function TaskForm({ task, contactId = null, defaultDue, idPrefix, onDone }: TaskFormProps) {
  const client = useClient();
  const generated = useId();
  const id = (name: string) => `${idPrefix ?? generated}-${name}`;
  const [title, setTitle] = useState(task?.title ?? '');
  const [dueDate, setDueDate] = useState(task ? (task.dueDate ?? '') : defaultDue);
  const [dueTime, setDueTime] = useState(task?.dueTime ?? '');
  const [repeat, setRepeat] = useState<string>(repeatChoiceOf(task?.repeat ?? null));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  // An edit, or an add form opened on demand, starts in its first field.
  const opensOnDemand = task !== undefined || onDone !== undefined;
  useEffect(() => {
    if (opensOnDemand) titleRef.current?.focus();
  }, [opensOnDemand]);

  const rule = repeat === 'none' ? null : (PRESET_RULES[repeat as Exclude<RepeatPreset, 'none'>] ?? repeat);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '' || busy) return;
    setBusy(true);
    setError(null);
    const fields = {
      title,
      dueDate: dueDate || (rule !== null ? defaultDue : null),
      dueTime: dueTime && dueDate ? dueTime : null,
      contactId: task ? task.contactId : contactId,
      notes: task?.notes ?? '',
      repeat: rule,
    };
    try {
      if (task) {
        await client.call('tasks.update', { id: task.id, fields });
        useToasts.getState().show(s.saved);
        onDone?.();
      } else {
        await client.call('tasks.add', fields);
        setTitle('');
        setDueTime('');
        setRepeat('none');
        useToasts.getState().show(s.added);
      }
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  const customRule = repeat !== 'none' && !(repeat in PRESET_RULES) ? repeat : null;
  return (
    <form
      className={`task-form${task ? ' task-form-edit' : ''}`}
      aria-label={task ? s.editTitle(task.title) : s.addTitle}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (opensOnDemand && event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onDone?.();
        }
      }}
    >
      <div className="field task-form-title">
        <label htmlFor={id('title')} className="field-label">
          {s.titleLabel}
        </label>
        <input ref={titleRef} id={id('title')} className="input" value={title} placeholder={s.titlePlaceholder} maxLength={500} onChange={(event) => setTitle(event.target.value)} />
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
        <select id={id('repeat')} className="select" value={repeat} onChange={(event) => setRepeat(event.target.value)}>
          {REPEAT_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {s.repeatPreset(preset)}
            </option>
          ))}
          {customRule && <option value={customRule}>{s.repeatRule(customRule)}</option>}
        </select>
      </div>
      <div className="task-form-buttons">
        <button type="submit" className="button primary" disabled={busy || title.trim() === ''}>
          {task ? s.save : busy ? s.adding : s.add}
        </button>
        {opensOnDemand && (
          <button type="button" className="button" onClick={() => onDone?.()}>
            {s.cancel}
          </button>
        )}
      </div>
      {error && (
        <p className="field-error task-form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
