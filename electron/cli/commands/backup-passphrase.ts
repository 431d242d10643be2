import { CarnetError } from '../../../shared/errors.ts';
import { BACKUP_MIN_PASSPHRASE_LENGTH } from '../../../shared/contract/backup.ts';
import type { CliIo } from '../cli-types.ts';
import { tty } from '../terminal-text.ts';

export const PASSPHRASE_ENV = 'CARNET_BACKUP_PASSPHRASE';

/**
 * The backup passphrase: from CARNET_BACKUP_PASSPHRASE (for cron and scripts), else asked on the
 * terminal without echo (twice when making a backup, so a typo cannot lock the user out).
 */
export async function readPassphrase(io: CliIo, purpose: 'create' | 'open', fileName?: string): Promise<string> {
  const fromEnv = io.env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  const ask = io.prompt;
  const first = ask ? await ask(purpose === 'create' ? 'Passphrase for the backup: ' : tty`Passphrase for ${fileName ?? 'the backup'}: `, { secret: true }) : null;
  if (first === null) {
    throw new CarnetError('invalid_input', `${purpose === 'create' ? 'An encrypted backup needs' : `${fileName ?? 'This backup'} is encrypted and needs`} a passphrase: set ${PASSPHRASE_ENV} or run this in a terminal.`);
  }
  if (purpose === 'create') {
    if (first.length < BACKUP_MIN_PASSPHRASE_LENGTH) throw new CarnetError('invalid_input', `Use a passphrase of at least ${BACKUP_MIN_PASSPHRASE_LENGTH} characters.`);
    const again = await ask!('Type it again: ', { secret: true });
    if (again !== first) throw new CarnetError('invalid_input', 'The two passphrases differ. Nothing was written.');
  }
  return first;
}
