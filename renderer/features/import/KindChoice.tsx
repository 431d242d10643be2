import { useId } from 'react';
import { IMPORT_KINDS, type ImportKind } from '../../../shared/contract/import.ts';
import type { Analyzed } from './use-import-wizard.ts';
import { salesStrings as ss } from './sales-strings.ts';

/**
 * What the file was found to hold, from its columns ("Sales file found (Shopify orders export):
 * 3 orders", or "Contacts file found"), and the choice to read it the other way.
 */
export function KindChoice({ analyzed, busy, onKind }: { analyzed: Analyzed; busy: boolean; onKind(kind: ImportKind): void }) {
  const id = useId();
  const found = analyzed.kind === 'purchases' && analyzed.sales ? ss.found(analyzed.sales.platform, analyzed.sales.orderCount) : ss.contactsFound;
  return (
    <div className="import-kind">
      <p className="import-kind-found" data-testid="import-kind-found">
        <strong>{found}</strong>
      </p>
      <label className="field" htmlFor={`${id}-kind`}>
        <span className="field-label">{ss.readAs}</span>
        <select id={`${id}-kind`} className="select" value={analyzed.kind} disabled={busy} onChange={(event) => onKind(event.target.value as ImportKind)}>
          {IMPORT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {ss.kinds[kind]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
