import { useState } from 'react';
import { ExportVCardButton } from './ExportVCardButton.tsx';
import { cardStrings as s } from './strings.ts';

/** Export every contact, or those with a tag, as one .vcf file (3.0, or 4.0 on request). */
export function VCardExportCard() {
  const [tag, setTag] = useState('');
  const [version, setVersion] = useState<'3.0' | '4.0'>('3.0');
  const cleanTag = tag.trim();
  return (
    <section className="card" aria-labelledby="vcard-export-title">
      <h2 id="vcard-export-title">{s.exportTitle}</h2>
      <p className="muted">{s.exportIntro}</p>
      <div className="cards-export-row">
        <label className="field">
          <span className="field-label">{s.exportTag}</span>
          <input className="input" value={tag} onChange={(event) => setTag(event.target.value)} placeholder={s.exportTagPlaceholder} />
        </label>
        <label className="field">
          <span className="field-label">{s.exportVersion}</span>
          <select className="select" value={version} onChange={(event) => setVersion(event.target.value as '3.0' | '4.0')}>
            <option value="3.0">{s.version30}</option>
            <option value="4.0">{s.version40}</option>
          </select>
        </label>
        <ExportVCardButton selection={cleanTag ? { tag: cleanTag } : { all: true }} version={version} className="button primary" />
      </div>
    </section>
  );
}
