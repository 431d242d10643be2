import { useState } from 'react';
import type { ValueRow, FieldErrors } from '../contact-draft.ts';
import { emptyValueRow } from '../contact-draft.ts';
import type { FieldNote } from '../phone-note.ts';
import { LabelSelect } from './LabelSelect.tsx';
import { TextField } from './TextField.tsx';
import { contactStrings as s } from '../strings.ts';

interface ValueRowsProps {
  /** Path prefix in errors and the contract: "emails", "phones", "websites". */
  path: 'emails' | 'phones' | 'websites';
  label: string;
  addLabel: string;
  labelOptions: readonly string[];
  inputType: 'email' | 'tel' | 'url';
  rows: ValueRow[];
  errors: FieldErrors;
  onChange(rows: ValueRow[]): void;
  /** Checks one row when the user leaves it (emails are validated inline). */
  onBlurRow?(index: number, value: string): void;
  /** Called on every keystroke, so a message can disappear as soon as the value is fixed. */
  onEditRow?(index: number, value: string): void;
  /** The note under a value (how a phone number was read); `typing` until the user leaves the row. */
  noteFor?(value: string, typing: boolean): FieldNote | undefined;
}

/** A repeatable field: every input keeps the same accessible name ("Email"), each with its label and Remove. */
export function ValueRows({ path, label, addLabel, labelOptions, inputType, rows, errors, onChange, onBlurRow, onEditRow, noteFor }: ValueRowsProps) {
  const update = (index: number, patch: Partial<ValueRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="form-group">
      <legend className={rows.length > 0 ? 'group-legend' : 'visually-hidden'}>{label}</legend>
      {rows.map((row, index) => (
        <div key={row.key} className="value-row">
          <LabelSelect id={`${path}-${row.key}-label`} value={row.label} options={labelOptions} onChange={(value) => update(index, { label: value })} />
          <ValueInput
            id={`${path}-${row.key}`}
            label={label}
            inputType={inputType}
            value={row.value}
            error={errors[`${path}.${index}.value`] ?? errors[`${path}.${index}`]}
            noteFor={noteFor}
            onChange={(value) => {
              update(index, { value });
              onEditRow?.(index, value);
            }}
            onBlur={(value) => onBlurRow?.(index, value)}
          />
          <button
            type="button"
            className="button ghost remove-button"
            title={s.removeTitle(path)}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            {s.remove}
          </button>
        </div>
      ))}
      <button type="button" className="button link add-button" onClick={() => onChange([...rows, emptyValueRow(labelOptions[0] ?? '')])}>
        + {addLabel}
      </button>
    </fieldset>
  );
}

interface ValueInputProps {
  id: string;
  label: string;
  inputType: ValueRowsProps['inputType'];
  value: string;
  error: string | undefined;
  noteFor: ValueRowsProps['noteFor'];
  onChange(value: string): void;
  onBlur(value: string): void;
}

/** One row's input with its note; a value loaded from the contact counts as finished. */
function ValueInput({ id, label, inputType, value, error, noteFor, onChange, onBlur }: ValueInputProps) {
  const [typing, setTyping] = useState(false);
  const note = noteFor?.(value, typing);
  return (
    <TextField
      id={id}
      className="grow"
      label={label}
      hideLabel
      type={inputType}
      inputMode={inputType === 'tel' ? 'tel' : undefined}
      autoComplete="off"
      value={value}
      error={error}
      hint={note && !note.warning ? note.text : undefined}
      warning={note?.warning ? note.text : undefined}
      onChange={(next) => {
        setTyping(true);
        onChange(next);
      }}
      onBlur={(event) => {
        setTyping(false);
        onBlur(event.target.value);
      }}
    />
  );
}
