import { useEffect, useRef } from 'react';
import { CurrentFile } from './CurrentFile.tsx';
import { DropZone } from './DropZone.tsx';
import { FileList } from './FileList.tsx';
import { cardStrings as s } from './strings.ts';
import { useCardImport, type CardImport } from './use-card-import.ts';
import { VCardExportCard } from './VCardExportCard.tsx';
import './cards.css';

/**
 * vCard files and card photos, many at once: every file given is listed with what became of it.
 * Each vCard file gets its own preview and undoable batch ("File 1 of 2"); the card photos are
 * reviewed beside their drafts, then imported as one batch. Files Carnet cannot import are named.
 */
export function CardImportPanel({ onImported }: { onImported(): void }) {
  const flow = useCardImport(onImported);
  const { queue, current } = flow;
  const item = queue && current !== null ? queue.items[current] : undefined;
  const running = item !== undefined;
  const panel = useRef<HTMLElement>(null);
  const listTitle = useRef<HTMLHeadingElement>(null);
  const fileTitle = useRef<HTMLHeadingElement>(null);

  // The panel sits below the file wizard, often out of sight: each file's step is brought into
  // view when it has something to show (its preview, a card to review, its summary, why it
  // failed), and the end of the run shows the panel with its file list. Not while a file is read
  // or imported: a progress bar at the bottom stays where the user is looking.
  const phase = item && current !== null ? phaseOf(flow, current) : null;
  const viewKey = item ? `${item.key}:${phase}` : queue ? 'end' : null;
  useEffect(() => {
    if (!viewKey || (item && phase === null)) return;
    (item ? fileTitle.current : panel.current)?.scrollIntoView({ block: 'start' });
    // viewKey says when: the refs and item are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewKey]);
  // The focus follows the file on screen (and its summary takes it itself), for keyboard and
  // screen-reader users; at the end it goes to the file list.
  const focusKey = item ? item.key : queue ? 'end' : null;
  useEffect(() => {
    if (focusKey) (focusKey === 'end' ? listTitle.current : fileTitle.current)?.focus({ preventScroll: true });
  }, [focusKey]);

  const importedFiles = queue ? queue.items.reduce((n, entry, index) => n + (flow.stateOf(index).kind === 'imported' ? entry.files.length : 0), 0) : 0;
  return (
    <div className="cards-panel">
      <section className="card" aria-labelledby="cards-title" ref={panel}>
        <h2 id="cards-title">{s.title}</h2>
        <p className="muted">{s.intro}</p>
        {!running && queue && queue.unsupported.length > 0 && (
          <p className="form-error-inline" role="alert">
            {s.unsupported(queue.unsupported)}
          </p>
        )}
        {queue && <FileList queue={queue} stateOf={flow.stateOf} titleRef={listTitle} />}
        {queue && !running && queue.total > 0 && (
          <p role="status" data-testid="cards-finished">
            {s.finished({ imported: importedFiles, total: queue.total })}
          </p>
        )}
        {!running && <DropZone onFiles={flow.take} />}
      </section>
      {item && current !== null && <CurrentFile key={item.key} flow={flow} item={item} index={current} titleRef={fileTitle} />}
      {!running && <VCardExportCard />}
    </div>
  );
}

/** What the file on screen shows, as far as scrolling to it goes; null while there is nothing to show yet or the user is watching a progress bar. */
function phaseOf(flow: CardImport, index: number): string | null {
  if (flow.stateOf(index).kind === 'failed') return 'failed';
  if (flow.review) return `review-${flow.review.index}-${flow.reading.queue[flow.review.index]?.status ?? 'waiting'}`;
  const { step, preview } = flow.wizard;
  if (step === 'preview' && preview) return 'preview';
  if (step === 'done') return 'done';
  return null;
}
