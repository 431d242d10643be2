// Trash benchmark: the whole seeded database (people and companies) as one import, undone, then
// listed, restored, undone again and emptied, on a copy of the data folder. An undone 100k-row
// import is the biggest trash a user makes in one click.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core.ts';
import type { BenchReport } from './bench-report.ts';

export async function runTrashBench(report: BenchReport, dataDir: string): Promise<void> {
  const record = report.section('Trash: one undone import of the whole database');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-trash-bench-'));
  try {
    fs.copyFileSync(path.join(dataDir, 'carnet.sqlite'), path.join(work, 'carnet.sqlite'));
    const core = await createCore({ dataDir: work, locale: 'fr-FR', autoBackup: { enabled: false } });
    const { sqlite } = core.context.database;
    // Every contact becomes the work of one import, as if it had come from one huge file.
    const batchId = 'bench-batch';
    sqlite.prepare("INSERT INTO import_batches (id, source, file_name, created_at) VALUES (?, 'csv', 'everyone.csv', ?)").run(batchId, new Date().toISOString());
    const count = sqlite.prepare('UPDATE contacts SET import_batch_id = ? WHERE deleted_at IS NULL').run(batchId).changes;
    record({ name: 'contacts in the import', value: count, unit: 'rows' });

    // CPU time beside wall time: on a shared machine the wall time also counts waiting for a core.
    const time = async <T>(name: string, run: () => Promise<T>, note?: (result: T) => string) => {
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const result = await run();
      const elapsed = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      const cpuNote = `CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`;
      record({ name, value: elapsed >= 1000 ? elapsed / 1000 : elapsed, unit: elapsed >= 1000 ? 's' : 'ms', note: note ? `${note(result)}; ${cpuNote}` : cpuNote });
      return result;
    };

    await time('import.undo (everything to the trash)', () => core.call('import.undo', { batchId }), (r) => `${r.removedPeople} people, ${r.removedCompanies} companies`);
    await time('trash.list first page (100 rows + counts)', () => core.call('trash.list', { limit: 100 }), (r) => `total ${r.total}`);
    await time('trash.list page at 90%', () => core.call('trash.list', { offset: Math.floor(count * 0.9), limit: 100 }));
    await time('trash.list of the import, first page', () => core.call('trash.list', { batchId, limit: 100 }));
    await time('trash.imports', () => core.call('trash.imports', {}));
    await time('trash.restore of the whole import', () => core.call('trash.restore', { batchId, jobId: 'bench' }), (r) => `${r.restored} contacts`);
    await time('search after the restore ("lefev")', () => core.call('contacts.list', { search: 'lefev' }), (r) => `${r.total} found`);
    sqlite.prepare('UPDATE import_batches SET undone_at = NULL WHERE id = ?').run(batchId);
    await core.call('import.undo', { batchId });
    await time('trash.empty (everything deleted for good)', () => core.call('trash.empty', { jobId: 'bench' }), (r) => `${r.deleted} contacts`);
    await core.close();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
