import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useClient } from '../../app/client-context.ts';
import { importStrings as s } from './strings.ts';

/** Drop target and file picker for any format the core's reader registry reads. */
export function FileDrop({ onFile, disabled }: { onFile(file: File): void; disabled: boolean }) {
  const client = useClient();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [accept, setAccept] = useState('.csv,.tsv,.txt');

  useEffect(() => {
    void client.call('import.formats', {}).then((formats) => setAccept(formats.flatMap((format) => format.extensions).join(','))).catch(() => undefined);
  }, [client]);

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (!disabled && file) onFile(file);
  }

  return (
    <div
      className={`import-drop${over ? ' over' : ''}`}
      data-testid="import-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p>{s.drop}</p>
      <button type="button" className="button primary" onClick={() => input.current?.click()} disabled={disabled}>
        {s.choose}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={s.choose}
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
