import type { BatchFilter } from '../../stores/contact-list-store.ts';
import { userLocale } from '../../app/locale.ts';
import { Icon } from '../../components/Icon.tsx';
import { contactStrings as s } from './strings.ts';

/** "12 Nov", with the year when it is not this year's. */
function shortDate(iso: string, locale: string): string {
  const date = new Date(iso);
  const sameYear = date.getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(locale, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** Says the list shows one import's contacts only ("From import of file.csv, 12 Nov"), with the way back to everyone. */
export function BatchFilterBar({ batch, onClear }: { batch: BatchFilter; onClear(): void }) {
  return (
    <div className="filter-bar" role="status">
      <span className="filter-bar-text">{s.batchFilter(batch.fileName, shortDate(batch.importedAt, userLocale()))}</span>
      <button type="button" className="button ghost" aria-label={s.clearBatchFilterLabel(batch.fileName)} title={s.clearBatchFilterLabel(batch.fileName)} onClick={onClear}>
        <Icon name="close" />
        <span>{s.clearBatchFilter}</span>
      </button>
    </div>
  );
}
