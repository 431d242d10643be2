import type { CliCommand } from '../cli-types.ts';
import { peopleAndCompanies } from '../count-words.ts';
import { terminalJson, tty } from '../terminal-text.ts';

export const contactsListCommand: CliCommand = {
  words: ['contacts', 'list'],
  usage: 'contacts list [--search Q] [--json]',
  summary: 'Lists contacts sorted by name (all of them, or those matching a search).',
  valueFlags: ['search'],
  async run({ flags, io, openCore }) {
    const core = await openCore();
    const search = typeof flags.search === 'string' ? flags.search : '';
    const items = [];
    // Page through everything: the list method caps a page at 1000 rows.
    for (let offset = 0; ; offset += 1000) {
      const page = await core.call('contacts.list', { search, offset, limit: 1000 });
      items.push(...page.items);
      if (page.items.length < 1000) break;
    }
    if (flags.json) {
      io.stdout(terminalJson(items) + '\n');
      return 0;
    }
    if (items.length === 0) {
      io.stdout(search ? tty`No contact matches "${search}".\n` : 'No contacts yet. Add one in the app, or import a file.\n');
      return 0;
    }
    for (const item of items) {
      const details = [item.company, item.primaryEmail, item.primaryPhone].filter(Boolean).join('  ');
      io.stdout(tty`${item.displayName}${details ? `  ${details}` : ''}\n`);
    }
    const companies = items.filter((item) => item.kind === 'company').length;
    io.stdout(tty`${peopleAndCompanies(items.length - companies, companies)}\n`);
    return 0;
  },
};
