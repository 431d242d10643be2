import { useId, type KeyboardEvent } from 'react';
import { CONTACT_SORTS, type ContactSort } from '../../../shared/contract/contacts.ts';
import { interactionStrings as s } from './strings.ts';

/**
 * The list's order: by name, or by last contact (who is due a call first). Two radio buttons
 * drawn as one segmented control: one Tab stop, arrows switch, as radios do.
 */
export function SortControl({ sort, onChange }: { sort: ContactSort; onChange(sort: ContactSort): void }) {
  const labelId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) return;
    event.preventDefault();
    const next = CONTACT_SORTS[(CONTACT_SORTS.indexOf(sort) + 1) % CONTACT_SORTS.length]!;
    onChange(next);
    (event.currentTarget.querySelector(`[data-sort="${next}"]`) as HTMLElement | null)?.focus();
  };
  return (
    <div className="sort-control" role="radiogroup" aria-labelledby={labelId} onKeyDown={onKeyDown}>
      <span id={labelId}>{s.sortLabel}</span>
      {CONTACT_SORTS.map((value) => (
        <button
          key={value}
          type="button"
          role="radio"
          data-sort={value}
          aria-checked={sort === value}
          tabIndex={sort === value ? 0 : -1}
          title={value === 'name' ? s.sortName : s.sortLastContacted}
          className={`sort-option${sort === value ? ' checked' : ''}`}
          onClick={() => onChange(value)}
        >
          {value === 'name' ? s.sortName : s.sortLastContactedShort}
        </button>
      ))}
    </div>
  );
}
