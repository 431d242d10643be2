import { useMemo } from 'react';
import { appStrings } from '../app/strings.ts';
import { countryOptions } from './country-options.ts';

interface CountrySelectProps {
  id: string;
  label: string;
  /** An ISO code ("FR"), or null while it is not known yet (the menu is then disabled). */
  value: string | null;
  locale: string;
  onChange(code: string): void;
  /** The app's default country, marked as such in the list ("France (FR), the default"). */
  defaultCountry?: string | null;
  hint?: string;
  error?: string | null;
  disabled?: boolean;
}

/**
 * The one menu for choosing a country for phone numbers: Settings, the first-start question and
 * the import wizard all use it, so the same countries appear named the same way everywhere.
 */
export function CountrySelect({ id, label, value, locale, onChange, defaultCountry = null, hint, error, disabled = false }: CountrySelectProps) {
  const options = useMemo(() => countryOptions(locale), [locale]);
  const s = appStrings.countrySelect;
  const messageId = `${id}-message`;
  // A stored code libphonenumber does not list (an older database) is still shown, not replaced.
  const known = value === null || options.some(([code]) => code === value);
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        disabled={disabled || value === null}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? messageId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {value === null && <option value="">{s.loading}</option>}
        {!known && <option value={value}>{value}</option>}
        {options.map(([code, name]) => (
          <option key={code} value={code}>
            {code === defaultCountry ? s.defaultOption(name, code) : s.option(name, code)}
          </option>
        ))}
      </select>
      {error ? (
        <p id={messageId} className="field-error" role="alert">
          {error}
        </p>
      ) : (
        hint && (
          <p id={messageId} className="field-hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}
