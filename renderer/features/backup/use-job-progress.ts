import { useEffect, useState } from 'react';
import { useClient } from '../../app/client-context.ts';
import { coreSentence } from '../../i18n/core-sentences.ts';

export interface JobProgress {
  label: string;
  done: number;
  total: number;
}

let nextJob = 1;
/** A fresh id for one backup/verify/restore job; the core tags its progress events with it. */
export function newJobId(): string {
  return `backup-ui-${Date.now().toString(36)}-${nextJob++}`;
}

/** The latest progress event of `jobId` (null when no job runs or none has reported yet). */
export function useJobProgress(jobId: string | null): JobProgress | null {
  const client = useClient();
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useEffect(() => {
    setProgress(null);
    if (!jobId) return;
    return client.onEvent((event) => {
      if (event.type === 'progress' && event.jobId === jobId) setProgress({ label: event.message ? coreSentence(event.message) : event.label, done: event.done, total: event.total });
    });
  }, [client, jobId]);
  return progress;
}
