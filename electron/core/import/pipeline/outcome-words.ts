import type { RowMatch } from '../../../../shared/contract/import.ts';
import type { RowOutcome } from './plan.ts';

/**
 * A row's outcome in words for the preview and the CLI: how it matched ("shares +1 415 555 0100
 * with Alice Martin") and what the import will do with it. The renderer shows the same facts from
 * the row's structured fields (status, action, match, changes); this is the text form.
 */
export function describeOutcome(outcome: Pick<RowOutcome, 'status' | 'action' | 'changes' | 'error'> & { match: RowMatch | null }): string {
  if (outcome.status === 'error') return outcome.error ?? 'invalid row';
  const { match } = outcome;
  if (!match) return outcome.action === 'skip' ? 'new, will be skipped' : 'will be created';
  return `${describeMatch(match)}: ${describeAction(outcome, match)}`;
}

export function describeMatch(match: RowMatch): string {
  const who = match.line !== null ? `${match.displayName} (line ${match.line})` : match.displayName;
  if (match.by === 'name') return `same name and company as ${who}`;
  if (match.namesConflict) return `shares ${match.value} with ${who}, whose name differs`;
  return `same ${match.by} as ${who} (${match.value})`;
}

function describeAction(outcome: Pick<RowOutcome, 'status' | 'action' | 'changes'>, match: RowMatch): string {
  if (outcome.action === 'update') return `will add ${outcome.changes.join(', ')}`;
  if (outcome.action === 'create') return match.namesConflict ? 'will be created as another person' : 'will be created anyway';
  return outcome.changes.length === 0 ? 'nothing new, will be skipped' : 'will be skipped';
}
