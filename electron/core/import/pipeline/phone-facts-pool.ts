import type { ImportRecord } from '../import-record.ts';
import { OffThreadRunner } from '../../workers/off-thread.ts';
import { normalizedPhone } from './classify.ts';
import { phoneFacts, type PhoneFacts, type PhoneFactsCache } from './phone-facts.ts';
import { nextTurn } from '../../next-turn.ts';

export interface PhoneJob {
  values: string[];
  /** The import's country, for numbers without a + prefix. */
  country: string;
  /** The app's default country: numbers read with another one are stored in international form. */
  defaultCountry: string;
}

/** Per value of a job: the number as the import stores it (the cache key) and its facts. */
export type PhoneJobResult = { key: string; facts: PhoneFacts }[];

/** The worker's work, also run inline when no worker can start. */
export function runPhoneJob(job: PhoneJob): PhoneJobResult {
  return job.values.map((value) => {
    const key = normalizedPhone(value, job.country, job.defaultCountry);
    return { key, facts: phoneFacts(key, job.country) };
  });
}

/** Parsing phone numbers is the costliest step per row of a big import: it runs on a second core. */
const runner = new OffThreadRunner<PhoneJob, PhoneJobResult>({
  name: 'phone-number worker',
  workerUrl: new URL(import.meta.url.endsWith('.ts') ? './phone-facts-worker.ts' : './phone-facts-worker.js', import.meta.url),
  inline: runPhoneJob,
});

/** Rows per job: small enough that the first answer comes quickly, big enough that messages stay few. */
const ROWS_PER_JOB = 1000;
/** Jobs sent ahead: the worker always has the next one queued. */
const JOBS_IN_FLIGHT = 2;

export interface PhonePriming {
  /** Resolves once row `index`'s phones can be read from the cache without waiting for the worker. */
  ready(index: number): Promise<void>;
  /** No more jobs (the loop ended early: cancel, an error): the worker does not parse the rest. */
  stop(): void;
}

/**
 * Works out the facts of every phone in `records` on two cores: the caller's loop, which
 * validates and matches rows from the first one, parses the phones of the rows it reaches
 * (`cache.get`, on demand), while the worker thread takes chunks of rows from the last one
 * backwards. They meet in the middle whichever is faster, and only the chunks the worker holds at
 * that moment are waited for. The cache is keyed by the number as the loop will look it up (after
 * `normalizePhones`). A failed job means this thread parses those phones; where no worker can
 * start, nothing is primed (parsing inline ahead of the loop would only block it).
 */
export function primePhoneFacts(records: readonly ImportRecord[], cache: PhoneFactsCache, defaultCountry: string): PhonePriming {
  const jobs = new Map<number, Promise<void>>();
  let nextToSend = runner.usesWorker() ? Math.ceil(records.length / ROWS_PER_JOB) - 1 : -1;
  let inFlight = 0;
  /** The chunk the caller has reached: the worker never starts it or any chunk before it. */
  let reached = 0;

  const send = (chunk: number) => {
    const values = new Set<string>();
    for (const record of records.slice(chunk * ROWS_PER_JOB, (chunk + 1) * ROWS_PER_JOB)) {
      for (const phone of record.fields.phones ?? []) {
        const value = typeof phone?.value === 'string' ? phone.value.trim() : '';
        if (value !== '') values.add(value);
      }
    }
    if (values.size === 0) return;
    inFlight++;
    const job = runner.run({ values: [...values], country: cache.defaultCountry, defaultCountry }).then(
      (results) => results.forEach(({ key, facts }) => cache.set(key, facts)),
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
    while (inFlight < JOBS_IN_FLIGHT && nextToSend > reached && runner.usesWorker()) send(nextToSend--);
  };
  pump();

  return {
    async ready(index) {
      if (index % ROWS_PER_JOB !== 0) return;
      // Claimed before yielding, so answers handled during the yield never send this chunk away.
      reached = index / ROWS_PER_JOB;
      // The worker's answers arrive as events: look at them between chunks even if the caller's
      // loop does not yield, so the worker gets its next chunk without delay.
      await nextTurn();
      await jobs.get(reached);
    },
    stop() {
      nextToSend = -1;
    },
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
  if (runner.usesWorker()) runner.run({ values: ['+1 202 555 0100'], country, defaultCountry: country }).catch(() => undefined);
}
