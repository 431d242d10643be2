import { scrypt, scryptSync } from 'node:crypto';
import { OffThreadRunner } from '../workers/off-thread.ts';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** What Carnet writes. Raising them later is a new backup format: older Carnets then say "update". */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;

/**
 * What Carnet accepts from a backup file, checked before any key is derived: the parameters come
 * from the file, so a crafted one could otherwise ask for hours of work or gigabytes of memory
 * (N = 2^30, p = 100000). Carnet writes N = 2^17, r = 8, p = 1; smaller N down to 2^10 is
 * accepted (tests write cheap backups; a weaker key only weakens that one file). The worst case
 * accepted is what Carnet itself costs: about 0.4 s and 128 MB.
 */
export const ACCEPTED_SCRYPT = { minN: 2 ** 10, maxN: SCRYPT_PARAMS.N, r: SCRYPT_PARAMS.r, p: SCRYPT_PARAMS.p } as const;

/** scrypt needs 128 * N * r bytes; Node's default cap (32 MB) is too small for N = 2^17. */
const SCRYPT_MAXMEM = 256 * 1024 * 1024;
const KEY_BYTES = 32;

/** Why these parameters are refused, in words; null when Carnet accepts them. */
export function scryptParamsProblem(params: { N: unknown; r: unknown; p: unknown }): string | null {
  const { N, r, p } = params;
  const shown = `N=${String(N)}, r=${String(r)}, p=${String(p)}`;
  const isPowerOfTwo = typeof N === 'number' && Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!isPowerOfTwo || N < ACCEPTED_SCRYPT.minN || N > ACCEPTED_SCRYPT.maxN || r !== ACCEPTED_SCRYPT.r || p !== ACCEPTED_SCRYPT.p) {
    return `its key-derivation settings (scrypt ${shown}) are not ones Carnet uses (N a power of two from 2^10 to 2^17, r=8, p=1)`;
  }
  return null;
}

export class KeyDerivationRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'KeyDerivationRefused';
  }
}

export interface KeyJob {
  /** Unicode NFC, so the same passphrase typed on two systems gives the same key. */
  passphrase: string;
  salt: Uint8Array;
  params: ScryptParams;
}

/** The derivation itself, for the worker thread (which may block: that is what it is for). */
export function deriveKeyBlocking(job: KeyJob): Uint8Array {
  const key = scryptSync(job.passphrase, job.salt, KEY_BYTES, { ...job.params, maxmem: SCRYPT_MAXMEM });
  // A copy with its own memory, so it can be moved to the calling thread; the original is wiped.
  const moved = new Uint8Array(key);
  key.fill(0);
  return moved;
}

/** The same on Node's thread pool, for callers that cannot cancel (no worker needed). */
function deriveKeyAsync(job: KeyJob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    scrypt(job.passphrase, job.salt, KEY_BYTES, { ...job.params, maxmem: SCRYPT_MAXMEM }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * With a Cancel button, the derivation runs in a worker thread that Cancel stops: the job is
 * answered "cancelled" at once. (Node cannot interrupt scrypt's native code, not even by
 * terminating its thread: the thread ends once the current derivation returns, which the
 * parameter check above bounds to well under a second.)
 */
const runner = new OffThreadRunner<KeyJob, Uint8Array>({
  name: 'key-derivation worker',
  workerUrl: new URL(import.meta.url.endsWith('.ts') ? './key-derivation-worker.ts' : './key-derivation-worker.js', import.meta.url),
  inline: deriveKeyAsync,
});

/**
 * The 32-byte key for a passphrase. Refuses parameters outside ACCEPTED_SCRYPT before any work
 * (throws KeyDerivationRefused). With `signal`, runs where Cancel can stop it (a `cancelled`
 * CarnetError); without (the CLI, where Ctrl-C ends the process), on Node's thread pool, which
 * costs no worker start-up.
 */
export async function deriveKey(passphrase: string, salt: Uint8Array, params: ScryptParams, signal?: AbortSignal): Promise<Buffer> {
  const problem = scryptParamsProblem(params);
  if (problem) throw new KeyDerivationRefused(problem);
  const job: KeyJob = { passphrase: passphrase.normalize('NFC'), salt: Uint8Array.from(salt), params: { N: params.N, r: params.r, p: params.p } };
  const key = signal ? await runner.run(job, { signal }) : await deriveKeyAsync(job);
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength);
}

/** Derivations run in the worker thread and inline so far (tests check the worker is really used). */
export function keyDerivationCounts(): { worker: number; inline: number } {
  return { ...runner.counts };
}
