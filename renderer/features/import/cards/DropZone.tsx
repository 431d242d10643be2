import { FileDropZone } from '../../../components/FileDropZone.tsx';
import { cardStrings as s } from './strings.ts';

/** A drop target with a file picker: vCard files and card photos, many at once. */
export function DropZone({ onFiles, disabled = false }: { onFiles(files: File[]): void; disabled?: boolean }) {
  return (
    <FileDropZone
      prompt={s.drop}
      chooseLabel={s.choose}
      accept=".vcf,.vcard,.png,.jpg,.jpeg,text/vcard,image/png,image/jpeg"
      multiple
      disabled={disabled}
      className="cards-drop"
      testId="cards-drop"
      onFiles={onFiles}
    />
  );
}
