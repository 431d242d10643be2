import type { AddressRow, FieldErrors } from '../contact-draft.ts';
import { emptyAddressRow } from '../contact-draft.ts';
import { LabelSelect } from './LabelSelect.tsx';
import { TextField } from './TextField.tsx';
import { contactStrings as s } from '../strings.ts';

const ADDRESS_LABELS = ['home', 'work', 'other'] as const;
type AddressPart = 'street' | 'city' | 'region' | 'postalCode' | 'country';
const PARTS: { part: AddressPart; label: string; wide?: boolean }[] = [
  { part: 'street', label: s.street, wide: true },
  { part: 'postalCode', label: s.postalCode },
  { part: 'city', label: s.city },
  { part: 'region', label: s.region },
  { part: 'country', label: s.country },
];

/** Postal addresses, added one at a time with "Add address". */
export function AddressRows({ rows, errors, onChange }: { rows: AddressRow[]; errors: FieldErrors; onChange(rows: AddressRow[]): void }) {
  const update = (index: number, patch: Partial<AddressRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="form-group">
      <legend className={rows.length > 0 ? 'group-legend' : 'visually-hidden'}>{s.sectionAddress}</legend>
      {rows.map((row, index) => (
        <div key={row.key} className="address-row">
          <div className="address-row-head">
            <LabelSelect id={`address-${row.key}-label`} value={row.label} options={ADDRESS_LABELS} onChange={(label) => update(index, { label })} />
            <button type="button" className="button ghost remove-button" title={s.removeTitle('addresses')} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              {s.remove}
            </button>
          </div>
          <div className="address-grid">
            {PARTS.map(({ part, label, wide }) => (
              <TextField
                key={part}
                id={`address-${row.key}-${part}`}
                className={wide ? 'wide' : ''}
                label={label}
                value={row[part]}
                error={errors[`addresses.${index}.${part}`]}
                onChange={(value) => update(index, { [part]: value })}
              />
            ))}
          </div>
        </div>
      ))}
      <button type="button" className="button link add-button" onClick={() => onChange([...rows, emptyAddressRow()])}>
        + {s.addAddress}
      </button>
    </fieldset>
  );
}
