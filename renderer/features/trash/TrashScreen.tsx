import { useEffect } from 'react';
import { useClient } from '../../app/client-context.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Icon } from '../../components/Icon.tsx';
import { useTrashList } from '../../stores/trash-list-store.ts';
import { ProgressBar } from '../backup/ProgressBar.tsx';
import { useJobProgress } from '../backup/use-job-progress.ts';
import { TrashImports } from './TrashImports.tsx';
import { TrashList } from './TrashList.tsx';
import { useTrashActions } from './use-trash-actions.ts';
import { trashStrings as s } from './strings.ts';
import './trash.css';

/**
 * The Trash: deleted contacts and those removed by undoing an import, newest first, for the
 * retention period. Restore one, the ticked ones or a whole undone import; delete forever or
 * empty the trash after a confirmation.
 */
export function TrashScreen() {
  const client = useClient();
  const total = useTrashList((state) => state.total);
  const people = useTrashList((state) => state.people);
  const companies = useTrashList((state) => state.companies);
  const error = useTrashList((state) => state.error);
  const batch = useTrashList((state) => state.batch);
  const imports = useTrashList((state) => state.imports);
  const retentionDays = useTrashList((state) => state.retentionDays);
  const generation = useTrashList((state) => state.generation);
  const selected = useTrashList((state) => state.selected);
  const actions = useTrashActions();
  const progress = useJobProgress(actions.job?.jobId ?? null);

  // Every change to contacts bumps the generation (use-change-events): the undone imports follow.
  useEffect(() => {
    void useTrashList.getState().loadImports(client);
  }, [client, generation]);
  // While nothing is shown (empty, or first load), fetch page 0 here; the list fetches the rest.
  useEffect(() => {
    if (total === null || total === 0) useTrashList.getState().ensureRange(client, 0, 0);
  }, [client, total, generation]);

  let body;
  if (error && !total) body = <p className="pane-message" role="alert">{error}</p>;
  else if (total === null) body = <p className="pane-message">{s.loading}</p>;
  else if (total === 0) body = <EmptyState title={s.emptyTitle} body={s.emptyBody(retentionDays)} titleId="trash-empty-title" />;
  else body = <TrashList busy={actions.busy} onRestore={(items) => void actions.restore(items)} onDelete={actions.askDelete} />;

  return (
    <div className="trash-page">
      <header className="page-header">
        <h1>{s.title}</h1>
        {/* The empty state says the same, at more length. */}
        {total !== 0 && <p className="muted">{s.intro(retentionDays)}</p>}
      </header>

      {actions.job && (
        <div className="trash-job">
          <ProgressBar label={actions.job.label} progress={progress} />
          <button type="button" className="button ghost" onClick={actions.cancelJob}>
            {s.stop}
          </button>
        </div>
      )}

      {!batch && imports && imports.length > 0 && (
        <TrashImports imports={imports} busy={actions.busy} onShow={(item) => useTrashList.getState().setBatch({ id: item.id, fileName: item.fileName })} onRestoreAll={(item) => void actions.restoreImport(item)} />
      )}

      {batch && (
        <div className="filter-bar" role="status">
          <span className="filter-bar-text">{s.filter(batch.fileName)}</span>
          <button type="button" className="button ghost" aria-label={s.clearFilterLabel} title={s.clearFilterLabel} onClick={() => useTrashList.getState().setBatch(null)}>
            <Icon name="close" />
            <span>{s.clearFilter}</span>
          </button>
        </div>
      )}

      {total !== null && total > 0 && (
        <div className="trash-toolbar" role="toolbar" aria-label={s.title}>
          <span className="trash-count small muted" aria-live="polite">
            {selected.size > 0 ? s.selected(selected.size) : people !== null && companies !== null ? s.counts(people, companies) : ''}
          </span>
          {selected.size > 0 && (
            <>
              <button type="button" className="button" disabled={actions.busy} onClick={() => void actions.restore()}>
                {s.restoreSelected(selected.size)}
              </button>
              <button type="button" className="button danger" disabled={actions.busy} onClick={() => actions.askDelete()}>
                {s.deleteSelected(selected.size)}
              </button>
              <button type="button" className="button ghost" onClick={() => useTrashList.getState().unselect()}>
                {s.clearSelection}
              </button>
            </>
          )}
          {!batch && (
            <button type="button" className="button danger trash-empty-button" disabled={actions.busy} onClick={() => actions.askEmpty(people ?? total, companies ?? 0)}>
              {s.emptyTrash}
            </button>
          )}
        </div>
      )}

      {body}

      {actions.question && (
        <ConfirmDialog
          title={actions.question.kind === 'empty' ? s.confirmEmptyTitle : s.confirmDeleteTitle(actions.question.what)}
          body={actions.question.kind === 'empty' ? s.confirmEmptyBody(actions.question.what) : s.confirmDeleteBody}
          confirmLabel={actions.question.kind === 'empty' ? s.confirmEmpty : s.deleteForever}
          cancelLabel={s.cancel}
          danger
          onConfirm={() => void actions.confirm()}
          onCancel={actions.cancelQuestion}
        />
      )}
    </div>
  );
}
