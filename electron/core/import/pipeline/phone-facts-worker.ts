import { parentPort } from 'node:worker_threads';
import { serveJobs } from '../../workers/off-thread.ts';
import { phoneFacts } from './phone-facts.ts';

/** Worker-thread entry: the facts of a list of phone numbers, for phone-facts-pool.ts. */
if (parentPort) serveJobs(parentPort, (job: { values: string[]; country: string }) => job.values.map((value) => phoneFacts(value, job.country)));
