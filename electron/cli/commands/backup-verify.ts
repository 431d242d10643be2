import fs from 'node:fs';
import path from 'node:path';
import { CarnetError } from '../../../shared/errors.ts';
import { BackupFileError } from '../../core/backup/backup-format.ts';
import { readManifest, verifyBackup } from '../../core/backup/verify-backup.ts';
import type { CliCommand } from '../cli-types.ts';
import { readPassphrase } from './backup-passphrase.ts';
import { tty } from '../terminal-text.ts';

export const backupVerifyCommand: CliCommand = {
  words: ['backup', 'verify'],
  usage: 'backup verify FILE',
  summary: 'Checks a backup file: checksum, decryption and manifest, SQLite integrity, and that the database is Carnet’s. Exits non-zero if anything is wrong.',
  async run({ args, io, dataDir }) {
    const file = args[0];
    if (!file) throw new CarnetError('invalid_input', 'Say which backup to check: carnet backup verify FILE');
    const absolute = path.resolve(file);
    const passphrase = (await isEncrypted(absolute)) ? await readPassphrase(io, 'open', path.basename(absolute)) : null;
    // The database is extracted into the data folder, like the app does, never the system temp
    // folder: a killed verify would leave a decrypted backup there. The next verify, or the next
    // start of Carnet, removes what a killed one left.
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const outcome = await verifyBackup(absolute, { passphrase, tempDir: dataDir });
    if (!outcome.ok) {
      io.stderr(tty`carnet: ${outcome.message}\n`);
      return 1;
    }
    io.stdout(tty`${outcome.message}\n`);
    return 0;
  },
};

/** Reads the manifest only; a broken file is left for verify to describe. */
export async function isEncrypted(filePath: string): Promise<boolean> {
  try {
    return (await readManifest(filePath)).manifest.encryption !== null;
  } catch (error) {
    if (error instanceof BackupFileError) return false;
    throw error;
  }
}
