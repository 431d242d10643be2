import path from 'node:path';
import { CarnetError } from '../../../shared/errors.ts';
import type { CliCommand } from '../cli-types.ts';
import { readPassphrase } from './backup-passphrase.ts';

export const backupCreateCommand: CliCommand = {
  words: ['backup', 'create'],
  usage: 'backup create DIR [--encrypt]',
  summary: 'Writes a verified-format backup file into DIR (a USB stick) and prints its path. --encrypt asks for a passphrase (or reads CARNET_BACKUP_PASSPHRASE).',
  async run({ args, flags, io, openCore }) {
    const folder = args[0];
    if (!folder) throw new CarnetError('invalid_input', 'Say where to write the backup: carnet backup create DIR (for example /media/usb)');
    const passphrase = flags.encrypt ? await readPassphrase(io, 'create') : null;
    const core = await openCore();
    const created = await core.call('backup.create', { folder: path.resolve(folder), passphrase });
    io.stdout(`${created.path}\n`);
    return 0;
  },
};
