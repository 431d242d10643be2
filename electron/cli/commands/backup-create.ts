import fs from 'node:fs';
import path from 'node:path';
import { CarnetError } from '../../../shared/errors.ts';
import { DATABASE_FILE_NAME } from '../../core/db/open-database.ts';
import type { CliCommand } from '../cli-types.ts';
import { readPassphrase } from './backup-passphrase.ts';
import { tty } from '../terminal-text.ts';

export const backupCreateCommand: CliCommand = {
  words: ['backup', 'create'],
  usage: 'backup create DIR [--encrypt]',
  summary: 'Writes a verified-format backup file into DIR (a USB stick) and prints its path. --encrypt asks for a passphrase (or reads CARNET_BACKUP_PASSPHRASE).',
  async run({ args, flags, io, openCore, dataDir }) {
    const folder = args[0];
    if (!folder) throw new CarnetError('invalid_input', 'Say where to write the backup: carnet backup create DIR (for example /media/usb)');
    // A cron job pointed at the wrong data folder must fail loudly, not back up a new empty database.
    if (!fs.existsSync(path.join(dataDir, DATABASE_FILE_NAME))) {
      throw new CarnetError('not_found', `There is no Carnet database in ${dataDir}, so there is nothing to back up. Point to the data folder with --data DIR or CARNET_DATA_DIR.`);
    }
    const passphrase = flags.encrypt ? await readPassphrase(io, 'create') : null;
    const core = await openCore();
    const created = await core.call('backup.create', { folder: path.resolve(folder), passphrase });
    io.stdout(tty`${created.path}\n`);
    return 0;
  },
};
