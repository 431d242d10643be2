import type { StoreApi, UseBoundStore } from 'zustand';
import { RFM_SEGMENTS, rfmSegmentSchema } from '../../../shared/contract/reports.ts';
import type { ContactListState } from '../../stores/contact-list-store.ts';
import { Icon } from '../../components/Icon.tsx';
import { reportStrings as s } from './strings.ts';

/**
 * The contact list's report filters: a segment picker (RFM, always there), and when a report
 * opened some customers ("New customers, March 2026") a bar that says so with the way back.
 */
export function SubsetFilterBar({ list }: { list: UseBoundStore<StoreApi<ContactListState>> }) {
  const subset = list((state) => state.subset);
  const segment = subset?.segment ?? '';
  const fromReport = subset !== null && subset.ids !== null;
  return (
    <>
      <div className="segment-filter">
        <label htmlFor={`segment-filter-${list.getState().kind}`}>{s.segmentLabel}</label>
        <select
          id={`segment-filter-${list.getState().kind}`}
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
              {s.segments[name]}
            </option>
          ))}
        </select>
      </div>
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
