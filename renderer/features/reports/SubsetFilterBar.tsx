import { useEffect, useState } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import { RFM_SEGMENTS, rfmSegmentSchema, type RfmSegment } from '../../../shared/contract/reports.ts';
import { useClient } from '../../app/client-context.ts';
import { userLocale } from '../../app/locale.ts';
import type { ContactListState } from '../../stores/contact-list-store.ts';
import { Icon } from '../../components/Icon.tsx';
import { reportStrings as s } from './strings.ts';

/** How many customers each segment holds; empty before any RFM score (no purchases yet). */
function useSegmentCounts(generation: number): Map<RfmSegment, number> {
  const client = useClient();
  const [counts, setCounts] = useState(new Map<RfmSegment, number>());
  useEffect(() => {
    let current = true;
    client
      .call('reports.segmentCounts', {})
      .then((rows) => current && setCounts(new Map(rows.map((row) => [row.segment, row.count]))))
      .catch(() => undefined); // the list works without the segment filter
    return () => {
      current = false;
    };
  }, [client, generation]);
  return counts;
}

/**
 * The contact list's report filters: an RFM segment picker (once customers have scores), and when
 * a report opened some customers ("New customers, March 2026") a bar that says so with the way back.
 */
export function SubsetFilterBar({ list }: { list: UseBoundStore<StoreApi<ContactListState>> }) {
  const subset = list((state) => state.subset);
  const generation = list((state) => state.generation);
  const counts = useSegmentCounts(generation);
  const segment = subset?.segment ?? '';
  const fromReport = subset !== null && subset.ids !== null;
  const selectId = `segment-filter-${list.getState().kind}`;
  const format = new Intl.NumberFormat(userLocale());
  return (
    <>
      {(counts.size > 0 || segment !== '') && (
        <div className="segment-filter">
          <label htmlFor={selectId}>{s.segmentLabel}</label>
          <select
            id={selectId}
            className="select"
            value={segment}
            onChange={(event) => {
              const parsed = rfmSegmentSchema.safeParse(event.target.value);
              list.getState().setSubset(parsed.success ? { label: s.segments[parsed.data], ids: null, segment: parsed.data } : null);
            }}
          >
            <option value="">{s.anySegment}</option>
            {RFM_SEGMENTS.map((name) => (
              <option key={name} value={name}>
                {`${s.segments[name]} (${format.format(counts.get(name) ?? 0)})`}
              </option>
            ))}
          </select>
        </div>
      )}
      {fromReport && (
        <div className="filter-bar" role="status">
          <span className="filter-bar-text">{s.subsetFilter(subset.label)}</span>
          <button type="button" className="button ghost" aria-label={s.clearSubsetLabel(subset.label)} title={s.clearSubsetLabel(subset.label)} onClick={() => list.getState().setSubset(null)}>
            <Icon name="close" />
            <span>{s.clearSubset}</span>
          </button>
        </div>
      )}
    </>
  );
}
