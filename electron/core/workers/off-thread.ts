import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CarnetError, type CarnetErrorPayload } from '../../../shared/errors.ts';

/** tsx's ESM register API (the package's CommonJS entry cannot register ESM hooks in a worker). */
function tsxEsmApi(): string {
  const root = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  return pathToFileURL(path.join(root, 'dist', 'esm', 'api', 'index.mjs')).href;
}

/** A failed job's error as plain data (a CarnetError's payload: its message id and values cross too). */
export type WorkerReply<Result> = { id: number; ok: true; result: Result } | ({ id: number; ok: false } & CarnetErrorPayload);

export interface OffThreadOptions<Job, Result> {
  /**
   * The worker script as a URL built from the caller's `import.meta.url`: the `.ts` source when
   * running from sources (tests, tsx), the `.js` built beside the Electron bundle otherwise.
   */
  workerUrl: URL;
  /**
   * The same work on the calling thread, for when no worker can start. Must give the same result.
   * It may be asynchronous (work Node already runs on its thread pool); it cannot be cancelled.
   */
  inline(job: Job): Result | Promise<Result>;
  /** What to send for a job, and the buffers to move rather than copy. */
  message?(job: Job): { data: unknown; transfer?: ArrayBuffer[] };
  /** What the worker is, for the message when it stops ("The card-reading worker stopped."). */
  name: string;
}

/**
 * Runs jobs of one kind in a worker thread, so the core keeps answering the UI (and a second core
 * works) during CPU-heavy steps. The worker is unref'd when idle, so it never keeps a CLI or test
 * process alive. Where no worker can start (a bundle without the worker file, no loader), jobs run
 * inline with the same result. `counts` lets tests check the worker is really used.
 */
export class OffThreadRunner<Job, Result> {
  private worker: Worker | null = null;
  private unavailable = false;
  private nextId = 1;
  private answered = false;
  readonly counts = { worker: 0, inline: 0 };
  /** What each pending job was, to redo it inline if the worker could not start. */
  private readonly jobs = new Map<number, Job>();
  private readonly pending = new Map<number, { resolve(result: Result): void; reject(error: Error): void }>();

  constructor(private readonly options: OffThreadOptions<Job, Result>) {}

  /** True when jobs go to a worker thread; false when they would run inline (no worker can start here). */
  usesWorker(): boolean {
    return this.start() !== null;
  }

  /**
   * Runs one job. Aborting `signal` rejects it with a `cancelled` CarnetError at once and stops
   * the worker thread (the only way to stop a job's synchronous JavaScript mid-way; native code,
   * such as scrypt, runs to its end before the thread stops, but nobody waits for it); the other
   * jobs it held are sent again to a new one. A job running inline cannot be stopped: it finishes.
   */
  run(job: Job, options: { signal?: AbortSignal | undefined } = {}): Promise<Result> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(this.cancelled());
    const worker = this.start();
    if (!worker) return Promise.resolve().then(() => this.inline(job));
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      const onAbort = () => this.abort(id);
      const settle = <T>(finish: (value: T) => void) => (value: T) => {
        signal?.removeEventListener('abort', onAbort);
        finish(value);
      };
      this.pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
      this.jobs.set(id, job);
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        this.post(worker, id, job);
      } catch (error) {
        this.pending.delete(id);
        this.jobs.delete(id);
        if (this.pending.size === 0) worker.unref();
        signal?.removeEventListener('abort', onAbort);
        reject(error as Error);
      }
    });
  }

  private post(worker: Worker, id: number, job: Job): void {
    worker.ref();
    const { data, transfer } = this.options.message?.(job) ?? { data: job };
    worker.postMessage({ id, job: data }, transfer ?? []);
  }

  private cancelled(): CarnetError {
    return new CarnetError('cancelled', `The ${this.options.name}'s job was cancelled.`);
  }

  /** Cancels one pending job: its worker is stopped, and the jobs it also held go to a new worker. */
  private abort(id: number): void {
    const waiting = this.pending.get(id);
    const worker = this.worker;
    if (!waiting || !worker) return;
    this.pending.delete(id);
    this.jobs.delete(id);
    this.worker = null; // first: the stopped worker's exit event then concerns no one
    void worker.terminate();
    waiting.reject(this.cancelled());
    for (const [otherId, other] of [...this.pending.entries()]) {
      const replacement = this.start();
      try {
        if (!replacement) throw new Error(`The ${this.options.name} could not be started again.`);
        this.post(replacement, otherId, this.jobs.get(otherId)!);
      } catch (error) {
        this.pending.delete(otherId);
        this.jobs.delete(otherId);
        other.reject(error as Error);
      }
    }
  }

  private start(): Worker | null {
    if (this.worker || this.unavailable) return this.worker;
    const source = this.options.workerUrl;
    if (source.protocol !== 'file:' || !fs.existsSync(fileURLToPath(source))) {
      this.unavailable = true;
      return null;
    }
    try {
      // From TypeScript sources (dev, tests, the CLI through tsx) the worker registers tsx's loader
      // first (`--import tsx` in a worker's execArgv is not applied on Node 20).
      const worker = source.pathname.endsWith('.ts')
        ? new Worker(`import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`, { eval: true })
        : new Worker(source);
      worker.on('message', (reply: WorkerReply<Result>) => {
        const waiting = this.pending.get(reply.id);
        if (!waiting) return;
        this.answered = true;
        if (reply.ok) this.counts.worker++;
        this.pending.delete(reply.id);
        this.jobs.delete(reply.id);
        if (this.pending.size === 0) worker.unref();
        if (reply.ok) waiting.resolve(reply.result);
        else waiting.reject(CarnetError.fromPayload(reply));
      });
      // Each handler names its worker: a late `exit` of a worker already replaced must not end the new one.
      worker.on('error', (error) => this.fail(worker, error));
      worker.on('exit', () => this.fail(worker, new Error(`The ${this.options.name} stopped.`)));
      worker.unref();
      this.worker = worker;
      return worker;
    } catch {
      this.unavailable = true;
      return null;
    }
  }

  /**
   * A worker that dies before its first answer cannot start here (no loader, no file): from then
   * on jobs run inline. One that dies later fails its pending jobs; the next job starts a new one.
   */
  private fail(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const pending = [...this.pending.entries()];
    this.pending.clear();
    if (!this.answered) {
      this.unavailable = true;
      for (const [id, waiting] of pending) {
        const job = this.jobs.get(id)!;
        Promise.resolve().then(() => this.inline(job)).then(waiting.resolve, waiting.reject);
      }
    } else for (const [, waiting] of pending) waiting.reject(error);
    this.jobs.clear();
    void worker.terminate();
  }

  private inline(job: Job): Result | Promise<Result> {
    this.counts.inline++;
    return this.options.inline(job);
  }
}

/**
 * The worker side: answers each `{ id, job }` message with `handle(job)`, errors included, so the
 * runner can reject the one job. `transferOf` names result buffers to move instead of copy.
 */
export function serveJobs<Job, Result>(
  port: { on(event: 'message', listener: (message: { id: number; job: Job }) => void): unknown; postMessage(value: unknown, transfer?: ArrayBuffer[]): void },
  handle: (job: Job) => Result,
  transferOf?: (result: Result, job: Job) => ArrayBuffer[],
): void {
  port.on('message', ({ id, job }) => {
    try {
      const result = handle(job);
      port.postMessage({ id, ok: true, result } satisfies WorkerReply<Result>, transferOf?.(result, job) ?? []);
    } catch (error) {
      const payload: CarnetErrorPayload = error instanceof CarnetError ? error.toPayload() : { code: 'internal', message: error instanceof Error ? error.message : String(error) };
      port.postMessage({ id, ok: false, ...payload } satisfies WorkerReply<Result>);
    }
  });
}
