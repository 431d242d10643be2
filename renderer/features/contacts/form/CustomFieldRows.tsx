import { newRowKey, type FieldErrors, type ValueRow } from '../contact-draft.ts';
import { TextField } from './TextField.tsx';
import { contactStrings as s } from '../strings.ts';

interface CustomFieldRowsProps {
  rows: ValueRow[];
  errors: FieldErrors;
  onChange(rows: ValueRow[]): void;
}

/**
 * Fields Carnet has no place for ("Customer number", "Spouse"): an import keeps such columns
 * here, and the user can add, rename, change or remove them. Each row is a name and a value.
 */
export function CustomFieldRows({ rows, errors, onChange }: CustomFieldRowsProps) {
  const update = (index: number, patch: Partial<ValueRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="form-group">
      <legend className={rows.length > 0 ? 'group-legend' : 'visually-hidden'}>{s.customFields}</legend>
      {errors.customFields && (
        <p className="field-error" role="alert">
          {errors.customFields}
        </p>
      )}
      {rows.map((row, index) => (
        <div key={row.key} className="value-row">
          <TextField
            id={`custom-${row.key}-name`}
            label={s.customFieldName}
            hideLabel
            placeholder={s.customFieldNamePlaceholder}
            autoComplete="off"
            value={row.label}
            error={errors[`customFields.${index}.label`]}
            onChange={(label) => update(index, { label })}
          />
          {row.value.includes('\n') ? (
            // A value of several lines (an imported address, a comment) keeps its line breaks.
            <MultiLineValue id={`custom-${row.key}-value`} value={row.value} error={errors[`customFields.${index}.value`] ?? errors[`customFields.${index}`]} onChange={(value) => update(index, { value })} />
          ) : (
            <TextField
              id={`custom-${row.key}-value`}
              className="grow"
              label={s.customFieldValue}
              hideLabel
              autoComplete="off"
              value={row.value}
              error={errors[`customFields.${index}.value`] ?? errors[`customFields.${index}`]}
              onChange={(value) => update(index, { value })}
            />
          )}
          <button type="button" className="button ghost remove-button" title={s.removeTitle('customFields')} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            {s.remove}
          </button>
        </div>
      ))}
      <button type="button" className="button link add-button" onClick={() => onChange([...rows, { key: newRowKey(), label: '', value: '' }])}>
        + {s.addCustomField}
      </button>
    </fieldset>
  );
}

function MultiLineValue({ id, value, error, onChange }: { id: string; value: string; error: string | undefined; onChange(value: string): void }) {
  return (
    <div className="field grow">
      <label htmlFor={id} className="visually-hidden">
        {s.customFieldValue}
      </label>
      <textarea
        id={id}
        className="input textarea"
        rows={Math.min(6, value.split('\n').length)}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-message` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id={`${id}-message`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
