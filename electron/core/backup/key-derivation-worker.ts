import { parentPort } from 'node:worker_threads';
import { serveJobs } from '../workers/off-thread.ts';
import { deriveKeyBlocking } from './key-derivation.ts';

/** Worker-thread entry: scrypt key derivations for key-derivation.ts (the key's memory is moved, not copied). */
if (parentPort) serveJobs(parentPort, deriveKeyBlocking, (key) => [key.buffer as ArrayBuffer]);
