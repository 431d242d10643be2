import type { ContactDraft, FieldErrors } from './contact-draft.ts';
import { TextField } from './form/TextField.tsx';
import { CompanyField } from './form/CompanyField.tsx';
import { ValueRows } from './form/ValueRows.tsx';
import { AddressRows } from './form/AddressRows.tsx';
import { BirthdayField } from './form/BirthdayField.tsx';
import { CustomFieldRows } from './form/CustomFieldRows.tsx';
import { phoneNote } from './phone-note.ts';
import { useDefaultCountry } from '../../stores/settings-store.ts';
import { contactStrings as s } from './strings.ts';

const EMAIL_LABELS = ['work', 'home', 'other'] as const;
const PHONE_LABELS = ['mobile', 'work', 'home', 'other'] as const;
const WEBSITE_LABELS = ['work', 'home', 'other'] as const;

interface ContactFormFieldsProps {
  draft: ContactDraft;
  errors: FieldErrors;
  locale: string;
  onChange(patch: Partial<ContactDraft>): void;
  onEmailBlur(index: number, value: string): void;
  onEmailEdit(index: number, value: string): void;
}

/** The inputs of the editor, in the order people fill them; repeated details grow with "Add …". */
export function ContactFormFields({ draft, errors, locale, onChange, onEmailBlur, onEmailEdit }: ContactFormFieldsProps) {
  const person = draft.kind === 'person';
  const defaultCountry = useDefaultCountry();
  return (
    <>
      {person ? (
        <div className="form-grid">
          <TextField id="first-name" label={s.firstName} value={draft.firstName} error={errors.firstName} autoComplete="off" onChange={(firstName) => onChange({ firstName })} />
          <TextField id="last-name" label={s.lastName} value={draft.lastName} error={errors.lastName} autoComplete="off" onChange={(lastName) => onChange({ lastName })} />
          <CompanyField id="company" label={s.company} value={draft.company} error={errors.company} suggest onChange={(company) => onChange({ company })} />
          <TextField id="job-title" label={s.title} value={draft.title} error={errors.title} autoComplete="off" onChange={(title) => onChange({ title })} />
        </div>
      ) : (
        <div className="form-grid">
          <CompanyField id="company" label={s.companyName} value={draft.company} error={errors.company} suggest={false} onChange={(company) => onChange({ company })} />
        </div>
      )}
      <ValueRows
        path="emails"
        label={s.email}
        addLabel={s.addEmail}
        labelOptions={EMAIL_LABELS}
        inputType="email"
        rows={draft.emails}
        errors={errors}
        onChange={(emails) => onChange({ emails })}
        onBlurRow={onEmailBlur}
        onEditRow={onEmailEdit}
      />
      <ValueRows
        path="phones"
        label={s.phone}
        addLabel={s.addPhone}
        labelOptions={PHONE_LABELS}
        inputType="tel"
        rows={draft.phones}
        errors={errors}
        onChange={(phones) => onChange({ phones })}
        noteFor={(value, typing) => phoneNote(value, defaultCountry, locale, typing)}
      />
      <AddressRows rows={draft.addresses} errors={errors} onChange={(addresses) => onChange({ addresses })} />
      <ValueRows path="websites" label={s.website} addLabel={s.addWebsite} labelOptions={WEBSITE_LABELS} inputType="url" rows={draft.websites} errors={errors} onChange={(websites) => onChange({ websites })} />
      <div className="form-grid">
        {person && <BirthdayField id="birthday" value={draft.birthday} locale={locale} error={errors.birthday} onChange={(birthday) => onChange({ birthday })} />}
        <TextField id="tags" label={s.tags} value={draft.tags} error={errors.tags} hint={s.tagsHint} autoComplete="off" onChange={(tags) => onChange({ tags })} />
      </div>
      <div className="field">
        <label htmlFor="notes" className="field-label">
          {s.notes}
        </label>
        <textarea id="notes" className="input textarea" rows={4} value={draft.notes} aria-invalid={errors.notes ? true : undefined} onChange={(event) => onChange({ notes: event.target.value })} />
        {errors.notes && <p className="field-error">{errors.notes}</p>}
      </div>
      <CustomFieldRows rows={draft.customFields} errors={errors} onChange={(customFields) => onChange({ customFields })} />
    </>
  );
}
