import type { ColumnMapping, ColumnTarget, TableDescription } from '../../../shared/contract/import.ts';
import { describeTarget, TARGET_CHOICES, targetFromKey, targetKey } from './target-options.ts';
import { SavedMappings } from './SavedMappings.tsx';
import { importStrings as s } from './strings.ts';

/** Column -> field, with sample values, and saved mappings to reuse. */
export function MappingTable({ table, mapping, onTarget, onApply }: { table: TableDescription; mapping: ColumnMapping; onTarget(column: string, target: ColumnTarget): void; onApply(mapping: ColumnMapping): void }) {
  return (
    <section className="import-mapping" aria-labelledby="import-mapping-title">
      <h3 id="import-mapping-title">{s.mappingTitle}</h3>
      <p className="small muted">{s.mappingIntro}</p>
      <SavedMappings mapping={mapping} onApply={onApply} />
      <div className="import-table-wrap">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{s.column}</th>
              <th scope="col">{s.samples}</th>
              <th scope="col">{s.goesTo}</th>
            </tr>
          </thead>
          <tbody>
            {table.columns.map((column) => {
              const target = mapping[column.name] ?? column.target;
              const key = targetKey(target);
              const known = TARGET_CHOICES.some((choice) => targetKey(choice.target) === key);
              return (
                <tr key={column.name} className={target.field === 'ignore' ? 'ignored' : undefined}>
                  <th scope="row">{column.name}</th>
                  <td className="samples">{column.samples.join(' · ') || <span className="muted">—</span>}</td>
                  <td>
                    <select
                      className="select"
                      aria-label={s.goesToColumn(column.name)}
                      value={key}
                      onChange={(event) => {
                        const chosen = targetFromKey(event.target.value);
                        // A note or custom field is named after its column unless the preset named it.
                        onTarget(column.name, chosen.field === 'note' || chosen.field === 'custom' ? { ...chosen, label: chosen.label ?? column.name } : chosen);
                      }}
                    >
                      {!known && <option value={key}>{describeTarget(target)}</option>}
                      {TARGET_CHOICES.map((choice) => (
                        <option key={targetKey(choice.target)} value={targetKey(choice.target)}>
                          {choice.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
