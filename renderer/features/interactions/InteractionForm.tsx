import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_MINUTES, type Interaction } from '../../../shared/contract/interactions.ts';
import { DIRECTED_TYPES, INTERACTION_TYPES, type InteractionType } from '../../../shared/domain/interaction-types.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { useClient } from '../../app/client-context.ts';
import { commonStrings } from '../../app/common-strings.ts';
import { errorMessage } from '../../app/error-message.ts';
import { modKey } from '../../app/locale.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { onFormDialogKey } from '../../components/form-dialog-keys.ts';
import { checkDraft, draftOf, errorsOf, newDraft, type DraftErrors, type InteractionDraft } from './form-model.ts';
import { PeoplePicker, type PickedPerson } from './PeoplePicker.tsx';
import { offerUndo } from './undo-toast.ts';
import { interactionStrings as s } from './strings.ts';

export type InteractionFormMode = { kind: 'new'; person: PickedPerson; type: InteractionType } | { kind: 'edit'; interaction: Interaction };

/**
 * The one form for logging and editing an interaction, as a small dialog. Enter in a one-line
 * field or Ctrl+Enter anywhere saves; Escape closes; the toast after a save offers Undo (of the
 * log: a delete; of an edit: the fields as they were).
 */
export function InteractionForm({ mode, onClose }: { mode: InteractionFormMode; onClose(): void }) {
  const client = useClient();
  const titleId = useId();
  const ids = { type: useId(), direction: useId(), when: useId(), minutes: useId(), subject: useId(), body: useId() };
  const [draft, setDraft] = useState<InteractionDraft>(() => (mode.kind === 'new' ? newDraft(mode.person, mode.type) : draftOf(mode.interaction)));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const set = <K extends keyof InteractionDraft>(key: K, value: InteractionDraft[K]) => setDraft((before) => ({ ...before, [key]: value }));

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    subjectRef.current?.focus();
    return () => previous?.focus?.();
  }, []);

  const save = async () => {
    if (saving) return;
    const checked = checkDraft(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    try {
      if (mode.kind === 'new') {
        const logged = await client.call('interactions.log', checked.input);
        onClose();
        offerUndo(s.logged(logged.type), () => client.call('interactions.delete', { id: logged.id }));
      } else {
        const before = mode.interaction;
        await client.call('interactions.update', { id: before.id, fields: checked.input });
        onClose();
        const previous = { type: before.type, direction: before.direction, occurredAt: before.occurredAt, minutes: before.minutes, subject: before.subject, body: before.body, contactIds: before.contacts.map((contact) => contact.id) };
        offerUndo(s.saved, () => client.call('interactions.update', { id: before.id, fields: previous }));
      }
    } catch (error) {
      setSaving(false);
      if (error instanceof CarnetError && error.issues?.length) setErrors(errorsOf(error.issues));
      else useToasts.getState().show(errorMessage(error), { tone: 'error' });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => onFormDialogKey(event, dialogRef.current, { save: () => void save(), close: onClose });

  const directed = DIRECTED_TYPES.has(draft.type);
  const title = mode.kind === 'new' ? s.formTitleNew(mode.person.displayName) : s.formTitleEdit;
  return (
    <div className="overlay" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={dialogRef} className="dialog interaction-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{title}</h2>
        <form
          className="interaction-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="form-row">
            <div className="field">
              <label htmlFor={ids.type} className="field-label">
                {s.fieldType}
              </label>
              <select id={ids.type} className="input" value={draft.type} onChange={(event) => set('type', event.target.value as InteractionType)}>
                {INTERACTION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {s.type(type)}
                  </option>
                ))}
              </select>
            </div>
            {directed && (
              <div className="field">
                <label htmlFor={ids.direction} className="field-label">
                  {s.fieldDirection}
                </label>
                <select id={ids.direction} className="input" value={draft.direction ?? ''} onChange={(event) => set('direction', (event.target.value || null) as InteractionDraft['direction'])}>
                  <option value="">{s.direction(null)}</option>
                  <option value="out">{s.direction('out')}</option>
                  <option value="in">{s.direction('in')}</option>
                </select>
              </div>
            )}
          </div>
          <div className="form-row">
            <Field id={ids.when} label={s.fieldWhen} error={errors.when}>
              <input id={ids.when} className="input" type="datetime-local" value={draft.when} onChange={(event) => set('when', event.target.value)} {...invalid(ids.when, errors.when)} />
            </Field>
            <Field id={ids.minutes} label={s.fieldMinutes} error={errors.minutes} narrow>
              <input id={ids.minutes} className="input" type="number" inputMode="numeric" min={0} max={MAX_MINUTES} step={1} value={draft.minutes} onChange={(event) => set('minutes', event.target.value)} {...invalid(ids.minutes, errors.minutes)} />
            </Field>
          </div>
          <Field id={ids.subject} label={s.fieldSubject} error={errors.subject}>
            <input ref={subjectRef} id={ids.subject} className="input" value={draft.subject} onChange={(event) => set('subject', event.target.value)} {...invalid(ids.subject, errors.subject)} />
          </Field>
          <Field id={ids.body} label={s.fieldBody} error={errors.body}>
            <textarea id={ids.body} className="input textarea" rows={4} value={draft.body} onChange={(event) => set('body', event.target.value)} {...invalid(ids.body, errors.body)} />
          </Field>
          <PeoplePicker people={draft.people} onChange={(people) => set('people', people)} error={errors.people} />
          <p className="field-hint">{s.saveHint(commonStrings.keys.enter, modKey(commonStrings.keys.enter), commonStrings.keys.escape)}</p>
          <div className="dialog-actions confirm-actions">
            <button type="button" className="button" onClick={onClose}>
              {s.cancel}
            </button>
            <button type="submit" className="button primary" disabled={saving}>
              {saving ? s.saving : s.save}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

function Field({ id, label, error, narrow = false, children }: { id: string; label: string; error: string | undefined; narrow?: boolean; children: React.ReactNode }) {
  return (
    <div className={`field${narrow ? ' narrow' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function invalid(id: string, error: string | undefined) {
  return error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
}
