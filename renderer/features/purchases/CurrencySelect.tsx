import { useMemo } from 'react';
import { currencyOptions } from './currency-choice.ts';

interface CurrencySelectProps {
  id: string;
  label: string;
  value: string;
  locale: string;
  onChange(code: string): void;
  hint?: string;
  disabled?: boolean;
}

/** A menu of every ISO currency, named in the user's language by Intl ("euro (EUR)"). */
export function CurrencySelect({ id, label, value, locale, onChange, hint, disabled = false }: CurrencySelectProps) {
  const options = useMemo(() => currencyOptions(locale), [locale]);
  const known = options.some((option) => option.code === value);
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} className="select" value={value} disabled={disabled} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => onChange(event.target.value)}>
        {!known && <option value={value}>{value}</option>}
        {options.map(({ code, name }) => (
          <option key={code} value={code}>
            {`${name} (${code})`}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
