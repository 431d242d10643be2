import { useEffect, useState } from 'react';
import type { CardDraftFields } from '../../../../shared/contract/index.ts';
import { DraftForm } from './DraftForm.tsx';
import type { QueuedCard } from './review-model.ts';
import { cardStrings as s } from './strings.ts';

interface CardReviewProps {
  card: QueuedCard;
  index: number;
  total: number;
  savedCount: number;
  isLast: boolean;
  onSave(draft: CardDraftFields): void;
  onSkip(): void;
}

/** The photo beside its editable draft: fix and save, or skip to the next card. Shown inside the photos' file section. */
export function CardReview({ card, index, total, savedCount, isLast, onSave, onSkip }: CardReviewProps) {
  const [draft, setDraft] = useState<CardDraftFields | null>(card.reading?.draft ?? null);
  useEffect(() => setDraft(card.reading?.draft ?? null), [card.key, card.reading]);
  const reading = card.reading;
  return (
    <section className="cards-review" aria-labelledby="cards-review-title">
      <header className="cards-review-header">
        <h3 id="cards-review-title">{s.reviewTitle(index + 1, total)}</h3>
        <span className="muted small">{s.saved(savedCount)}</span>
      </header>
      {card.status === 'failed' && (
        <p className="form-error-inline" role="alert">
          {s.readFailed(card.fileName, card.error ?? '')}
        </p>
      )}
      {(card.status === 'waiting' || card.status === 'reading') && <p className="muted">{s.waiting}</p>}
      {reading && draft && (
        <div className="cards-review-body">
          <figure className="cards-photo">
            <img src={reading.photo.dataUrl} alt={s.photoAlt(card.fileName)} />
            <figcaption className="muted small">{card.fileName}</figcaption>
            {reading.qr?.format && <p className="small">{s.qrFound(reading.qr.format)}</p>}
            <details className="small">
              <summary>{s.ocrText}</summary>
              <pre className="cards-ocr-text">{reading.text.join('\n')}</pre>
            </details>
          </figure>
          <DraftForm idPrefix={`card-${card.key}`} draft={draft} confidence={reading.confidence} onChange={setDraft} />
        </div>
      )}
      <div className="form-actions cards-review-actions">
        <button type="button" className="button primary" disabled={!draft} onClick={() => draft && onSave(draft)}>
          {isLast ? s.save : s.saveAndNext}
        </button>
        <button type="button" className="button" onClick={onSkip}>
          {s.skip}
        </button>
      </div>
    </section>
  );
}
