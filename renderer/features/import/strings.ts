import { appStrings } from '../../app/strings.ts';

/** Strings of the Import screen's file wizard and history, in one place for translation. */
export const importStrings = {
  title: 'Import',
  intro: 'Bring in contacts from Google, Outlook, Excel or another CRM. You see what will happen before anything is written, and any import can be undone.',
  wizardTitle: 'Import a file',
  drop: 'Drop a contacts file here (CSV from Google, Outlook, Excel, LibreOffice…)',
  choose: 'Choose a file…',
  reading: (name: string) => `Reading ${name}…`,
  oneFileAtATime: (names: string[]) =>
    `This wizard imports one file at a time: ${names.join(', ')} ${names.length === 1 ? 'was' : 'were'} not imported. Import ${names.length === 1 ? 'it' : 'them'} after this one, or drop vCard files and card photos under Business cards and vCards, which takes several at once.`,
  tooBig: 'This file is larger than 100 MB, too big to import in the app. Import it with the command line (carnet import FILE), or split it into smaller files.',
  sending: (name: string) => `Sending ${name} to Carnet`,
  sendingProgress: (name: string, done: number, total: number) => `Sending ${name}: ${Math.round(done / 1048576)} of ${Math.round(total / 1048576)} MB`,
  detected: 'What Carnet found',
  encoding: 'Text encoding',
  delimiter: 'Columns separated by',
  source: 'Exported from',
  delimiters: { ',': 'Commas ,', ';': 'Semicolons ;', '\t': 'Tabs', '|': 'Pipes |' } as Record<string, string>,
  rows: (n: number) => `${n} row${n === 1 ? '' : 's'}`,
  mappingTitle: 'Columns',
  mappingIntro: 'Each column goes where its header says. Change any of them; columns you do not need can be ignored, kept in the notes or kept as a custom field.',
  column: 'Column',
  samples: 'Sample values',
  goesTo: 'Goes to',
  labelFor: (column: string) => `Label for ${column}`,
  savedMappings: 'Saved mappings',
  useSaved: 'Use a saved mapping…',
  saveAs: 'Save this mapping as',
  save: 'Save mapping',
  saved: (name: string) => `Mapping "${name}" saved`,
  usingMapping: (name: string) => `Using "${name}".`,
  deleteMapping: (name: string) => `Delete mapping "${name}"`,
  mappingDeleted: (name: string) => `Mapping "${name}" deleted`,
  undoDelete: 'Undo',
  toPreview: 'Preview',
  back: 'Back',
  cancel: 'Cancel',
  previewTitle: 'Preview',
  previewIntro: 'Nothing is written yet. Each row says what will happen to it.',
  onDuplicate: 'When a row matches a contact you already have',
  onDuplicateChoices: {
    update: 'Update it: fill its empty fields, add new emails and phones',
    skip: 'Skip the row',
    create: 'Create a new contact anyway',
  },
  country: 'Country for phone numbers without +prefix',
  dateOrderQuestion: (examples: string) => `Dates such as ${examples} can be read two ways. How are they written?`,
  dateOrder: 'Date order',
  dateOrders: { dmy: 'Day/month/year (31/12/1980)', mdy: 'Month/day/year (12/31/1980)' },
  chooseDateOrder: 'Choose…',
  statuses: { new: 'New', update: 'Update', already: 'Already there', duplicate: 'Possible duplicate', error: 'Error' },
  /** How a row matched, from the row's match. */
  matchedBy: (match: { by: 'email' | 'phone' | 'name'; value: string; displayName: string; line: number | null; namesConflict: boolean }) => {
    const who = match.line !== null ? `${match.displayName} (line ${match.line})` : match.displayName;
    if (match.by === 'name') return `Same name and company as ${who}`;
    if (match.namesConflict) return `Shares ${match.value} with ${who}, whose name differs`;
    return `Same ${match.by} as ${who} (${match.value})`;
  },
  /** What the import will do with a row. */
  willDo: (row: { action: 'create' | 'update' | 'skip'; changes: string[]; match: { namesConflict: boolean } | null }) => {
    if (row.action === 'update') return `Will add ${row.changes.join(', ')}`;
    if (row.action === 'create') return row.match === null ? 'Will be created' : row.match.namesConflict ? 'Will be created as another person' : 'Will be created anyway';
    return row.match !== null && row.changes.length === 0 && !row.match.namesConflict ? 'Nothing new: will be skipped' : 'Will be skipped';
  },
  readAs: (reading: string) => `read as ${reading}`,
  invalidPhone: 'not a valid number there',
  unreadablePhone: 'cannot be read as a phone number',
  rowChoice: (line: number) => `What to do with line ${line}`,
  rowChoices: {
    default: 'As chosen above',
    keepApart: 'Keep apart (default)',
    merge: (name: string) => `Merge into ${name}`,
    create: 'Create a new contact',
    skip: 'Skip this row',
  },
  all: 'All',
  line: 'Line',
  name: 'Name',
  status: 'Status',
  what: 'What happens',
  moreRows: (shown: number, total: number) => `Showing ${shown} of ${total} rows.`,
  importButton: (n: number) => `Import ${n} row${n === 1 ? '' : 's'}`,
  nothingToImport: 'Nothing to import: every row is already there, skipped or has an error.',
  importing: 'Importing…',
  stopReading: 'Stop',
  leaveImporting: 'An import is running. If you leave, it goes on, but you will not see its progress or be able to cancel it. Leave anyway?',
  cancelled: 'Import cancelled: nothing was written.',
  doneTitle: 'Import finished',
  summary: (c: { created: number; createdCompanies: number; updated: number; alreadyThere: number; skipped: number; errors: number }) =>
    [
      plural(c.created, 'contact created', 'contacts created'),
      ...(c.createdCompanies > 0 ? [plural(c.createdCompanies, 'company created', 'companies created')] : []),
      `${c.updated} updated`,
      `${c.alreadyThere} already there`,
      `${c.skipped} skipped`,
      plural(c.errors, 'error', 'errors'),
    ].join(', ') + '.',
  duplicatesTitle: (n: number) => `${plural(n, 'possible duplicate', 'possible duplicates')} to review`,
  duplicatesIntro: 'These rows share an email or phone with someone whose name differs. Carnet kept them as separate people; open one to check it.',
  duplicateRow: (line: number, name: string, reason: string) => `Line ${line}: ${name}. ${reason}`,
  openContact: (name: string) => `Open ${name}`,
  open: 'Open',
  moreDuplicates: (n: number) => `…and ${n} more (carnet import list shows every batch).`,
  nothingWritten: 'Nothing was written: every row was already there or could not be read.',
  downloadErrors: 'Download the failed rows (CSV)',
  undo: 'Undo this import',
  undone: (people: number, companies: number, reverted: number) => `Import undone: ${appStrings.peopleAndCompanies(people, companies)} moved to the trash, ${reverted} restored.`,
  showContacts: (people: number, companies: number) => `Show these ${appStrings.peopleAndCompanies(people, companies)}`,
  showContactsLoading: 'Show these contacts',
  showContactsOf: (file: string) => `Show the contacts from ${file}`,
  showContactsShort: 'Show contacts',
  another: 'Import another file',
  historyTitle: 'Import history',
  historyEmpty: 'No imports yet.',
  historyCounts: (c: { created: number; createdCompanies: number; updated: number; alreadyThere: number; skipped: number; errors: number; possibleDuplicates: number }) =>
    [
      `${c.created} created`,
      ...(c.createdCompanies > 0 ? [plural(c.createdCompanies, 'company', 'companies')] : []),
      ...(c.possibleDuplicates > 0 ? [plural(c.possibleDuplicates, 'possible duplicate', 'possible duplicates')] : []),
      `${c.updated} updated`,
      `${c.alreadyThere} already there`,
      `${c.skipped} skipped`,
      `${c.errors} errors`,
    ].join(' · '),
  undoneOn: (when: string) => `Undone ${when}`,
  undoBatch: (file: string) => `Undo import of ${file}`,
  confirmUndo: (file: string) => `Undo the import of ${file}? Its new contacts go to the trash; updated contacts get their earlier values back.`,
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
