import type { ImportRecord } from '../import-record.ts';
import { OffThreadRunner } from '../../workers/off-thread.ts';
import { phoneFacts, type PhoneFacts, type PhoneFactsCache } from './phone-facts.ts';

interface PhoneJob {
  values: string[];
  country: string;
}

/** Parsing phone numbers is the costliest step per row of a big import: it runs on a second core. */
const runner = new OffThreadRunner<PhoneJob, PhoneFacts[]>({
  name: 'phone-number worker',
  workerUrl: new URL(import.meta.url.endsWith('.ts') ? './phone-facts-worker.ts' : './phone-facts-worker.js', import.meta.url),
  inline: (job) => job.values.map((value) => phoneFacts(value, job.country)),
});

/** Rows per job: small enough that the first answer comes quickly, big enough that messages stay few. */
const ROWS_PER_JOB = 1000;
/** Jobs sent ahead: the worker always has the next one queued, and the rest stays for this thread. */
const JOBS_IN_FLIGHT = 2;

/**
 * Works out the facts of every phone in `records` on two cores: the caller's loop, which
 * validates and matches rows from the first one, parses the phones of the rows it reaches
 * (`cache.get`, on demand), while the worker thread takes chunks of rows from the last one
 * backwards. They meet in the middle whichever is faster, and only the chunk the worker holds at
 * that moment is waited for. Returns `ready(i)`, resolving once row i's phones can be read from
 * `cache` without waiting for the worker. A failed job means this thread parses those phones.
 */
export function primePhoneFacts(records: readonly ImportRecord[], cache: PhoneFactsCache): (index: number) => Promise<void> {
  const jobs = new Map<number, Promise<void>>();
  let nextToSend = Math.ceil(records.length / ROWS_PER_JOB) - 1;
  let inFlight = 0;
  /** The chunk the caller has reached: the worker never starts it or any chunk before it. */
  let reached = 0;

  const send = (chunk: number) => {
    const values = new Set<string>();
    for (const record of records.slice(chunk * ROWS_PER_JOB, (chunk + 1) * ROWS_PER_JOB)) {
      for (const phone of record.fields.phones ?? []) {
        const value = typeof phone?.value === 'string' ? phone.value.trim() : '';
        if (value !== '' && !cache.has(value)) values.add(value);
      }
    }
    if (values.size === 0) return;
    const list = [...values];
    inFlight++;
    const job = runner.run({ values: list, country: cache.defaultCountry }).then(
      (facts) => list.forEach((value, i) => cache.set(value, facts[i]!)),
      () => undefined,
    );
    jobs.set(
      chunk,
      job.finally(() => {
        inFlight--;
        pump();
      }),
    );
  };
  const pump = () => {
    while (inFlight < JOBS_IN_FLIGHT && nextToSend > reached) send(nextToSend--);
  };
  pump();

  return async (index) => {
    if (index % ROWS_PER_JOB !== 0) return;
    // The worker's answers arrive as events: look at them between chunks even if the caller's
    // loop does not yield, so the worker gets its next chunk without delay.
    await new Promise((resolve) => setImmediate(resolve));
    reached = index / ROWS_PER_JOB;
    await jobs.get(reached);
  };
}

/** Jobs run in the worker thread and inline so far (tests check the worker is really used). */
export function phoneFactsCounts(): { worker: number; inline: number } {
  return { ...runner.counts };
}

/**
 * Starts the worker (its loader and phone metadata take a moment) when a file is opened, so it
 * is ready by the time the preview or the import needs it.
 */
export function warmUpPhoneWorker(country: string): void {
  runner.run({ values: ['+1 202 555 0100'], country }).catch(() => undefined);
}
