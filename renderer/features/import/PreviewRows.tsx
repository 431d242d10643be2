import type { PreviewRow, RowChoice } from '../../../shared/contract/import.ts';
import { importStrings as s } from './strings.ts';
import { coreSentence } from '../../i18n/core-sentences.ts';
import { countryNameOf } from '../../../shared/domain/phone-reading.ts';
import { userLocale } from '../../app/locale.ts';

interface PreviewRowsProps {
  rows: readonly PreviewRow[];
  /** The user's choice per line, over the global "when a row matches" choice. */
  choices: Readonly<Record<number, RowChoice>>;
  onChoose(line: number, choice: RowChoice | null): void;
  disabled?: boolean;
  label: string;
}

/**
 * The preview's rows: status, what the row holds (phones with how they were read), how it matched
 * and what the import will do, and for rows that match someone a choice of their own (merge into
 * that contact, create, skip). Shared by the CSV wizard and the vCard/cards import.
 */
export function PreviewRows({ rows, choices, onChoose, disabled = false, label }: PreviewRowsProps) {
  return (
    <div className="import-table-wrap">
      <table className="import-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{s.line}</th>
            <th scope="col">{s.status}</th>
            <th scope="col">{s.name}</th>
            <th scope="col">{s.what}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <td className="num">{row.line}</td>
              <td>
                <span className={`badge status-${row.status}`}>{s.statuses[row.status]}</span>
              </td>
              <td>
                <RowDetails row={row} />
              </td>
              <td>
                {row.status === 'error' ? (row.error ? coreSentence(row.error) : row.message) : <RowOutcome row={row} />}
                {row.status !== 'error' && row.match && row.status !== 'already' && (
                  <RowChoiceSelect row={row} choice={choices[row.line] ?? null} onChoose={onChoose} disabled={disabled} />
                )}
                {row.warnings.map((warning) => (
                  <div key={warning.text} className="small muted">
                    {coreSentence(warning)}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowDetails({ row }: { row: PreviewRow }) {
  const details = row.details;
  return (
    <>
      <div className="row-name">{row.displayName}</div>
      {details && (details.company || details.title) && <div className="small muted">{[details.title, details.company].filter(Boolean).join(', ')}</div>}
      {details?.emails.map((email) => (
        <div key={email} className="small muted">
          {email}
        </div>
      ))}
      {details?.phones.map((phone) => (
        <div key={phone.value} className={`small ${phone.readAs && phone.valid ? 'muted' : 'form-warning'}`}>
          {phone.value}
          {' · '}
          {phone.readAs ? s.readAs(readingOf(phone)) : s.unreadablePhone}
          {phone.readAs && !phone.valid && ` (${s.invalidPhone})`}
        </div>
      ))}
      {!details && row.detail && <div className="small muted">{row.detail}</div>}
    </>
  );
}

/** "+33 6 12 34 56 78, France" with the country named in the interface language (the core's `readAs` is English). */
function readingOf(phone: NonNullable<PreviewRow['details']>['phones'][number]): string {
  if (!phone.international) return phone.readAs ?? '';
  return phone.country ? `${phone.international}, ${countryNameOf(phone.country, userLocale())}` : phone.international;
}

function RowOutcome({ row }: { row: PreviewRow }) {
  return (
    <>
      {row.match && <div>{s.matchedBy(row.match)}</div>}
      <div className={row.action === 'skip' ? 'muted' : undefined}>{s.willDo(row)}</div>
    </>
  );
}

function RowChoiceSelect({ row, choice, onChoose, disabled }: { row: PreviewRow; choice: RowChoice | null; onChoose(line: number, choice: RowChoice | null): void; disabled: boolean }) {
  const target = s.matchWho(row.match!);
  return (
    <select
      className="select row-choice"
      aria-label={s.rowChoice(row.line)}
      value={choice ?? ''}
      disabled={disabled}
      onChange={(event) => onChoose(row.line, (event.target.value || null) as RowChoice | null)}
    >
      {/* A shared key with a conflicting name is created whatever the global choice says. */}
      <option value="">{row.match!.namesConflict ? s.rowChoices.keepApart : s.rowChoices.default}</option>
      <option value="merge">{s.rowChoices.merge(target)}</option>
      <option value="create">{s.rowChoices.create}</option>
      <option value="skip">{s.rowChoices.skip}</option>
    </select>
  );
}
