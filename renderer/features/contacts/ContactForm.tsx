import { useEffect, useId, useRef, useState } from 'react';
import type { Contact } from '../../../shared/contract/contacts.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { hasModifier, shortcutLetter } from '../../app/shortcuts.ts';
import { modKey, userLocale } from '../../app/locale.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { useLeaveGuard } from '../../stores/leave-guard-store.ts';
import { contactListStores } from '../../stores/contact-list-store.ts';
import { draftFromContact, draftToInput, emailError, issuesToErrors, type ContactDraft, type FieldErrors } from './contact-draft.ts';
import { ContactFormFields } from './ContactFormFields.tsx';
import { commonStrings } from '../../app/common-strings.ts';
import { contactStrings as s } from './strings.ts';

interface ContactFormProps {
  kind: 'person' | 'company';
  /** The record being edited, or null for a new one. */
  contact: Contact | null;
  prefill: Partial<ContactDraft>;
  /** Called with the saved id, or null when the user cancels. */
  onDone(savedId: string | null): void;
}

/**
 * The focused editor. Ctrl/Cmd+S saves, Escape cancels (twice when something was typed, so a stray
 * Escape never throws work away); problems appear next to their field.
 */
export function ContactForm({ kind, contact, prefill, onDone }: ContactFormProps) {
  const client = useClient();
  const locale = userLocale();
  const [draft, setDraft] = useState<ContactDraft>(() => draftFromContact(contact, kind, locale, prefill));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [initialDraft] = useState(() => JSON.stringify(draft));
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const dirty = JSON.stringify(draft) !== initialDraft;
  useLeaveGuard(useId(), dirty ? s.leaveUnsaved : null);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const confirmRef = useRef(confirmDiscard);
  confirmRef.current = confirmDiscard;
  const formRef = useRef<HTMLFormElement>(null);
  // The latest save function, for the window-level Ctrl+S listener registered once.
  const saveRef = useRef<() => void>(() => {});

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const focusFirstError = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  async function save() {
    if (saving) return;
    const { input, errors: found } = draftToInput(draft, locale);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) {
      setFormError(found.form ?? s.fixErrors(Object.keys(found).length));
      focusFirstError();
      return;
    }
    setSaving(true);
    try {
      const saved = contact ? await client.call('contacts.update', { id: contact.id, fields: input }) : await client.call('contacts.create', input);
      useToasts.getState().show(s.saved);
      contactListStores.person.getState().refresh();
      contactListStores.company.getState().refresh();
      onDone(saved.id);
    } catch (error) {
      setSaving(false);
      if (error instanceof CarnetError && error.issues?.length) {
        const fieldErrors = issuesToErrors(error.issues, draft);
        setErrors(fieldErrors);
        setFormError(fieldErrors.form ?? s.fixErrors(Object.keys(fieldErrors).length));
        focusFirstError();
      } else {
        setFormError(errorMessage(error));
      }
    }
  }
  saveRef.current = () => void save();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (hasModifier(event) && shortcutLetter(event) === 's') {
        event.preventDefault();
        saveRef.current();
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        if (dirtyRef.current && !confirmRef.current) setConfirmDiscard(true);
        else onDone(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDone]);

  const change = (patch: Partial<ContactDraft>) => {
    setConfirmDiscard(false);
    setDraft((current) => ({ ...current, ...patch }));
    // A list that gained or lost a row shifts its indexes: its old messages no longer point anywhere.
    setErrors((current) => {
      const next = { ...current };
      for (const [field, value] of Object.entries(patch)) {
        if (Array.isArray(value) && value.length !== (draft[field as keyof ContactDraft] as unknown[]).length) {
          for (const path of Object.keys(next)) if (path.startsWith(`${field}.`)) delete next[path];
        }
      }
      return next;
    });
  };

  /**
   * Checks one email when the user leaves it. While typing, only clears a message once the value
   * is fixed: never scold a half-typed address.
   */
  const checkEmail = (index: number, value: string, leaving: boolean) => {
    const path = `emails.${index}.value`;
    const message = emailError(value);
    setErrors((current) => {
      if (!leaving && !current[path]) return current;
      const next = { ...current };
      if (message && leaving) next[path] = message;
      else if (!message) delete next[path];
      return next;
    });
  };

  const title = contact ? s.formEditTitle(contact.displayName) : kind === 'person' ? s.formNewTitle : s.formNewCompanyTitle;
  return (
    <form
      ref={formRef}
      className="contact-form"
      aria-labelledby="form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <header className="form-header">
        <h2 id="form-title">{title}</h2>
        <div className="form-actions">
          <button type="button" className="button" title={s.withKeys(s.cancel, commonStrings.keys.escape)} onClick={() => onDone(null)}>
            {s.cancel}
          </button>
          <button type="submit" className="button primary" title={s.withKeys(s.save, modKey('S'))} disabled={saving}>
            {saving ? s.saving : s.save}
          </button>
        </div>
      </header>
      {confirmDiscard && (
        <p className="form-notice" role="status">
          {s.discardHint}
        </p>
      )}
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-body">
        <ContactFormFields
          draft={draft}
          errors={errors}
          locale={locale}
          onChange={change}
          onEmailBlur={(index, value) => checkEmail(index, value, true)}
          onEmailEdit={(index, value) => checkEmail(index, value, false)}
        />
      </div>
    </form>
  );
}
