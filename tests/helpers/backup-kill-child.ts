/**
 * Child process for the "killed mid-backup" test: opens the data folder given in argv, starts a
 * backup into the folder given in argv whose writes stall after the first chunk of the database,
 * says "stalled" on stdout, and waits to be killed.
 */
import { createCore } from '../../electron/core/core.ts';
import { createBackup } from '../../electron/core/backup/create-backup.ts';
import { fileSink, type SinkFactory } from '../../electron/core/backup/backup-sink.ts';

const [dataDir, folder] = process.argv.slice(2);
if (!dataDir || !folder) throw new Error('usage: backup-kill-child DATA_DIR FOLDER');

const stallingSink: SinkFactory = async (filePath) => {
  const sink = await fileSink(filePath);
  let writes = 0;
  return {
    async write(chunk) {
      await sink.write(chunk);
      if (++writes === 2) {
        await sink.sync(); // the partial bytes are really on disk when the kill comes
        process.stdout.write('stalled\n');
        await new Promise(() => undefined); // never resolves: the parent kills us here
      }
    },
    sync: () => sink.sync(),
    close: () => sink.close(),
  };
};

const core = await createCore({ dataDir, autoBackup: { enabled: false } });
const { sqlite, path: livePath } = core.context.database;
await createBackup({ live: sqlite, livePath, dataDir, folder, appVersion: 'test', kind: 'manual', sink: stallingSink });
