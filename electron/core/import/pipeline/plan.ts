import type BetterSqlite3 from 'better-sqlite3';
import type { ContactFields } from '../../../../shared/contract/contacts.ts';
import type { ImportChange, OnDuplicate, RowAction, RowChoice, RowMatch, RowStatus } from '../../../../shared/contract/import.ts';
import { displayNameOf } from '../../../../shared/domain/text.ts';
import type { ImportRecord, RecordIdentity } from '../import-record.ts';
import { normalizePhones } from './classify.ts';
import { absorb, absorption, existingDraft, type Absorption, type ContactDraft, type ExistingDraft } from './contact-drafts.ts';
import { ExistingContacts } from './load-existing.ts';
import { type Match, type Matcher, matchKeysOf } from './match.ts';
import { primePhoneFacts } from './phone-facts-pool.ts';
import { validateRecord } from './validate.ts';
import type { CoreText } from '../../../../shared/messages/core-text.ts';

/** A contact the import will create, with every later row of the file that is the same person merged in. */
export interface PlannedCreate extends ContactDraft {
  line: number;
  /** A Carnet export's record: the id and times a created contact keeps. */
  identity?: RecordIdentity;
}

/** The contract's form of a match: an earlier row of the file has no contact id yet. */
export function rowMatchOf(match: Match): RowMatch {
  return {
    id: isPlanned(match.target) ? null : match.target,
    displayName: match.displayName,
    by: match.by,
    value: match.value,
    line: match.line,
    namesConflict: match.namesConflict,
  };
}

/** What one row does, decided before anything is written. */
export interface RowOutcome {
  line: number;
  status: RowStatus;
  action: RowAction;
  /** The validated row (null for an error row). */
  fields: ContactFields | null;
  match: Match | null;
  /** What the row adds to the contact it matches ("1 email", "job title"). */
  changes: ImportChange[];
  error: CoreText | null;
  warnings: CoreText[];
}

export interface ImportPlan {
  creates: PlannedCreate[];
  /** Existing contacts the import changes, each once, with every row's additions merged in. */
  updates: ExistingDraft[];
  /** Every row's outcome, in file order (kept only when asked: a preview shows them). */
  rows: RowOutcome[];
  statuses: Record<RowStatus, number>;
  actions: Record<RowAction, number>;
  /** Rows that add something to a contact (existing, or created by an earlier row). */
  updated: number;
  /** Rows matched to a contact that already has everything they hold. */
  alreadyThere: number;
  /** Rows skipped by the user's choice. */
  skipped: number;
  /** Rows created although they share an email or phone with someone whose name conflicts. */
  possibleDuplicates: { line: number; displayName: string; kind: 'person' | 'company'; match: Match }[];
  errors: { line: number; message: string; said?: CoreText }[];
  /** What the checks worked around on rows that are written (created or added to a contact), one entry per warning. */
  warnings: { line: number; message: string; said: CoreText }[];
  /**
   * The contact each row ends up as, by line: the one it creates (a plan reference), updates or
   * already is. Rows skipped by choice and error rows have none, so what comes with them in a
   * Carnet export (interactions, tasks) is left out rather than given to someone else.
   */
  targets: Map<number, string>;
}

export interface PlanOptions {
  onDuplicate: OnDuplicate;
  country: string;
  defaultCountry: string;
  /** The user's choice for single rows (by line), over the global `onDuplicate`. */
  rowChoices: ReadonlyMap<number, RowChoice>;
  /** Keep every row's outcome (the preview); an import only needs the counts. */
  keepRows: boolean;
  /** Called before each row: progress, a look at the event loop, cancel. */
  step(index: number): Promise<void>;
}

const PLANNED = 'planned:';

/** The place in `ImportPlan.creates` of a planned target. */
export function plannedIndex(target: string): number {
  return Number(target.slice(PLANNED.length));
}

/** Whether a match's target is a contact an earlier row of the file creates (not one in the database). */
export function isPlanned(target: string): boolean {
  return target.startsWith(PLANNED);
}

/**
 * Decides what every row does before anything is written, for the preview and the import alike
 * (one decision, so the preview says exactly what the import will do): validate, match (the
 * database, then earlier rows of the file), then create, merge or skip by the user's choices.
 * Rows for the same contact are merged in memory, so each contact is written once; writing new
 * contacts once, in order, keeps the search index's inserts in rowid order (rewriting an earlier
 * row makes FTS5 flush, milliseconds each).
 */
export async function planImport(sqlite: BetterSqlite3.Database, records: readonly ImportRecord[], matcher: Matcher, options: PlanOptions): Promise<ImportPlan> {
  const plan: ImportPlan = {
    creates: [],
    updates: [],
    rows: [],
    statuses: { new: 0, update: 0, already: 0, duplicate: 0, error: 0 },
    actions: { create: 0, update: 0, skip: 0 },
    updated: 0,
    alreadyThere: 0,
    skipped: 0,
    possibleDuplicates: [],
    errors: [],
    warnings: [],
    targets: new Map(),
  };
  const loader = new ExistingContacts(sqlite);
  const existing = new Map<string, ExistingDraft | null>();
  const updating = new Set<string>();
  const draftOf = (target: string): ContactDraft | ExistingDraft | null => {
    if (isPlanned(target)) return plan.creates[plannedIndex(target)]!;
    if (!existing.has(target)) existing.set(target, existingDraft(loader, target));
    return existing.get(target) ?? null;
  };
  const phones = primePhoneFacts(records, matcher.phones, options.defaultCountry);
  try {
    for (let i = 0; i < records.length; i++) {
      await options.step(i);
      await phones.ready(i);
      const record = records[i]!;
      const validated = validateRecord(record);
      if (!validated.ok) {
        plan.errors.push({ line: record.line, message: validated.error.text, said: validated.error });
        tally(plan, options, { line: record.line, status: 'error', action: 'skip', fields: null, match: null, changes: [], error: validated.error, warnings: validated.warnings });
        continue;
      }
      const fields = normalizePhones(validated.fields, options.country, options.defaultCountry, record.phoneCountries);
      const keys = matchKeysOf(fields, matcher);
      const match = matcher.find(fields, keys, record.identity?.id ?? null);
      const draft = match ? draftOf(match.target) : null;
      // A contact deleted since the import began is no match: the row makes a new one.
      const found = match && draft ? absorption(draft, record, fields, options.country) : null;
      const outcome = decide(record.line, fields, draft ? match : null, found, options.rowChoices.get(record.line) ?? null, options.onDuplicate);
      outcome.warnings = validated.warnings;
      if (outcome.action !== 'skip') for (const said of validated.warnings) plan.warnings.push({ line: record.line, message: said.text, said });

      if (outcome.action === 'create') {
        const target = `${PLANNED}${plan.creates.length}`;
        plan.creates.push({ line: record.line, fields, customFields: record.customFields ?? [], photo: record.photo ?? null, hadPhoto: false, identity: record.identity });
        plan.targets.set(record.line, target);
        matcher.remember(keys, record.line, target, fields, displayNameOf(fields));
        if (outcome.match?.namesConflict) plan.possibleDuplicates.push({ line: record.line, displayName: displayNameOf(fields), kind: fields.kind, match: outcome.match });
      } else if (outcome.action === 'update') {
        absorb(draft!, found!);
        const target = match!.target;
        if (!isPlanned(target)) {
          if (!updating.has(target)) plan.updates.push(draft as ExistingDraft);
          updating.add(target);
          matcher.rename(target, draft!.fields);
        }
        matcher.remember(keys, record.line, target, draft!.fields, match!.displayName);
        plan.targets.set(record.line, target);
        plan.updated++;
      } else if (found && found.changes.length === 0 && !match!.namesConflict) {
        plan.targets.set(record.line, match!.target);
        plan.alreadyThere++;
      } else plan.skipped++;
      tally(plan, options, outcome);
    }
  } finally {
    phones.stop();
  }
  return plan;
}

function tally(plan: ImportPlan, options: PlanOptions, outcome: RowOutcome): void {
  plan.statuses[outcome.status]++;
  plan.actions[outcome.action]++;
  if (options.keepRows) plan.rows.push(outcome);
}

/**
 * One row's status and action. Status says how the row relates to what is there; action what
 * the import will do with it:
 *
 * | match                                   | status      | action (default)                  |
 * |-----------------------------------------|-------------|-----------------------------------|
 * | none                                    | new         | create                            |
 * | shared email/phone, names agree         | update      | by `onDuplicate`                  |
 * | shared email/phone, names conflict      | duplicate   | create (merge only if the row says)|
 * | same name and company                   | duplicate   | by `onDuplicate`                  |
 * | any of these, but nothing new to add    | already     | skip                              |
 */
function decide(line: number, fields: ContactFields, match: Match | null, found: Absorption | null, choice: RowChoice | null, onDuplicate: OnDuplicate): RowOutcome {
  const outcome: RowOutcome = { line, status: 'new', action: 'create', fields, match, changes: [], error: null, warnings: [] };
  if (!match || !found) {
    if (choice === 'skip') outcome.action = 'skip';
    return outcome;
  }
  outcome.changes = found.changes;
  const nothingNew = found.changes.length === 0;
  if (match.namesConflict) outcome.status = 'duplicate';
  else if (nothingNew) outcome.status = 'already';
  else outcome.status = match.by === 'name' ? 'duplicate' : 'update';

  if (choice) outcome.action = choice === 'merge' ? 'update' : choice;
  else if (match.namesConflict) outcome.action = 'create';
  else outcome.action = onDuplicate;
  if (outcome.action === 'update' && nothingNew) outcome.action = 'skip';
  return outcome;
}
