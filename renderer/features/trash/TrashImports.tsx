import type { TrashImport } from '../../../shared/contract/trash.ts';
import { userLocale } from '../../app/locale.ts';
import { trashStrings as s } from './strings.ts';

const day = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));

interface TrashImportsProps {
  imports: TrashImport[];
  busy: boolean;
  onShow(item: TrashImport): void;
  onRestoreAll(item: TrashImport): void;
}

/** The undone imports whose contacts are in the trash: each can be shown alone, or restored whole. */
export function TrashImports({ imports, busy, onShow, onRestoreAll }: TrashImportsProps) {
  const locale = userLocale();
  return (
    <section className="trash-imports" aria-labelledby="trash-imports-title">
      <h2 id="trash-imports-title" className="trash-imports-title">
        {s.importsTitle}
      </h2>
      <ul>
        {imports.map((item) => {
          const what = s.counts(item.people, item.companies);
          return (
            <li key={item.id} className="trash-import">
              <span className="trash-import-text">
                <span>{s.importLine(item.fileName, day(item.importedAt, locale), day(item.undoneAt, locale))}</span>
                <span className="small muted">{what}</span>
              </span>
              <button type="button" className="button ghost" aria-label={s.showOnlyLabel(item.fileName)} onClick={() => onShow(item)}>
                {s.showOnly}
              </button>
              <button type="button" className="button" aria-label={s.restoreAllLabel(what, item.fileName)} disabled={busy} onClick={() => onRestoreAll(item)}>
                {s.restoreAll(what)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
