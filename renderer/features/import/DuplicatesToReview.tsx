import { useId } from 'react';
import type { ImportSummary } from '../../../shared/contract/import.ts';
import { contactPanelStores } from '../../stores/contact-panel-store.ts';
import { useNavigation } from '../../stores/navigation-store.ts';
import { importStrings as s } from './strings.ts';

/** Shown in this many rows; the rest are counted. */
const SHOWN = 10;

/**
 * The rows an import created although they share an email or phone with someone whose name
 * differs: Carnet never merges those on its own, so it lists them for the user to check.
 */
export function DuplicatesToReview({ summary }: { summary: ImportSummary }) {
  const go = useNavigation((state) => state.go);
  const shown = summary.duplicatesToReview.slice(0, SHOWN);
  const titleId = useId();
  return (
    <section className="import-duplicates" aria-labelledby={titleId}>
      <h4 id={titleId}>{s.duplicatesTitle(summary.possibleDuplicates)}</h4>
      <p className="small muted">{s.duplicatesIntro}</p>
      <ul className="import-duplicate-list">
        {shown.map((row) => (
          <li key={row.line}>
            <span>{s.duplicateRow(row.line, row.displayName, s.matchedBy(row.match))}</span>
            {row.contactId && (
              <button
                type="button"
                className="button"
                aria-label={s.openContact(row.displayName)}
                onClick={() => {
                  contactPanelStores[row.kind].getState().open(row.contactId);
                  go(row.kind === 'company' ? 'companies' : 'contacts');
                }}
              >
                {s.open}
              </button>
            )}
          </li>
        ))}
      </ul>
      {summary.possibleDuplicates > shown.length && <p className="small muted">{s.moreDuplicates(summary.possibleDuplicates - shown.length)}</p>}
    </section>
  );
}
