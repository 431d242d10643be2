import { parentPort } from 'node:worker_threads';
import { serveJobs } from '../../workers/off-thread.ts';
import { runPhoneJob } from './phone-facts-pool.ts';

/** Worker-thread entry: the facts of a list of phone numbers, for phone-facts-pool.ts. */
if (parentPort) serveJobs(parentPort, runPhoneJob);
