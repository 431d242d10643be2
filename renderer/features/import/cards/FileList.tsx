import { useId, type Ref } from 'react';
import { importStrings } from '../strings.ts';
import type { FileQueue, ItemState } from './file-queue.ts';
import { cardStrings as s } from './strings.ts';

/** What the file list says of one state. */
function describe(state: ItemState): string {
  switch (state.kind) {
    case 'waiting':
      return s.states.waiting;
    case 'current':
      return s.states.current;
    case 'imported':
      return s.states.imported(importStrings.summary({ ...state.summary, errors: state.summary.errors.length }));
    case 'undone':
      return s.states.undone;
    case 'skipped':
      return s.states[state.why];
    case 'failed':
      return s.states.failed(state.error);
  }
}

interface FileListProps {
  queue: FileQueue;
  stateOf(index: number): ItemState;
  /** The list's heading, focused when a run through the files ends. */
  titleRef: Ref<HTMLHeadingElement>;
}

/**
 * Every file the user gave at once, in order, with what became of it: waiting, now, imported,
 * skipped, not imported and why. Files Carnet cannot import are named here too.
 */
export function FileList({ queue, stateOf, titleRef }: FileListProps) {
  const titleId = useId();
  return (
    <section className="cards-files" aria-labelledby={titleId}>
      <h3 id={titleId} ref={titleRef} tabIndex={-1}>
        {s.filesTitle}
      </h3>
      <ol className="cards-file-list" aria-labelledby={titleId}>
        {queue.items.flatMap((item, index) => {
          const state = stateOf(index);
          return item.files.map((file, i) => (
            <li key={`${item.key}-${i}`} className={`cards-file state-${state.kind}`} aria-current={state.kind === 'current' ? 'step' : undefined}>
              <span className="cards-file-name">{file.name}</span>
              <span className="small">{describe(state)}</span>
            </li>
          ));
        })}
        {queue.unsupported.map((name, i) => (
          <li key={`unsupported-${i}`} className="cards-file state-failed">
            <span className="cards-file-name">{name}</span>
            <span className="small">{s.states.unsupported}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
