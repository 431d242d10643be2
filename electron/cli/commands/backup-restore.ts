import path from 'node:path';
import { CarnetError } from '../../../shared/errors.ts';
import type { CliCommand } from '../cli-types.ts';
import type { Core } from '../../core/core.ts';
import { DATABASE_FILE_NAME } from '../../core/db/open-database.ts';
import { readUndoRecord, undoRestoreWithoutOpening } from '../../core/backup/restore-backup.ts';
import { readPassphrase } from './backup-passphrase.ts';
import { isEncrypted } from './backup-verify.ts';
import { tty } from '../terminal-text.ts';

export const backupRestoreCommand: CliCommand = {
  words: ['backup', 'restore'],
  usage: 'backup restore FILE',
  summary: 'Verifies FILE, then replaces the data with it (the current data is kept aside: `carnet backup undo-restore`). Changes nothing unless the backup verifies.',
  async run({ args, io, openCore }) {
    const file = args[0];
    if (!file) throw new CarnetError('invalid_input', 'Say which backup to restore: carnet backup restore FILE');
    const absolute = path.resolve(file);
    const passphrase = (await isEncrypted(absolute)) ? await readPassphrase(io, 'open', path.basename(absolute)) : null;
    const core = await openCore();
    const result = await core.call('backup.restore', { path: absolute, passphrase });
    const migrated = result.migratedFrom !== null ? ` (upgraded from schema ${result.migratedFrom})` : '';
    io.stdout(tty`Restored ${result.counts.contacts} contacts and ${result.counts.companies} companies from ${result.restoredFrom}${migrated}.\n`);
    io.stdout('The data from before the restore was kept; `carnet backup undo-restore` puts it back.\n');
    return 0;
  },
};

export const backupUndoRestoreCommand: CliCommand = {
  words: ['backup', 'undo-restore'],
  usage: 'backup undo-restore',
  summary: 'Puts back the data as it was before the last restore (also when the current data cannot be opened).',
  async run({ io, openCore, dataDir }) {
    let core: Core;
    try {
      core = await openCore();
    } catch (error) {
      // The data from the restore does not open (so no core starts): put the kept copy back as a
      // file. Not for data a newer Carnet wrote: that file is fine, this Carnet is too old for it.
      if (!readUndoRecord(dataDir) || (error instanceof CarnetError && error.code === 'schema_too_new')) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      const record = undoRestoreWithoutOpening(dataDir, path.join(dataDir, DATABASE_FILE_NAME));
      io.stdout(tty`The current data could not be opened (${reason}).\nUndid the restore of ${record.restoredFrom}; the data is back as it was before it.\n`);
      return 0;
    }
    const result = await core.call('backup.undoRestore', {});
    io.stdout(tty`Undid the restore of ${result.restoredFrom}; the data is back as it was before it.\n`);
    return 0;
  },
};
