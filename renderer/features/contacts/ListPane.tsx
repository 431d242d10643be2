import type { StoreApi, UseBoundStore } from 'zustand';
import type { ContactListState } from '../../stores/contact-list-store.ts';
import type { ContactPanelState } from '../../stores/contact-panel-store.ts';
import { useClient } from '../../app/client-context.ts';
import { modKey } from '../../app/locale.ts';
import { appStrings } from '../../app/strings.ts';
import { useEffect } from 'react';
import { EmptyState } from '../../components/EmptyState.tsx';
import { GetStarted } from '../../components/GetStarted.tsx';
import { Icon } from '../../components/Icon.tsx';
import { SearchBox } from './SearchBox.tsx';
import { ContactList } from './ContactList.tsx';
import { contactStrings as s } from './strings.ts';
import { BatchFilterBar } from './BatchFilterBar.tsx';
import { SortControl } from '../interactions/SortControl.tsx';
import { SubsetFilterBar } from '../reports/SubsetFilterBar.tsx';
import { reportStrings } from '../reports/strings.ts';

interface ListPaneProps {
  list: UseBoundStore<StoreApi<ContactListState>>;
  panel: UseBoundStore<StoreApi<ContactPanelState>>;
  /** Opens the editor for a new contact, prefilled from a search that found nothing. */
  onCreate(prefill?: string): void;
}

/** The left side of the split view: search, count, the list or the empty state that fits. */
export function ListPane({ list, panel, onCreate }: ListPaneProps) {
  const client = useClient();
  const kind = list((state) => state.kind);
  const total = list((state) => state.total);
  const query = list((state) => state.query);
  const error = list((state) => state.error);
  const generation = list((state) => state.generation);
  const people = list((state) => state.people);
  const companies = list((state) => state.companies);
  const batch = list((state) => state.batch);
  const subset = list((state) => state.subset);
  const sort = list((state) => state.sort);
  const newLabel = kind === 'person' ? s.newContact : s.newCompany;

  // The list component fetches the pages it shows; while nothing is shown (empty), fetch page 0 here.
  useEffect(() => {
    if (total === null || total === 0) list.getState().ensureRange(client, 0, 0);
  }, [client, list, total, generation]);

  let body;
  if (error && !total) {
    body = (
      <p className="pane-message" role="alert">
        {error}
      </p>
    );
  } else if (total === null) {
    body = <p className="pane-message">{s.loading}</p>;
  } else if (total === 0 && query === '' && subset && !batch) {
    body = <p className="pane-message">{reportStrings.subsetEmpty}</p>;
  } else if (total === 0 && query === '' && batch) {
    body = (
      <EmptyState title={s.batchEmptyTitle} body={s.batchEmptyBody} titleId={`batch-empty-${kind}`}>
        <button type="button" className="button" onClick={() => list.getState().setBatch(null)}>
          {s.showAll}
        </button>
      </EmptyState>
    );
  } else if (total === 0 && query === '') {
    body =
      kind === 'person' ? (
        <GetStarted title={s.emptyTitle} body={s.emptyBody} titleId="empty-contacts-title" onAddFirst={() => onCreate()} />
      ) : (
        <EmptyState title={s.emptyCompaniesTitle} body={s.emptyCompaniesBody} titleId="empty-companies-title">
          <button type="button" className="button primary" onClick={() => onCreate()}>
            {s.addFirstCompany}
          </button>
        </EmptyState>
      );
  } else if (total === 0) {
    body = (
      <EmptyState title={s.noResults(query)} body={s.noResultsHint} titleId={`no-results-${kind}`}>
        <button type="button" className="button" onClick={() => onCreate(query)}>
          {s.createNamed(query)}
        </button>
      </EmptyState>
    );
  } else {
    body = <ContactList list={list} panel={panel} />;
  }

  return (
    <section className="list-pane" aria-label={s.listLabel(kind)}>
      <div className="list-header">
        <SearchBox list={list} panel={panel} />
        {/* Icon-only so the search box keeps its width; the name stays for screen readers and tests. */}
        <button type="button" className="button primary icon-only new-button" title={s.withKeys(newLabel, `${modKey('N')} ${appStrings.keysOr} N`)} onClick={() => onCreate()}>
          <Icon name="plus" />
          <span className="visually-hidden">{newLabel}</span>
        </button>
      </div>
      {batch && <BatchFilterBar batch={batch} onClear={() => list.getState().setBatch(null)} />}
      <SubsetFilterBar list={list} />
      {total !== null && total > 0 && (
        <div className="list-count-row">
          <p className="list-count" aria-live="polite">
            {kind === 'company' ? s.companyCount(total) : people !== null && companies !== null ? s.kindCount(people, companies) : s.found(total)}
          </p>
          <SortControl sort={sort} onChange={(value) => list.getState().setSort(value)} />
        </div>
      )}
      {body}
    </section>
  );
}
