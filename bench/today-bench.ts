// Today benchmark: 200,000 generated tasks (about a fifth still open, spread over two years around
// today, some with a time, a third about a contact) and 5,000 people with a keep-in-touch frequency
// on a copy of the seeded database; then today.get as Today and the sidebar ask for it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core.ts';
import { newId } from '../electron/core/clock.ts';
import { prepareInsert } from '../electron/core/db/row-statements.ts';
import { addDays, localDateOf } from '../shared/domain/local-date.ts';
import { KEEP_IN_TOUCH_FREQUENCIES } from '../shared/domain/interaction-types.ts';
import type { BenchReport } from './bench-report.ts';

const TASKS = Number(process.env.CARNET_BENCH_TASKS ?? 200_000);
const KEEP_IN_TOUCH = 5_000;
const RUNS = 30;

export async function runTodayBench(report: BenchReport, dataDir: string): Promise<void> {
  const record = report.section(`Today: ${TASKS.toLocaleString('en')} tasks, ${KEEP_IN_TOUCH.toLocaleString('en')} people to keep in touch with`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-today-bench-'));
  try {
    fs.copyFileSync(path.join(dataDir, 'carnet.sqlite'), path.join(work, 'carnet.sqlite'));
    const core = await createCore({ dataDir: work, locale: 'fr-FR', autoBackup: { enabled: false } });
    const { sqlite } = core.context.database;
    const today = localDateOf(new Date());
    const contactIds = (sqlite.prepare("SELECT id FROM contacts WHERE deleted_at IS NULL AND kind = 'person' LIMIT 50000").all() as { id: string }[]).map((row) => row.id);

    // Direct prepared inserts in one transaction: generating the data is not what is measured.
    let random = 42;
    const next = () => ((random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const started = performance.now();
    const insert = prepareInsert(sqlite, 'tasks');
    const now = new Date().toISOString();
    sqlite.transaction(() => {
      for (let i = 0; i < TASKS; i++) {
        const due = next() < 0.05 ? null : addDays(today, Math.floor(next() * 730) - 365);
        const done = next() < 0.8 && (due === null || due <= today);
        insert.run({
          id: newId(),
          title: `Task ${i}`,
          due_date: due,
          due_time: due !== null && next() < 0.1 ? '09:30' : null,
          contact_id: next() < 0.33 ? contactIds[i % contactIds.length]! : null,
          notes: '',
          repeat: next() < 0.05 ? 'FREQ=WEEKLY' : null,
          repeat_of: null,
          done_at: done ? now : null,
          import_batch_id: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        });
      }
      const setKeep = sqlite.prepare('UPDATE contacts SET keep_in_touch = ?, keep_in_touch_since = ?, last_contacted_at = ? WHERE id = ?');
      for (let i = 0; i < KEEP_IN_TOUCH && i < contactIds.length; i++) {
        const last = next() < 0.2 ? null : new Date(Date.now() - Math.floor(next() * 400) * 86_400_000).toISOString();
        setKeep.run(KEEP_IN_TOUCH_FREQUENCIES[i % KEEP_IN_TOUCH_FREQUENCIES.length], addDays(today, -Math.floor(next() * 100)), last, contactIds[i * 7 % contactIds.length]);
      }
    })();
    sqlite.exec('ANALYZE');
    record({ name: 'generate the tasks (direct inserts)', value: (performance.now() - started) / 1000, unit: 's' });
    const open = (sqlite.prepare('SELECT count(*) AS n FROM tasks WHERE done_at IS NULL').get() as { n: number }).n;
    record({ name: 'open tasks', value: open, unit: 'rows' });

    const timeZone = 'Europe/Paris';
    const first = performance.now();
    const answer = await core.call('today.get', { today, timeZone });
    record({ name: 'today.get, first call', value: performance.now() - first, unit: 'ms', note: `overdue ${answer.overdue.total}, due today ${answer.dueToday.total}, keep in touch ${answer.keepInTouch.total}, next 7 days ${answer.next.tasks.total}, count ${answer.count}` });
    const times: number[] = [];
    // CPU time beside wall time: on a shared machine the wall time also counts waiting for a core.
    const cpuBefore = process.cpuUsage();
    for (let run = 0; run < RUNS; run++) {
      const t = performance.now();
      await core.call('today.get', { today, timeZone });
      times.push(performance.now() - t);
    }
    const cpu = process.cpuUsage(cpuBefore);
    times.sort((a, b) => a - b);
    record({ name: `today.get p50 (${RUNS} runs)`, value: times[Math.floor(RUNS / 2)]!, unit: 'ms', note: `target < 50 ms; CPU ${((cpu.user + cpu.system) / 1000 / RUNS).toFixed(1)} ms a call` });
    record({ name: `today.get p95 (${RUNS} runs)`, value: times[Math.floor(RUNS * 0.95)]!, unit: 'ms', note: 'target < 50 ms' });
    const contactTasks = performance.now();
    await core.call('tasks.list', { contactId: contactIds[0]! });
    record({ name: "tasks.list of one contact (the contact page's panel)", value: performance.now() - contactTasks, unit: 'ms' });
    await core.close();
    // For profiling one query at a time: keep the generated database.
    if (process.env.CARNET_TODAY_BENCH_KEEP) fs.copyFileSync(path.join(work, 'carnet.sqlite'), process.env.CARNET_TODAY_BENCH_KEEP);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
