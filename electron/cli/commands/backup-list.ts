import path from 'node:path';
import { CarnetError } from '../../../shared/errors.ts';
import { assertReadableFolder } from '../../core/backup/backup-folder.ts';
import { listBackups } from '../../core/backup/backup-list.ts';
import type { CliCommand } from '../cli-types.ts';
import { terminalJson, tty } from '../terminal-text.ts';
import { plural } from '../count-words.ts';

export const backupListCommand: CliCommand = {
  words: ['backup', 'list'],
  usage: 'backup list DIR [--json]',
  summary: 'Lists the backup files in DIR, newest first, from their manifests.',
  async run({ args, flags, io }) {
    const folder = args[0];
    if (!folder) throw new CarnetError('invalid_input', 'Say which folder to look in: carnet backup list DIR');
    const resolved = assertReadableFolder(path.resolve(folder));
    const backups = await listBackups(resolved);
    if (flags.json) {
      io.stdout(terminalJson(backups) + '\n');
      return 0;
    }
    if (backups.length === 0) {
      io.stdout(tty`No Carnet backups in ${resolved}.\n`);
      return 0;
    }
    for (const backup of backups) {
      if (backup.problem) {
        io.stdout(tty`${backup.fileName}  UNUSABLE: ${backup.problem}\n`);
        continue;
      }
      const activity = backup.counts && backup.counts.interactions + backup.counts.tasks > 0 ? `, ${plural(backup.counts.interactions, 'interaction')}, ${plural(backup.counts.tasks, 'task')}` : '';
      const counts = backup.counts ? `${backup.counts.contacts} contacts, ${backup.counts.companies} companies${activity}` : '';
      const size = `${(backup.bytes / (1024 * 1024)).toFixed(1)} MB`;
      io.stdout(tty`${backup.createdAt}  ${size.padStart(9)}  ${counts}${backup.encrypted ? '  encrypted' : ''}  ${backup.fileName}\n`);
    }
    return 0;
  },
};
