import type { Analyzed } from './use-import-wizard.ts';
import { importStrings as s } from './strings.ts';
import { coreSentence } from '../../i18n/core-sentences.ts';

/** What was detected (encoding, separator, exporter), each with an override. */
export function SourcePanel({ analyzed, busy, onChange }: { analyzed: Analyzed; busy: boolean; onChange(change: { encoding?: string | null; delimiter?: string | null; preset?: string | null }): void }) {
  const table = analyzed.table;
  const encodings = analyzed.encoding && !analyzed.encodings.includes(analyzed.encoding) ? [analyzed.encoding, ...analyzed.encodings] : analyzed.encodings;
  return (
    <section className="import-source" aria-labelledby="import-source-title">
      <h3 id="import-source-title">{s.detected}</h3>
      <div className="import-source-grid">
        {analyzed.encoding && (
          <label className="field">
            <span className="field-label">{s.encoding}</span>
            <select className="select" value={analyzed.encoding} disabled={busy} onChange={(event) => onChange({ encoding: event.target.value })}>
              {encodings.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        {table && (
          <label className="field">
            <span className="field-label">{s.delimiter}</span>
            <select className="select" value={table.delimiter} disabled={busy} onChange={(event) => onChange({ delimiter: event.target.value })}>
              {Object.entries(s.delimiters).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        )}
        {table && (
          <label className="field">
            <span className="field-label">{s.source}</span>
            <select className="select" value={table.preset.id} disabled={busy} onChange={(event) => onChange({ preset: event.target.value })}>
              {analyzed.presets.map((preset) => (
                <option key={preset.id} value={preset.id}>
                  {s.presetLabel(preset)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <ul className="import-notes small muted">
        <li>{s.rows(analyzed.recordCount)}</li>
        {analyzed.notes.map((note) => (
          <li key={note.text}>{coreSentence(note)}</li>
        ))}
      </ul>
    </section>
  );
}
