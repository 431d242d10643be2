/**
 * Child process for the "killed mid-import" test: imports the CSV given in argv into the data
 * folder given in argv; once 3000 rows are written inside the import's transaction it says
 * "mid-import" on stdout and blocks, waiting to be killed.
 */
import fs from 'node:fs';
import { createCore } from '../../electron/core/core.ts';
import { openImportFile } from '../../electron/core/import/readers.ts';
import { commitSource } from '../../electron/core/import/pipeline/commit.ts';

const [dataDir, csvFile] = process.argv.slice(2);
if (!dataDir || !csvFile) throw new Error('usage: import-kill-child DATA_DIR CSV_FILE');

const core = await createCore({ dataDir, autoBackup: { enabled: false } });
const { source } = await openImportFile(fs.readFileSync(csvFile), 'big.csv');
await commitSource(core.context, source.records({}), {
  onDuplicate: 'update',
  rowChoices: new Map(),
  country: 'FR',
  // Progress counts every row twice (planned, then written): block once 3000 rows are written.
  onProgress: (done, total) => {
    if (done < total / 2 + 3000) return;
    process.stdout.write('mid-import\n');
    // Block the thread inside the open transaction: the kill lands here.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  },
});
process.stdout.write('finished\n');
