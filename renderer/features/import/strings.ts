import { appStrings } from '../../app/strings.ts';
import type { ImportChange, RelatedCounts, RowStatus } from '../../../shared/contract/import.ts';
import { userLocale } from '../../app/locale.ts';
import { localized, translator } from '../../i18n/translate.ts';
import { importCatalogs } from './messages/index.ts';

const t = translator(importCatalogs);

/** How a row matched someone, as the preview row carries it. */
interface MatchWords {
  by: 'email' | 'phone' | 'name' | 'id';
  value: string;
  displayName: string;
  line: number | null;
  namesConflict: boolean;
}

/** The CSV presets whose names have words to translate (the others are product names: Google Contacts, Thunderbird). */
const PRESETS_WITH_WORDS = ['google-legacy', 'outlook', 'outlook-com', 'spreadsheet'] as const;
type PresetWithWords = (typeof PRESETS_WITH_WORDS)[number];
const hasWords = (id: string): id is PresetWithWords => (PRESETS_WITH_WORDS as readonly string[]).includes(id);

/** Names in a sentence ("a.csv, b.csv and c.csv"), joined the current language's way. */
export function listOf(items: readonly string[]): string {
  return new Intl.ListFormat(userLocale(), { type: 'conjunction' }).format(items);
}

/** One thing an update adds, in words ("2 emails", "job title"). */
/** "… to add · 2 interactions and tasks already in Carnet · 1 left out: …": the parts that are not zero after the first. */
function relatedWords({ interactions, tasks, purchases }: RelatedCounts, first: string): string {
  const already = interactions.already + tasks.already;
  const leftOut = interactions.skipped + tasks.skipped + (purchases?.skipped ?? 0);
  return [
    first,
    // A version 3 export's purchases: how many come (to add, or added), and how many are already there.
    ...(purchases && purchases.added > 0 ? [t('relatedPurchases', { added: purchases.added })] : []),
    ...(already > 0 ? [t('relatedAlready', { count: already })] : []),
    ...(purchases && purchases.already > 0 ? [t('relatedPurchasesAlready', { count: purchases.already })] : []),
    ...(leftOut > 0 ? [t('relatedLeftOut', { count: leftOut })] : []),
  ].join(' · ');
}

function changeWords(change: ImportChange): string {
  return t(`change.${change.field}`, { n: change.count });
}

/**
 * Strings of the Import screen's file wizard and history in the current language (texts in
 * `messages/<language>.ts`, ICU MessageFormat: plurals and numbers follow the language).
 */
export const importStrings = localized(() => ({
  title: t('title'),
  intro: t('intro'),
  wizardTitle: t('wizardTitle'),
  drop: t('drop'),
  choose: t('choose'),
  reading: (name: string) => t('reading', { name }),
  oneFileAtATime: (names: string[]) => t('oneFileAtATime', { count: names.length, names: listOf(names) }),
  tooBig: t('tooBig'),
  sending: (name: string) => t('sending', { name }),
  sendingProgress: (name: string, done: number, total: number) => t('sendingProgress', { name, done: Math.round(done / 1048576), total: Math.round(total / 1048576) }),
  detected: t('detected'),
  encoding: t('encoding'),
  delimiter: t('delimiter'),
  source: t('source'),
  /** An exporter's name: translated where it has words, else the core's (product names). */
  presetLabel: (preset: { id: string; label: string }) => (hasWords(preset.id) ? t(`preset.${preset.id}`) : preset.label),
  delimiters: { ',': t('delimiters.comma'), ';': t('delimiters.semicolon'), '\t': t('delimiters.tab'), '|': t('delimiters.pipe') } as Record<string, string>,
  rows: (n: number) => t('rows', { n }),
  mappingTitle: t('mappingTitle'),
  mappingIntro: t('mappingIntro'),
  column: t('column'),
  samples: t('samples'),
  goesTo: t('goesTo'),
  goesToColumn: (column: string) => t('goesToColumn', { column }),
  labelFor: (column: string) => t('labelFor', { column }),
  savedMappings: t('savedMappings'),
  useSaved: t('useSaved'),
  saveAs: t('saveAs'),
  save: t('save'),
  saved: (name: string) => t('saved', { name }),
  usingMapping: (name: string) => t('usingMapping', { name }),
  deleteMapping: (name: string) => t('deleteMapping', { name }),
  mappingDeleted: (name: string) => t('mappingDeleted', { name }),
  undoDelete: t('undoDelete'),
  toPreview: t('toPreview'),
  back: t('back'),
  cancel: t('cancel'),
  previewTitle: t('previewTitle'),
  previewIntro: t('previewIntro'),
  onDuplicate: t('onDuplicate'),
  onDuplicateChoices: {
    update: t('onDuplicateChoices.update'),
    skip: t('onDuplicateChoices.skip'),
    create: t('onDuplicateChoices.create'),
  },
  country: t('country'),
  dateOrderQuestion: (examples: string[]) => t('dateOrderQuestion', { examples: listOf(examples) }),
  dateOrder: t('dateOrder'),
  dateOrders: { dmy: t('dateOrders.dmy'), mdy: t('dateOrders.mdy') },
  chooseDateOrder: t('chooseDateOrder'),
  statuses: {
    new: t('statuses.new'),
    update: t('statuses.update'),
    already: t('statuses.already'),
    duplicate: t('statuses.duplicate'),
    error: t('statuses.error'),
  } satisfies Record<RowStatus, string>,
  /** A filter chip: "New 12 345" with the count grouped the current language's way. */
  chip: (label: string, n: number) => t('chip', { label, n }),
  /** Who a row matched: "Ana Lima (line 4)" for a row of the same file. */
  matchWho: (match: { displayName: string; line: number | null }) =>
    match.line !== null ? t('matchWhoAtLine', { name: match.displayName, line: match.line }) : t('matchWho', { name: match.displayName }),
  /** How a row matched, from the row's match. */
  matchedBy: (match: MatchWords): string => {
    const who = importStrings.matchWho(match);
    if (match.by === 'name') return t('matchedByName', { who });
    if (match.by === 'id') return match.namesConflict ? t('matchedIdConflict', { who }) : t('matchedById', { who });
    if (match.namesConflict) return t('matchedShared', { value: match.value, who });
    return t('matchedBy', { by: match.by, who, value: match.value });
  },
  /** What an update adds, in words: "2 emails, 1 phone and job title". */
  changes: (changes: readonly ImportChange[]) => listOf(changes.map(changeWords)),
  /** What the import will do with a row. */
  willDo: (row: { action: 'create' | 'update' | 'skip'; changes: readonly ImportChange[]; match: { namesConflict: boolean } | null }): string => {
    if (row.action === 'update') return t('willAdd', { changes: importStrings.changes(row.changes) });
    if (row.action === 'create') return row.match === null ? t('willCreate') : row.match.namesConflict ? t('willCreateAnother') : t('willCreateAnyway');
    return row.match !== null && row.changes.length === 0 && !row.match.namesConflict ? t('nothingNew') : t('willSkip');
  },
  readAs: (reading: string) => t('readAs', { reading }),
  invalidPhone: t('invalidPhone'),
  unreadablePhone: t('unreadablePhone'),
  rowChoice: (line: number) => t('rowChoice', { line }),
  rowChoices: {
    default: t('rowChoices.default'),
    keepApart: t('rowChoices.keepApart'),
    merge: (name: string) => t('rowChoices.merge', { name }),
    create: t('rowChoices.create'),
    skip: t('rowChoices.skip'),
  },
  all: t('all'),
  line: t('line'),
  /** "Line 3: …" for an error or a warning of the import summary (the colon as each language writes it). */
  lineSaid: (line: number, message: string) => t('lineSaid', { line, message }),
  name: t('name'),
  status: t('status'),
  what: t('what'),
  moreRows: (shown: number, total: number) => t('moreRows', { shown, total }),
  importButton: (n: number) => t('importButton', { n }),
  nothingToImport: t('nothingToImport'),
  importing: t('importing'),
  stopReading: t('stopReading'),
  leaveImporting: t('leaveImporting'),
  cancelled: t('cancelled'),
  doneTitle: t('doneTitle'),
  /** A Carnet export's interactions and tasks in the preview: what will be added, found, left out. */
  relatedPreview: (related: RelatedCounts): string => relatedWords(related, t('relatedToAdd', { interactions: related.interactions.added, tasks: related.tasks.added })),
  /** The same after the import. */
  relatedDone: (related: RelatedCounts): string => relatedWords(related, t('relatedAdded', { interactions: related.interactions.added, tasks: related.tasks.added })),
  summary: (c: { created: number; createdCompanies: number; updated: number; alreadyThere: number; skipped: number; errors: number }) =>
    t('summary', { created: c.created, companies: c.createdCompanies, updated: c.updated, alreadyThere: c.alreadyThere, skipped: c.skipped, errors: c.errors }),
  duplicatesTitle: (n: number) => t('duplicatesTitle', { n }),
  duplicatesIntro: t('duplicatesIntro'),
  duplicateRow: (line: number, name: string, reason: string) => t('duplicateRow', { line, name, reason }),
  openContact: (name: string) => t('openContact', { name }),
  open: t('open'),
  moreDuplicates: (n: number) => t('moreDuplicates', { n }),
  nothingWritten: t('nothingWritten'),
  warningsTitle: t('warningsTitle'),
  downloadErrors: t('downloadErrors'),
  undo: t('undo'),
  /** What undoing an import did: the contacts, and the interactions and tasks that went with them when there were any. */
  undone: (result: { removedPeople: number; removedCompanies: number; reverted: number; removedInteractions: number; removedTasks: number }) => {
    const contacts = t('undone', { what: appStrings.peopleAndCompanies(result.removedPeople, result.removedCompanies), reverted: result.reverted });
    if (result.removedInteractions + result.removedTasks === 0) return contacts;
    return `${contacts} ${t('undoneRelated', { interactions: result.removedInteractions, tasks: result.removedTasks })}`;
  },
  showContacts: (people: number, companies: number) => t('showContacts', { what: appStrings.peopleAndCompanies(people, companies) }),
  showContactsLoading: t('showContactsLoading'),
  showContactsOf: (file: string) => t('showContactsOf', { file }),
  showContactsShort: t('showContactsShort'),
  another: t('another'),
  historyTitle: t('historyTitle'),
  historyEmpty: t('historyEmpty'),
  historyCounts: (c: { created: number; createdCompanies: number; updated: number; alreadyThere: number; skipped: number; errors: number; possibleDuplicates: number }) =>
    t('historyCounts', {
      created: c.created,
      companies: c.createdCompanies,
      duplicates: c.possibleDuplicates,
      updated: c.updated,
      alreadyThere: c.alreadyThere,
      skipped: c.skipped,
      errors: c.errors,
    }),
  undoneOn: (when: string) => t('undoneOn', { when }),
  undoBatch: (file: string) => t('undoBatch', { file }),
  confirmUndo: (file: string) => t('confirmUndo', { file }),
}));

/** The translator of the import catalogs, for the "Goes to" names (target-options.ts). */
export const importText = t;
