import { useRef, useState, type DragEvent } from 'react';
import { cardStrings as s } from './strings.ts';

/** A drop target with a file picker: vCard files and card photos, many at once. */
export function DropZone({ onFiles, disabled = false }: { onFiles(files: File[]): void; disabled?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    if (!disabled && event.dataTransfer.files.length) onFiles([...event.dataTransfer.files]);
  }

  return (
    <div
      className={`cards-drop${over ? ' over' : ''}`}
      data-testid="cards-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p>{s.drop}</p>
      <button type="button" className="button" onClick={() => input.current?.click()} disabled={disabled}>
        {s.choose}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label={s.choose}
        accept=".vcf,.vcard,.png,.jpg,.jpeg,text/vcard,image/png,image/jpeg"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}
