import { useId, type Ref } from 'react';
import { PreviewPanel } from '../PreviewPanel.tsx';
import { ReadingFile } from '../ReadingFile.tsx';
import { SummaryPanel } from '../SummaryPanel.tsx';
import { CardReview } from './CardReview.tsx';
import { namesAfter, type QueueItem } from './file-queue.ts';
import { cardStrings as s } from './strings.ts';
import { itemName, type CardImport } from './use-card-import.ts';

interface CurrentFileProps {
  flow: CardImport;
  item: QueueItem;
  index: number;
  /** The heading, focused and scrolled to when this file comes on screen. */
  titleRef: Ref<HTMLHeadingElement>;
}

/**
 * The file on screen: "File 1 of 2: a.vcf", the files still to come, then its step: card review,
 * reading, the preview (the file wizard's own), the summary with Undo and the way on to the next
 * file, or why it could not be imported. It can be skipped until its import starts.
 */
export function CurrentFile({ flow, item, index, titleRef }: CurrentFileProps) {
  const { wizard, reading, review, queue } = flow;
  const titleId = useId();
  if (!queue) return null;
  const state = flow.stateOf(index);
  const name = itemName(item);
  const after = namesAfter(queue, index);
  const following = queue.items[index + 1];
  const onwards = following ? s.nextFile(itemName(following)) : s.finish;
  const canSkip = state.kind === 'current' && (wizard.step === 'choose' || wizard.step === 'map' || wizard.step === 'preview');
  const card = review ? reading.queue[review.index] : undefined;
  const progress = reading.progress;

  return (
    <section className="card cards-current" aria-labelledby={titleId}>
      <header className="cards-current-head">
        <div className="cards-current-title">
          <h2 id={titleId} ref={titleRef} tabIndex={-1}>
            {s.itemTitle(s.position(item.first, item.last, queue.total), name)}
          </h2>
          <p className="small muted">{after.length ? s.stillToCome(after) : s.lastOne}</p>
        </div>
        {canSkip && (
          <button type="button" className="button" onClick={flow.skip}>
            {item.kind === 'cards' ? s.skipPhotos : s.skipFile}
          </button>
        )}
      </header>
      {/* Said once, with the first file; the file list keeps them named. */}
      {index === 0 && queue.unsupported.length > 0 && (
        <p className="form-error-inline" role="alert">
          {s.unsupported(queue.unsupported)}
        </p>
      )}
      {flow.notice && (
        <p className="cards-notice" role="status">
          {flow.notice}
        </p>
      )}
      {state.kind === 'failed' ? (
        <>
          <p className="form-error-inline" role="alert">
            {`${s.failed(name)} ${state.error}`}
          </p>
          <div className="form-actions">
            <button type="button" className="button primary" onClick={flow.next}>
              {onwards}
            </button>
          </div>
        </>
      ) : (
        <>
          {wizard.error && (
            <p className="form-error-inline" role="alert">
              {wizard.error}
            </p>
          )}
          {progress && (
            <div className="cards-progress" role="progressbar" aria-label={s.reading(progress.index, progress.total, progress.fileName)} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.percent}>
              <div className="cards-progress-track">
                <div className="cards-progress-fill" style={{ width: `${progress.percent}%` }} />
              </div>
              <span className="small muted">{s.readingPercent(s.reading(progress.index, progress.total, progress.fileName), progress.percent)}</span>
              <button type="button" className="button" onClick={flow.stopReadingCards}>
                {s.stopReading}
              </button>
            </div>
          )}
          {review && card && (
            <CardReview
              // Anew once the card is read: its draft is there from the first render, so the page has its height when it is scrolled to.
              key={`${card.key}:${card.status}`}
              card={card}
              index={review.index}
              total={reading.queue.length}
              savedCount={review.saved.length}
              isLast={review.index + 1 >= reading.queue.length}
              onSave={flow.saveCard}
              onSkip={flow.skipCard}
            />
          )}
          {wizard.step === 'reading' && <ReadingFile wizard={wizard} />}
          {wizard.analyzed && (wizard.step === 'preview' || wizard.step === 'importing') && <PreviewPanel wizard={wizard} />}
          {wizard.analyzed && wizard.step === 'done' && wizard.summary && (
            <SummaryPanel summary={wizard.summary} sourceId={wizard.analyzed.sourceId} onUndone={flow.undone} onAnother={flow.next} anotherLabel={onwards} />
          )}
        </>
      )}
    </section>
  );
}
