import { describe, expect, it } from 'vitest';
import { OffThreadRunner } from '../../electron/core/workers/off-thread.ts';

const workerUrl = new URL('../fixtures/workers/flaky-worker.ts', import.meta.url);

describe('OffThreadRunner', () => {
  it('runs jobs in the worker, and after a worker dies the next jobs start a new one', async () => {
    const runner = new OffThreadRunner<number | 'crash', number>({ name: 'test worker', workerUrl, inline: (job) => (job === 'crash' ? -1 : job * 2) });
    expect(await runner.run(21)).toBe(42);
    await runner.run('crash');
    // Jobs sent right after the crash: the dead worker's late exit must not take the new worker down.
    // The jobs that reach the dying worker before it is seen dead fail (how many depends on the
    // machine's load); once one job has succeeded on the new worker, every later one must too.
    const results: (number | string)[] = [];
    for (let i = 1; i <= 12; i++) results.push(await runner.run(i).catch((error: Error) => error.message));
    const firstSuccess = results.findIndex((result) => typeof result === 'number');
    expect(firstSuccess).toBeGreaterThanOrEqual(0);
    expect(firstSuccess).toBeLessThan(6);
    for (const failure of results.slice(0, firstSuccess)) expect(failure).toMatch(/worker crashed|stopped/);
    expect(results.slice(firstSuccess)).toEqual(Array.from({ length: 12 - firstSuccess }, (_, i) => (firstSuccess + i + 1) * 2));
  }, 30_000);

  it('cancels a job by stopping its worker; the jobs queued behind it go to a new worker', async () => {
    const runner = new OffThreadRunner<number | 'hang', number>({ name: 'test worker', workerUrl, inline: (job) => (job === 'hang' ? -1 : job * 2) });
    expect(await runner.run(1)).toBe(2);
    const controller = new AbortController();
    const hanging = runner.run('hang', { signal: controller.signal });
    const queued = runner.run(21); // behind the hanging job, in the same worker
    controller.abort();
    await expect(hanging).rejects.toMatchObject({ code: 'cancelled' });
    expect(await queued).toBe(42);
    expect(await runner.run(5)).toBe(10);
    expect(runner.counts).toEqual({ worker: 3, inline: 0 });
    // A signal aborted before the job starts: refused at once, nothing is sent.
    await expect(runner.run(7, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'cancelled' });
    expect(runner.counts.worker).toBe(3);
  }, 30_000);

  it('runs inline, with the same result, where the worker file is missing', async () => {
    const runner = new OffThreadRunner<number, number>({ name: 'test worker', workerUrl: new URL('./no-such-worker.ts', import.meta.url), inline: (job) => job * 2 });
    expect(runner.usesWorker()).toBe(false);
    expect(await runner.run(5)).toBe(10);
    expect(runner.counts).toEqual({ worker: 0, inline: 1 });
  });
});
