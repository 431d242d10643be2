import type { ImportChange, RowMatch } from '../../../../shared/contract/import.ts';
import type { RowOutcome } from './plan.ts';

/**
 * A row's outcome in words for the preview and the CLI: how it matched ("shares +1 415 555 0100
 * with Alice Martin") and what the import will do with it. The renderer shows the same facts from
 * the row's structured fields (status, action, match, changes); this is the text form.
 */
export function describeOutcome(outcome: Pick<RowOutcome, 'status' | 'action' | 'changes' | 'error'> & { match: RowMatch | null }): string {
  if (outcome.status === 'error') return outcome.error?.text ?? 'invalid row';
  const { match } = outcome;
  if (!match) return outcome.action === 'skip' ? 'new, will be skipped' : 'will be created';
  return `${describeMatch(match)}: ${describeAction(outcome, match)}`;
}

export function describeMatch(match: RowMatch): string {
  const who = match.line !== null ? `${match.displayName} (line ${match.line})` : match.displayName;
  if (match.by === 'name') return `same name and company as ${who}`;
  if (match.by === 'id') return match.namesConflict ? `its Carnet id belongs to ${who}, whose name differs` : `the same Carnet record as ${who}`;
  if (match.namesConflict) return `shares ${match.value} with ${who}, whose name differs`;
  return `same ${match.by} as ${who} (${match.value})`;
}

function describeAction(outcome: Pick<RowOutcome, 'status' | 'action' | 'changes'>, match: RowMatch): string {
  if (outcome.action === 'update') return `will add ${describeChanges(outcome.changes)}`;
  if (outcome.action === 'create') return match.namesConflict ? 'will be created as another person' : 'will be created anyway';
  return outcome.changes.length === 0 ? 'nothing new, will be skipped' : 'will be skipped';
}

/** English words for what a row adds (the preview sends ids; the renderer says them in the user's language). */
const CHANGE_WORDS: Record<ImportChange['field'], [one: string, many: string]> = {
  firstName: ['first name', 'first name'],
  lastName: ['last name', 'last name'],
  company: ['company', 'company'],
  title: ['job title', 'job title'],
  notes: ['notes', 'notes'],
  birthday: ['birthday', 'birthday'],
  photo: ['photo', 'photo'],
  email: ['email', 'emails'],
  phone: ['phone', 'phones'],
  address: ['address', 'addresses'],
  website: ['website', 'websites'],
  tag: ['tag', 'tags'],
  custom: ['other field', 'other fields'],
};
const COUNTED = new Set<ImportChange['field']>(['email', 'phone', 'address', 'website', 'tag', 'custom']);

/** "2 emails, job title, photo": the CLI's and the row message's form of a row's changes. */
export function describeChanges(changes: readonly ImportChange[]): string {
  return changes
    .map(({ field, count }) => {
      const [one, many] = CHANGE_WORDS[field];
      return COUNTED.has(field) ? `${count} ${count === 1 ? one : many}` : one;
    })
    .join(', ');
}
