import { useState } from 'react';
import { MAX_TRASH_IDS, type TrashImport, type TrashItem } from '../../../shared/contract/trash.ts';
import { CarnetError } from '../../../shared/errors.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useToasts } from '../../stores/toast-store.ts';
import { useLeaveGuard } from '../../stores/leave-guard-store.ts';
import { useTrashList } from '../../stores/trash-list-store.ts';
import { trashStrings as s } from './strings.ts';

/** What the screen asks before doing something that cannot be undone. */
export type TrashQuestion = { kind: 'delete'; ids: string[]; what: string } | { kind: 'empty'; what: string };

/** A restore or an empty that runs as a job: its id tags the core's progress events, and Cancel uses it. */
export interface TrashJob {
  jobId: string;
  label: string;
}

let nextJob = 1;
const newJobId = () => `trash-ui-${Date.now().toString(36)}-${nextJob++}`;

/**
 * The Trash screen's actions: restore (some, or one whole undone import), delete forever and
 * empty (each asked first), with a toast when done. The lists refresh from the change events.
 */
export function useTrashActions() {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<TrashJob | null>(null);
  const [question, setQuestion] = useState<TrashQuestion | null>(null);
  const toasts = useToasts.getState();
  // A big restore or empty goes on if the user leaves, but out of sight and beyond Cancel: ask first.
  useLeaveGuard('trash-job', job ? s.leaveRunning : null);

  /** Runs one action at a time; a cancelled job says so quietly, other failures as errors. */
  async function run(action: () => Promise<string>, asJob?: TrashJob): Promise<void> {
    setBusy(true);
    if (asJob) setJob(asJob);
    try {
      toasts.show(await action());
    } catch (error) {
      const cancelled = error instanceof CarnetError && error.code === 'cancelled';
      toasts.show(errorMessage(error), cancelled ? {} : { tone: 'error' });
    } finally {
      setBusy(false);
      setJob(null);
    }
  }

  /** Ids in calls of at most MAX_TRASH_IDS (a selection is rarely that big). */
  async function inChunks(ids: string[], call: (chunk: string[]) => Promise<{ people: number; companies: number }>) {
    const total = { people: 0, companies: 0 };
    for (let start = 0; start < ids.length; start += MAX_TRASH_IDS) {
      const done = await call(ids.slice(start, start + MAX_TRASH_IDS));
      total.people += done.people;
      total.companies += done.companies;
    }
    return total;
  }

  return {
    busy,
    job,
    question,
    /** Restores the given rows, or the ticked ones. */
    restore: (items?: TrashItem[]) =>
      run(async () => {
        const ids = items ? items.map((item) => item.id) : [...useTrashList.getState().selected.keys()];
        const done = await inChunks(ids, (chunk) => client.call('trash.restore', { ids: chunk }));
        useTrashList.getState().unselect(ids);
        const only = items?.length === 1 && done.people + done.companies === 1 ? items[0] : undefined;
        return only ? s.restoredOne(only.displayName) : s.restored(s.counts(done.people, done.companies));
      }),
    restoreImport: (item: TrashImport) => {
      const jobId = newJobId();
      return run(async () => {
        const done = await client.call('trash.restore', { batchId: item.id, jobId });
        return s.restored(s.counts(done.people, done.companies));
      }, { jobId, label: s.restoring });
    },
    /** Asks before deleting the given rows (or the ticked ones) forever. */
    askDelete: (items?: TrashItem[]) => {
      const chosen = items ? new Map(items.map((item) => [item.id, item.kind])) : useTrashList.getState().selected;
      const companies = [...chosen.values()].filter((kind) => kind === 'company').length;
      const what = items?.length === 1 ? items[0]!.displayName : s.counts(chosen.size - companies, companies);
      setQuestion({ kind: 'delete', ids: [...chosen.keys()], what });
    },
    askEmpty: (people: number, companies: number) => setQuestion({ kind: 'empty', what: s.counts(people, companies) }),
    cancelQuestion: () => setQuestion(null),
    confirm: () => {
      const asked = question;
      setQuestion(null);
      if (asked?.kind === 'delete') {
        return run(async () => {
          const done = await inChunks(asked.ids, (chunk) => client.call('trash.delete', { ids: chunk }));
          useTrashList.getState().unselect(asked.ids);
          return s.deleted(s.counts(done.people, done.companies));
        });
      }
      if (asked?.kind === 'empty') {
        const jobId = newJobId();
        return run(async () => {
          const done = await client.call('trash.empty', { jobId });
          useTrashList.getState().unselect();
          return s.deleted(s.counts(done.people, done.companies));
        }, { jobId, label: s.emptying });
      }
      return Promise.resolve();
    },
    cancelJob: () => {
      if (job) void client.call('trash.cancel', { jobId: job.jobId });
    },
  };
}
