import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TrashItem } from '../../../shared/contract/trash.ts';
import { useClient } from '../../app/client-context.ts';
import { userLocale } from '../../app/locale.ts';
import { rowAt } from '../../stores/paged-cache.ts';
import { useTrashList } from '../../stores/trash-list-store.ts';
import { TrashRow } from './TrashRow.tsx';
import { trashStrings as s } from './strings.ts';

/** Fixed row height (px): three short lines of text. */
const ROW_HEIGHT = 68;

interface TrashListProps {
  busy: boolean;
  onRestore(items: TrashItem[]): void;
  onDelete(items: TrashItem[]): void;
}

/**
 * The trash, virtualized like the contact list: only the rows in view exist in the DOM, and only
 * their pages are fetched. A plain list of rows with their own controls (tick, Restore, Delete
 * forever), so Tab walks through them; the scroller follows the focus and renders the next rows.
 */
export function TrashList({ busy, onRestore, onDelete }: TrashListProps) {
  const client = useClient();
  const locale = userLocale();
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = useTrashList((state) => state.total) ?? 0;
  const pages = useTrashList((state) => state.pages);
  const generation = useTrashList((state) => state.generation);
  const selected = useTrashList((state) => state.selected);
  const toggle = useTrashList((state) => state.toggle);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 600, height: 500 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    useTrashList.getState().ensureRange(client, first, last);
  }, [client, first, last, generation]);

  return (
    <div ref={scrollRef} className="trash-list" role="list" aria-label={s.listLabel}>
      <div className="trash-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((row) => {
          const item = rowAt<TrashItem>({ pages }, row.index);
          return (
            <div
              key={row.key}
              role="listitem"
              aria-posinset={row.index + 1}
              aria-setsize={total}
              className={item && selected.has(item.id) ? 'trash-row selected' : 'trash-row'}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
            >
              {item ? (
                <TrashRow item={item} locale={locale} selected={selected.has(item.id)} busy={busy} onToggle={() => toggle(item)} onRestore={() => onRestore([item])} onDelete={() => onDelete([item])} />
              ) : (
                <span className="row-placeholder">{s.loadingRow}</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
