import type { ImportWizard } from './use-import-wizard.ts';
import { importStrings as s } from './strings.ts';

/**
 * Which comes first in the file's dates, day or month: shown while the preview asks (its dates
 * leave it open) or once the user has chosen. Contacts and sales files ask it the same way.
 */
export function DateOrderSelect({ wizard, disabled }: { wizard: ImportWizard; disabled: boolean }) {
  const { options } = wizard;
  return (
    <label className="field">
      <span className="field-label">{s.dateOrder}</span>
      <select className="select" value={options.dateOrder ?? ''} disabled={disabled} onChange={(event) => void wizard.changeOptions({ dateOrder: (event.target.value || null) as 'dmy' | 'mdy' | null })}>
        <option value="">{s.chooseDateOrder}</option>
        <option value="dmy">{s.dateOrders.dmy}</option>
        <option value="mdy">{s.dateOrders.mdy}</option>
      </select>
    </label>
  );
}
