import type { InputHTMLAttributes } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string | undefined;
  /** Shown instead of the hint: something to check that does not stop saving. */
  warning?: string | undefined;
  /** Keep the label for screen readers only (repeated rows show it once). */
  hideLabel?: boolean;
}

/** A labelled input with its error or hint right beneath it, tied together for assistive tech. */
export function TextField({ id, label, value, onChange, error, hint, warning, hideLabel = false, className, ...rest }: TextFieldProps) {
  const messageId = `${id}-message`;
  const note = warning ?? hint;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || note ? messageId : undefined}
        {...rest}
      />
      {error ? (
        <p id={messageId} className="field-error">
          {error}
        </p>
      ) : (
        note && (
          <p id={messageId} className={warning ? 'field-warning' : 'field-hint'}>
            {note}
          </p>
        )
      )}
    </div>
  );
}
