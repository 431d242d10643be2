import { useState } from 'react';
import type { CardDraftFields, ImportSummary } from '../../../../shared/contract/index.ts';
import { useClient } from '../../../app/client-context.ts';
import { errorMessage } from '../../../app/error-message.ts';
import { CardReview } from './CardReview.tsx';
import { DropZone } from './DropZone.tsx';
import { fileToBase64, kindOf, textToBase64 } from './file-data.ts';
import { ImportDone } from './ImportDone.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { draftsPayload } from './review-model.ts';
import { cardStrings as s } from './strings.ts';
import { useCardReading } from './use-card-reading.ts';
import { VCardExportCard } from './VCardExportCard.tsx';
import './cards.css';

type Step = { kind: 'drop' } | { kind: 'review' } | { kind: 'preview'; sourceId: string; fileName: string } | { kind: 'done'; summary: ImportSummary };
type SavedCard = { fileName: string; draft: CardDraftFields; photoDataUrl: string };

/**
 * vCard files and card photos: drop them, review each photo's draft beside the photo, then one
 * preview and one undoable import batch per vCard file and for all the reviewed cards.
 */
export function CardImportPanel() {
  const client = useClient();
  const reading = useCardReading();
  const [step, setStep] = useState<Step>({ kind: 'drop' });
  const [index, setIndex] = useState(0);
  const [saved, setSaved] = useState<SavedCard[]>([]);
  const [vcards, setVCards] = useState<File[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  async function analyze(fileName: string, data: string) {
    try {
      const analyzed = await client.call('import.analyze', { fileName, data });
      setStep({ kind: 'preview', sourceId: analyzed.sourceId, fileName });
    } catch (failure) {
      setMessage(errorMessage(failure));
      setStep({ kind: 'drop' });
    }
  }

  /** After a batch: the next vCard file waiting, or back to the drop zone. */
  async function next(remaining: File[]) {
    const [file, ...rest] = remaining;
    setVCards(rest);
    if (file) await analyze(file.name, await fileToBase64(file));
    else setStep({ kind: 'drop' });
  }

  function onFiles(files: File[]) {
    setMessage(null);
    const other = files.filter((file) => kindOf(file) === 'other');
    if (other.length) setMessage(s.unsupported(other.map((file) => file.name).join(', ')));
    const images = files.filter((file) => kindOf(file) === 'image');
    const vcardFiles = files.filter((file) => kindOf(file) === 'vcard');
    if (images.length) {
      setVCards(vcardFiles);
      setSaved([]);
      setIndex(0);
      setStep({ kind: 'review' });
      void reading.start(images);
    } else if (vcardFiles.length) void next(vcardFiles);
  }

  function advance(nextSaved: SavedCard[]) {
    if (index + 1 < reading.queue.length) {
      setIndex(index + 1);
      return;
    }
    finish(nextSaved);
  }

  /** No card left to review: import the saved ones (then any vCards), or say nothing was saved. */
  function finish(nextSaved: SavedCard[]) {
    reading.reset();
    if (nextSaved.length === 0) {
      setMessage(s.nothingSaved);
      void next(vcards);
      return;
    }
    void analyze(`${nextSaved.length} business card${nextSaved.length === 1 ? '' : 's'}`, textToBase64(draftsPayload(nextSaved)));
  }

  const card = reading.queue[index];
  return (
    <div className="cards-panel">
      <section className="card" aria-labelledby="cards-title">
        <h2 id="cards-title">{s.title}</h2>
        <p className="muted">{s.intro}</p>
        {step.kind === 'drop' && <DropZone onFiles={onFiles} />}
        {reading.progress && (
          <div className="cards-progress" role="progressbar" aria-label={s.reading(reading.progress.index, reading.progress.total, reading.progress.fileName)} aria-valuemin={0} aria-valuemax={100} aria-valuenow={reading.progress.percent}>
            <div className="cards-progress-track">
              <div className="cards-progress-fill" style={{ width: `${reading.progress.percent}%` }} />
            </div>
            <span className="small muted">{`${s.reading(reading.progress.index, reading.progress.total, reading.progress.fileName)} ${reading.progress.percent}%`}</span>
            <button
              type="button"
              className="button"
              onClick={() => {
                const kept = reading.stop();
                if (kept === 0 && saved.length === 0 && vcards.length === 0) {
                  setStep({ kind: 'drop' });
                  setMessage(s.stoppedNoneRead);
                } else if (index >= kept) finish(saved); // already past the cards that were read
              }}
            >
              {s.stopReading}
            </button>
          </div>
        )}
        {message && (
          <p className="form-error-inline" role="alert">
            {message}
          </p>
        )}
      </section>
      {step.kind === 'review' && card && (
        <CardReview
          card={card}
          index={index}
          total={reading.queue.length}
          savedCount={saved.length}
          isLast={index + 1 >= reading.queue.length}
          onSave={(draft) => {
            const nextSaved = [...saved, { fileName: card.fileName, draft, photoDataUrl: card.reading?.photo.dataUrl ?? '' }];
            setSaved(nextSaved);
            advance(nextSaved);
          }}
          onSkip={() => advance(saved)}
        />
      )}
      {step.kind === 'preview' && (
        <ImportPreview
          key={step.sourceId}
          sourceId={step.sourceId}
          fileName={step.fileName}
          onDone={(summary) => setStep({ kind: 'done', summary })}
          onCancel={() => {
            void client.call('import.discard', { sourceId: step.sourceId }).catch(() => undefined);
            void next(vcards);
          }}
        />
      )}
      {step.kind === 'done' && <ImportDone summary={step.summary} onAgain={() => void next(vcards)} />}
      {step.kind === 'drop' && <VCardExportCard />}
    </div>
  );
}
