import { useRef, useState, type DragEvent } from 'react';

export interface FileDropZoneProps {
  /** The text inside the zone ("Drop a contacts file here"). */
  prompt: string;
  /** The picker button's text and the hidden input's accessible name. */
  chooseLabel: string;
  accept: string;
  /** The picker chooses several files. Several dropped files always all reach `onFiles`, so none is lost unannounced. */
  multiple?: boolean;
  primary?: boolean;
  disabled?: boolean;
  className: string;
  testId: string;
  onFiles(files: File[]): void;
}

/** A drop target with a file picker beside it: the one way files come into Carnet. */
export function FileDropZone({ prompt, chooseLabel, accept, multiple = false, primary = false, disabled = false, className, testId, onFiles }: FileDropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  function take(list: FileList | null | undefined) {
    const files = [...(list ?? [])];
    if (!disabled && files.length > 0) onFiles(files);
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  }

  return (
    <div
      className={`${className}${over ? ' over' : ''}`}
      data-testid={testId}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p>{prompt}</p>
      <button type="button" className={primary ? 'button primary' : 'button'} onClick={() => input.current?.click()} disabled={disabled}>
        {chooseLabel}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        multiple={multiple}
        aria-label={chooseLabel}
        accept={accept}
        onChange={(event) => {
          const files = event.target.files;
          take(files);
          event.target.value = '';
        }}
      />
    </div>
  );
}
