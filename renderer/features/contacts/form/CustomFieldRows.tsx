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
          <button type="button" className="button ghost remove-button" title={s.removeTitle(s.customFieldName)} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
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
