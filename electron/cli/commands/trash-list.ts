import type { TrashItem } from '../../../shared/contract/trash.ts';
import type { CliCommand } from '../cli-types.ts';
import { peopleAndCompanies } from '../count-words.ts';
import { terminalJson, tty } from '../terminal-text.ts';

const PAGE = 1000;

export const trashListCommand: CliCommand = {
  words: ['trash', 'list'],
  usage: 'trash list [--import BATCH_ID] [--json]',
  summary: 'Lists the trash, newest deletion first: id, when and why each contact was deleted (or only what undoing one import removed).',
  valueFlags: ['import'],
  async run({ flags, io, openCore }) {
    const core = await openCore();
    const batchId = typeof flags.import === 'string' ? flags.import : null;
    const items: TrashItem[] = [];
    let page;
    for (let offset = 0; ; offset += PAGE) {
      page = await core.call('trash.list', { batchId, offset, limit: PAGE });
      items.push(...page.items);
      if (page.items.length < PAGE) break;
    }
    if (flags.json) {
      io.stdout(terminalJson(items) + '\n');
      return 0;
    }
    if (items.length === 0) {
      io.stdout(batchId ? 'Nothing from that import is in the trash.\n' : 'The trash is empty.\n');
      return 0;
    }
    for (const item of items) {
      // Names and file names come from the data: every value goes through tty.
      const name = item.company ? tty`${item.displayName} (${item.company})` : tty`${item.displayName}`;
      const why = item.batch ? tty`removed by undoing the import of ${item.batch.fileName}` : 'deleted';
      io.stdout(tty`${item.id}  ${item.deletedAt}  ${item.kind.padEnd(7)}  ` + `${name}  (${why})\n`);
    }
    io.stdout(tty`${peopleAndCompanies(page.people, page.companies)} in the trash. Each is deleted for good ${page.retentionDays} days after it was deleted; restore one with: carnet trash restore ID\n`);
    return 0;
  },
};
