import { useEffect, useState } from 'react';
import { useClient } from '../../app/client-context.ts';
import { FileDropZone } from '../../components/FileDropZone.tsx';
import { importStrings as s } from './strings.ts';

/** Drop target and file picker for any format the core's reader registry reads. */
export function FileDrop({ onFile, disabled }: { onFile(file: File): void; disabled: boolean }) {
  const client = useClient();
  const [accept, setAccept] = useState('.csv,.tsv,.txt');
  /** Files dropped beside the one imported: named, never dropped silently. */
  const [leftOut, setLeftOut] = useState<string[]>([]);

  useEffect(() => {
    void client.call('import.formats', {}).then((formats) => setAccept(formats.flatMap((format) => format.extensions).join(','))).catch(() => undefined);
  }, [client]);

  return (
    <>
      <FileDropZone
        prompt={s.drop}
        chooseLabel={s.choose}
        accept={accept}
        primary
        disabled={disabled}
        className="import-drop"
        testId="import-drop"
        onFiles={([file, ...others]) => {
          setLeftOut(others.map((other) => other.name));
          if (file) onFile(file);
        }}
      />
      {leftOut.length > 0 && (
        <p className="import-question" role="status">
          {s.oneFileAtATime(leftOut)}
        </p>
      )}
    </>
  );
}
