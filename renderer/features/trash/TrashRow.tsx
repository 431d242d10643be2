import type { TrashItem } from '../../../shared/contract/trash.ts';
import { Avatar } from '../../components/Avatar.tsx';
import { trashStrings as s } from './strings.ts';

export const when = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

interface TrashRowProps {
  item: TrashItem;
  locale: string;
  selected: boolean;
  busy: boolean;
  onToggle(): void;
  onRestore(): void;
  onDelete(): void;
}

/** One contact in the trash: who (person or company), when and why it went there, and what can be done. */
export function TrashRow({ item, locale, selected, busy, onToggle, onRestore, onDelete }: TrashRowProps) {
  const why = item.batch ? s.removedByUndo(item.batch.fileName, when(item.deletedAt, locale)) : s.deletedByYou(when(item.deletedAt, locale));
  const who = [item.kind === 'company' ? s.company : s.person, item.company, item.primaryEmail].filter(Boolean).join(' · ');
  return (
    <>
      <input type="checkbox" className="trash-check" checked={selected} aria-label={s.select(item.displayName)} onChange={onToggle} />
      <Avatar name={item.displayName} kind={item.kind} />
      <span className="row-text">
        <span className="row-name">{item.displayName}</span>
        <span className="row-secondary" title={who}>
          {who}
        </span>
        <span className="row-secondary" title={why}>
          {why}
        </span>
      </span>
      <span className="trash-row-actions">
        <button type="button" className="button" aria-label={s.restoreOne(item.displayName)} disabled={busy} onClick={onRestore}>
          {s.restore}
        </button>
        <button type="button" className="button ghost danger" aria-label={s.deleteOneForever(item.displayName)} disabled={busy} onClick={onDelete}>
          {s.deleteForever}
        </button>
      </span>
    </>
  );
}
