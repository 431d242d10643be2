import { CarnetError } from '../../../shared/errors.ts';
import type { CliCommand } from '../cli-types.ts';
import { peopleAndCompanies, plural } from '../count-words.ts';
import { terminalJson, tty } from '../terminal-text.ts';

export const importUndoCommand: CliCommand = {
  words: ['import', 'undo'],
  usage: 'import undo BATCH_ID [--json]',
  summary: 'Undoes an import: its new contacts (and a sales import\'s purchases) go to the trash, updated contacts get their earlier state back.',
  async run({ args, flags, io, openCore }) {
    const batchId = args[0];
    if (!batchId) throw new CarnetError('invalid_input', 'Say which import to undo: carnet import undo BATCH_ID (ids are in carnet import list)');
    const core = await openCore();
    const result = await core.call('import.undo', { batchId });
    if (flags.json) io.stdout(terminalJson(result) + '\n');
    else {
      const restoreHint = result.removed > 0 ? tty` (carnet trash restore --import ${batchId} brings them back)` : '';
      io.stdout(tty`Import ${batchId} undone: ${peopleAndCompanies(result.removedPeople, result.removedCompanies)} moved to the trash` + restoreHint + tty`, ${result.reverted} restored to their earlier state.\n`);
      if (result.removedInteractions + result.removedTasks > 0) {
        io.stdout(tty`${plural(result.removedInteractions, 'interaction')} and ${plural(result.removedTasks, 'task')} went to the trash with them.\n`);
      }
      if (result.removedPurchases > 0) io.stdout(tty`${plural(result.removedPurchases, 'purchase')} it wrote moved to the trash.\n`);
      if (result.keptEdited > 0) io.stdout(tty`${result.keptEdited} contact${result.keptEdited === 1 ? ' was' : 's were'} edited after the import and kept as they are.\n`);
    }
    return 0;
  },
};
