import { listBatches } from '../../core/import/pipeline/batches.ts';
import type { CliCommand } from '../cli-types.ts';
import { terminalJson, tty } from '../terminal-text.ts';

export const importListCommand: CliCommand = {
  words: ['import', 'list'],
  usage: 'import list [--json]',
  summary: 'Lists past imports, newest first: id, date, file and counts.',
  async run({ flags, io, openCore }) {
    const core = await openCore();
    const batches = await listBatches(core.context);
    if (flags.json) {
      io.stdout(terminalJson(batches) + '\n');
      return 0;
    }
    if (batches.length === 0) {
      io.stdout('No imports yet.\n');
      return 0;
    }
    for (const batch of batches) {
      const { created, createdCompanies, updated, alreadyThere, skipped, possibleDuplicates, errors } = batch.counts;
      const state = batch.undoneAt ? `  (undone ${batch.undoneAt})` : '';
      const counts = [
        `created ${created}${possibleDuplicates > 0 ? ` (${possibleDuplicates} possible duplicates)` : ''}`,
        ...(createdCompanies > 0 ? [`companies ${createdCompanies}`] : []),
        `updated ${updated}`,
        `already there ${alreadyThere}`,
        `skipped ${skipped}`,
        `errors ${errors}`,
      ];
      io.stdout(tty`${batch.id}  ${batch.createdAt}  ${batch.fileName} [${batch.source}]  ${counts.join(', ')}${state}\n`);
    }
    return 0;
  },
};
