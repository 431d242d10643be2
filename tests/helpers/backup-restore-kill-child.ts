/**
 * Child process for the "killed mid-restore" test: opens the data folder, restores the backup,
 * and says "copying" on stdout just before the backup is copied into the live database (the
 * parent kills it around then).
 */
import { createCore } from '../../electron/core/core.ts';

const [dataDir, backupFile] = process.argv.slice(2);
if (!dataDir || !backupFile) throw new Error('usage: backup-restore-kill-child DATA_DIR BACKUP_FILE');

const core = await createCore({ dataDir, autoBackup: { enabled: false } });
core.onEvent((event) => {
  if (event.type === 'progress' && event.label === 'Restoring') process.stdout.write('copying\n');
});
await core.call('backup.restore', { path: backupFile, passphrase: null, jobId: 'restore' });
process.stdout.write('done\n');
await core.close();
