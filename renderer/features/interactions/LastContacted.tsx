import { interactionStrings as s } from './strings.ts';
import { entryTime, relativeTime } from './format.ts';

/**
 * "Last contacted 3 days ago" or "Never contacted": never contacted is a state, said in words.
 * `compact` (list rows) shows the time alone, the full sentence staying in the title and for
 * screen readers.
 */
export function LastContacted({ at, compact = false }: { at: string | null; compact?: boolean }) {
  const sentence = at ? s.lastContacted(relativeTime(at)) : s.neverContacted;
  if (!compact) {
    return (
      <p className={`last-contacted${at ? '' : ' never'}`} title={at ? entryTime(at) : undefined}>
        {sentence}
      </p>
    );
  }
  return (
    <span className={`row-contacted${at ? '' : ' never'}`} title={sentence}>
      <span aria-hidden="true">{at ? relativeTime(at) : s.neverContacted}</span>
      <span className="visually-hidden">{sentence}</span>
    </span>
  );
}
