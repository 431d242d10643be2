import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CarnetError, type CarnetErrorCode } from '../../../shared/errors.ts';
import { prepareCard, type PreparedCard } from './card-prep.ts';

/** tsx's ESM register API (the package's CommonJS entry cannot register ESM hooks in a worker). */
function tsxEsmApi(): string {
  const root = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  return pathToFileURL(path.join(root, 'dist', 'esm', 'api', 'index.mjs')).href;
}

type Reply = { id: number; ok: true; result: PreparedCard } | { id: number; ok: false; code: string; message: string };

/**
 * Runs card preparation (image decode, QR search, threshold, deskew: seconds for a phone photo)
 * in a worker thread, so the core keeps answering the UI while a batch of cards is read. The
 * worker is unref'd when idle (it never keeps a CLI or test process alive). Where no worker can
 * start (a bundle without the worker file), the work runs inline, with the same result.
 */
class CardPrepPool {
  private worker: Worker | null = null;
  private unavailable = false;
  private nextId = 1;
  private answered = false;
  /** How many cards each way: tests check the worker is really used. */
  readonly counts = { worker: 0, inline: 0 };
  /** What each pending card was, to redo it inline if the worker could not start. */
  private readonly jobs = new Map<number, { bytes: Uint8Array; fileName: string }>();
  private readonly pending = new Map<number, { resolve(result: PreparedCard): void; reject(error: Error): void }>();

  private start(): Worker | null {
    if (this.worker || this.unavailable) return this.worker;
    const source = new URL(import.meta.url.endsWith('.ts') ? './card-prep-worker.ts' : './card-prep-worker.js', import.meta.url);
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
      worker.on('message', (reply: Reply) => {
        const waiting = this.pending.get(reply.id);
        if (!waiting) return;
        this.answered = true;
        if (reply.ok) this.counts.worker++;
        this.pending.delete(reply.id);
        this.jobs.delete(reply.id);
        if (this.pending.size === 0) worker.unref();
        if (reply.ok) waiting.resolve(reply.result);
        else waiting.reject(new CarnetError(reply.code as CarnetErrorCode, reply.message));
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', () => this.fail(new Error('The card-reading worker stopped.')));
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
   * on cards are prepared inline. One that dies later fails its pending cards; the next starts anew.
   */
  private fail(error: Error): void {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    const pending = [...this.pending.entries()];
    this.pending.clear();
    if (!this.answered) {
      this.unavailable = true;
      for (const [id, waiting] of pending) {
        const job = this.jobs.get(id)!;
        Promise.resolve().then(() => this.inline(job.bytes, job.fileName)).then(waiting.resolve, waiting.reject);
      }
    } else for (const [, waiting] of pending) waiting.reject(error);
    this.jobs.clear();
    void worker.terminate();
  }

  private inline(bytes: Uint8Array, fileName: string): PreparedCard {
    this.counts.inline++;
    return prepareCard(bytes, fileName);
  }

  prepare(bytes: Uint8Array, fileName: string): Promise<PreparedCard> {
    const worker = this.start();
    if (!worker) return Promise.resolve().then(() => this.inline(bytes, fileName));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.jobs.set(id, { bytes, fileName });
      worker.ref();
      // A copy is sent: the caller keeps its bytes (the kept photo may be the original file).
      worker.postMessage({ id, bytes: Uint8Array.from(bytes), fileName });
    });
  }
}

const pool = new CardPrepPool();

export function prepareCardOffThread(bytes: Uint8Array, fileName: string): Promise<PreparedCard> {
  return pool.prepare(bytes, fileName);
}

/** Cards prepared in the worker thread and inline so far (diagnostics and tests). */
export function cardPrepCounts(): { worker: number; inline: number } {
  return { ...pool.counts };
}
