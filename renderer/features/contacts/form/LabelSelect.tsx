import { contactStrings as s, labelText } from '../strings.ts';

/**
 * Picks a row's label (work, home, …). A label that came from an import ("Shop") stays available.
 * Its accessible name is "Label" so that "Email" and "Phone" name only the value inputs.
 */
export function LabelSelect({ id, value, options, onChange }: { id: string; value: string; options: readonly string[]; onChange(value: string): void }) {
  const all = value && !options.includes(value) ? [...options, value] : options;
  return (
    <select id={id} className="select label-select" aria-label={s.fieldLabel} title={s.fieldLabel} value={value} onChange={(event) => onChange(event.target.value)}>
      {all.map((option) => (
        <option key={option} value={option}>
          {labelText(option)}
        </option>
      ))}
    </select>
  );
}
