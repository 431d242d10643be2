import { useState } from 'react';
import type { MethodInput } from '../../../../shared/contract/index.ts';
import { useClient } from '../../../app/client-context.ts';
import { errorMessage } from '../../../app/error-message.ts';
import { useToasts } from '../../../stores/toast-store.ts';
import { downloadText } from '../file-transfer.ts';
import { cardStrings as s } from './strings.ts';

/** "Export as vCard" for one contact, a selection, a tag or everything: a .vcf download (3.0). */
export function ExportVCardButton({ selection, version = '3.0', className = 'button' }: { selection: MethodInput<'export.vcard'>['selection']; version?: '3.0' | '4.0'; className?: string }) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      const result = await client.call('export.vcard', { selection, version });
      downloadText(result.fileName, result.text, 'text/vcard');
      useToasts.getState().show(s.exported(result.count, result.fileName));
    } catch (failure) {
      useToasts.getState().show(errorMessage(failure), { tone: 'error' });
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" className={className} onClick={() => void run()} disabled={busy}>
      {s.exportVCard}
    </button>
  );
}
