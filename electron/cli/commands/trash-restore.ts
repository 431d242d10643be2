import { CarnetError } from '../../../shared/errors.ts';
import { MAX_TRASH_IDS } from '../../../shared/contract/trash.ts';
import type { CliCommand } from '../cli-types.ts';
import { peopleAndCompanies } from '../count-words.ts';
import { terminalJson, tty } from '../terminal-text.ts';

export const trashRestoreCommand: CliCommand = {
  words: ['trash', 'restore'],
  usage: 'trash restore ID... | --import BATCH_ID [--json]',
  summary: 'Brings contacts back from the trash (by id, or all that undoing one import removed); their company card comes back with them.',
  valueFlags: ['import'],
  async run({ args, flags, io, openCore }) {
    const batchId = typeof flags.import === 'string' ? flags.import : undefined;
    if (args.length === 0 && !batchId) throw new CarnetError('invalid_input', 'Say what to restore: carnet trash restore ID (ids are in carnet trash list), or --import BATCH_ID');
    if (args.length > 0 && batchId) throw new CarnetError('invalid_input', 'Give contact ids or --import BATCH_ID, not both');
    if (args.length > MAX_TRASH_IDS) throw new CarnetError('invalid_input', `At most ${MAX_TRASH_IDS} ids at once`);
    const core = await openCore();
    const result = await core.call('trash.restore', batchId ? { batchId } : { ids: args });
    if (flags.json) io.stdout(terminalJson(result) + '\n');
    else if (result.restored === 0) io.stdout('Nothing from that import is in the trash; nothing was restored.\n');
    else io.stdout(tty`Restored ${peopleAndCompanies(result.people, result.companies)}.\n`);
    return 0;
  },
};
