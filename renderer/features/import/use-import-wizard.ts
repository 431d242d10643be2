import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { MethodOutput } from '../../../shared/contract/index.ts';
import { MAX_IMPORT_FILE_BYTES, UPLOAD_CHUNK_BYTES, type ColumnMapping, type ColumnTarget, type ImportOptions, type ImportSummary, type OnDuplicate, type RowChoice, type RowStatus } from '../../../shared/contract/import.ts';
import { useClient } from '../../app/client-context.ts';
import { errorMessage } from '../../app/error-message.ts';
import { useLeaveGuard } from '../../stores/leave-guard-store.ts';
import { bytesToBase64 } from './file-transfer.ts';
import { importStrings as s } from './strings.ts';

export type Analyzed = MethodOutput<'import.analyze'>;
export type Preview = MethodOutput<'import.preview'>;
export type WizardStep = 'choose' | 'reading' | 'map' | 'preview' | 'importing' | 'done';
/** How choosing a file ended: read (now at the mapping or the preview), stopped by the user, or failed (the error is also in `error`). */
export type ChooseOutcome = { status: 'read'; analyzed: Analyzed } | { status: 'stopped' } | { status: 'failed'; error: string };

export interface WizardOptions {
  onDuplicate: OnDuplicate;
  country: string;
  dateOrder: 'dmy' | 'mdy' | null;
  /** The user's choice for single rows (by line), over `onDuplicate`. */
  rowChoices: Record<number, RowChoice>;
  /** Sales files: create the customers no contact matches (else their orders are skipped). */
  createCustomers: boolean;
}

/** Files above this size are refused before they are read (the core refuses them too). */
export const MAX_FILE_BYTES = MAX_IMPORT_FILE_BYTES;
const PREVIEW_PAGE = 200;

let nextJob = 1;

/** The wizard's choices as the contract's import options: the same for the preview and the import. */
function importOptionsOf(options: WizardOptions, mapping: ColumnMapping): ImportOptions {
  const country = options.country.trim();
  return {
    onDuplicate: options.onDuplicate,
    country: country ? country.toUpperCase() : null,
    dateOrder: options.dateOrder,
    mapping: Object.keys(mapping).length > 0 ? mapping : null,
    rowChoices: Object.entries(options.rowChoices).map(([line, choice]) => ({ line: Number(line), choice })),
    createCustomers: options.createCustomers,
  };
}

/**
 * The import wizard's state and steps: choose a file, check what was detected and the column
 * mapping, preview row by row, import with progress and cancel, then the summary with undo.
 * The file is sent once; later steps refer to it by the sourceId the core returned.
 */
export function useImportWizard(onImported: () => void, transfer: { pieceBytes: number } = { pieceBytes: UPLOAD_CHUNK_BYTES }) {
  const { pieceBytes } = transfer;
  const client = useClient();
  const [step, setStep] = useState<WizardStep>('choose');
  // Leaving hides the progress bar and Cancel while the import goes on. One owner per wizard:
  // the file wizard and the vCard panel each run one.
  useLeaveGuard(`import-wizard-${useId()}`, step === 'importing' ? s.leaveImporting : null);
  const [fileName, setFileName] = useState('');
  const [analyzed, setAnalyzed] = useState<Analyzed | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [options, setOptions] = useState<WizardOptions>({ onDuplicate: 'update', country: '', dateOrder: null, rowChoices: {}, createCustomers: false });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [filter, setFilter] = useState<RowStatus | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** How much of a big file has been sent to the core (it goes in 8 MB pieces), or null. */
  const [sending, setSending] = useState<{ done: number; total: number } | null>(null);
  const sourceId = analyzed?.sourceId ?? null;
  const sourceRef = useRef<string | null>(null);
  sourceRef.current = sourceId;

  // Each file read gets a number; stopping bumps it, so a late answer is recognised and dropped.
  const readingRun = useRef(0);

  // Let the core forget the file when the wizard goes away, and stop sending one.
  useEffect(() => () => {
    readingRun.current++;
    if (sourceRef.current) void client.call('import.discard', { sourceId: sourceRef.current }).catch(() => undefined);
  }, [client]);

  const adopt = useCallback((result: Analyzed) => {
    setAnalyzed(result);
    setMapping(Object.fromEntries((result.table?.columns ?? []).map((column) => [column.name, column.target])));
    // Row choices belong to the file they were made for.
    setOptions((current) => ({ ...current, dateOrder: result.table?.dateOrder.detected ?? current.dateOrder, rowChoices: {} }));
  }, []);


  /**
   * Sends a big file to the core in pieces (each request stays small for IPC and the web host),
   * showing how much is sent. Returns the upload id, or null when the user stopped (the core then
   * forgets what it received).
   */
  const sendInPieces = useCallback(async (file: File, stopped: () => boolean): Promise<string | null> => {
    let uploadId: string | null = null;
    setSending({ done: 0, total: file.size });
    try {
      for (let start = 0; start < file.size; start += pieceBytes) {
        const piece = new Uint8Array(await file.slice(start, start + pieceBytes).arrayBuffer());
        if (stopped()) break;
        const sent: { uploadId: string; bytes: number } = await client.call('import.upload', { uploadId, data: bytesToBase64(piece) });
        uploadId = sent.uploadId;
        if (stopped()) break;
        setSending({ done: sent.bytes, total: file.size });
      }
    } catch (failure) {
      // What was received so far is of no use: let the core free it now.
      if (uploadId) void client.call('import.discard', { sourceId: uploadId }).catch(() => undefined);
      throw failure;
    }
    if (!stopped()) return uploadId;
    if (uploadId) void client.call('import.discard', { sourceId: uploadId }).catch(() => undefined);
    return null;
  }, [client, pieceBytes]);

  const chooseFile = useCallback(async (file: File): Promise<ChooseOutcome> => {
    setError(null);
    if (file.size > MAX_FILE_BYTES) {
      setError(s.tooBig);
      return { status: 'failed', error: s.tooBig };
    }
    const run = ++readingRun.current;
    setFileName(file.name);
    setStep('reading');
    try {
      if (sourceRef.current) void client.call('import.discard', { sourceId: sourceRef.current }).catch(() => undefined);
      let result: Analyzed;
      if (file.size <= pieceBytes) {
        result = await client.call('import.analyze', { fileName: file.name, data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
      } else {
        const uploadId = await sendInPieces(file, () => run !== readingRun.current);
        if (uploadId === null) return { status: 'stopped' };
        result = await client.call('import.analyze', { fileName: file.name, uploadId });
      }
      if (run !== readingRun.current) {
        // Stopped while the core was reading it: let the core forget the file.
        void client.call('import.discard', { sourceId: result.sourceId }).catch(() => undefined);
        return { status: 'stopped' };
      }
      adopt(result);
      // A sales file's columns are found by header: it goes straight to its orders.
      const toPreview = !result.table || result.kind === 'purchases';
      setStep(toPreview ? 'preview' : 'map');
      if (toPreview) await loadPreview(result.sourceId, {}, null);
      return { status: 'read', analyzed: result };
    } catch (failure) {
      if (run !== readingRun.current) return { status: 'stopped' };
      const message = errorMessage(failure);
      setError(message);
      setStep('choose');
      return { status: 'failed', error: message };
    } finally {
      if (run === readingRun.current) setSending(null);
    }
    // loadPreview is stable enough here: it only reads its arguments and the client.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, adopt, sendInPieces]);

  const reanalyze = useCallback(async (change: { encoding?: string | null; delimiter?: string | null; preset?: string | null }) => {
    if (!analyzed) return;
    setBusy(true);
    setError(null);
    try {
      adopt(await client.call('import.analyze', {
        sourceId: analyzed.sourceId,
        fileName: analyzed.fileName,
        encoding: change.encoding !== undefined ? change.encoding : analyzed.encoding,
        delimiter: change.delimiter !== undefined ? change.delimiter : analyzed.table?.delimiter ?? null,
        preset: change.preset !== undefined ? change.preset : analyzed.table?.preset.id ?? null,
        kind: analyzed.kind,
      }));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }, [client, analyzed, adopt]);

  /** Reads the file as contacts or as sales, whatever its columns suggested. */
  const changeKind = useCallback(async (kind: Analyzed['kind']) => {
    if (!analyzed) return;
    setBusy(true);
    setError(null);
    try {
      const result = await client.call('import.analyze', {
        sourceId: analyzed.sourceId,
        fileName: analyzed.fileName,
        encoding: analyzed.encoding,
        delimiter: analyzed.table?.delimiter ?? null,
        preset: analyzed.table?.preset.id ?? null,
        kind,
      });
      adopt(result);
      setPreview(null);
      setFilter(null);
      setStep(kind === 'purchases' ? 'preview' : 'map');
      if (kind === 'purchases') await loadPreview(result.sourceId, {}, null);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, analyzed, adopt]);

  const setTarget = useCallback((column: string, target: ColumnTarget) => {
    setMapping((current) => ({ ...current, [column]: target }));
  }, []);

  const applyMapping = useCallback((saved: ColumnMapping) => {
    setMapping((current) => Object.fromEntries(Object.entries(current).map(([column, target]) => [column, saved[column] ?? target])));
  }, []);

  async function loadPreview(id: string, currentMapping: ColumnMapping, status: RowStatus | null, currentOptions: WizardOptions = options) {
    setBusy(true);
    setError(null);
    try {
      const result = await client.call('import.preview', {
        sourceId: id,
        options: importOptionsOf(currentOptions, currentMapping),
        status,
        limit: PREVIEW_PAGE,
      });
      setPreview(result);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  const toPreview = useCallback(async () => {
    if (!sourceId) return;
    setStep('preview');
    setFilter(null);
    await loadPreview(sourceId, mapping, null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceId, mapping, options]);

  const changeOptions = useCallback(async (patch: Partial<WizardOptions>) => {
    const next = { ...options, ...patch };
    setOptions(next);
    if (sourceId) await loadPreview(sourceId, mapping, filter, next);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options, sourceId, mapping, filter]);

  /** One row's own choice (null: back to the global one). The preview is asked again: it may change later rows. */
  const chooseForRow = useCallback(async (line: number, choice: RowChoice | null) => {
    const rowChoices = { ...options.rowChoices };
    if (choice) rowChoices[line] = choice;
    else delete rowChoices[line];
    await changeOptions({ rowChoices });
  }, [options, changeOptions]);

  const changeFilter = useCallback(async (status: RowStatus | null) => {
    setFilter(status);
    if (sourceId) await loadPreview(sourceId, mapping, status);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceId, mapping, options]);

  const commit = useCallback(async () => {
    if (!sourceId) return;
    const id = `import-ui-${Date.now().toString(36)}-${nextJob++}`;
    setJobId(id);
    setStep('importing');
    setError(null);
    try {
      const result = await client.call('import.commit', {
        sourceId,
        jobId: id,
        options: importOptionsOf(options, mapping),
      });
      setSummary(result);
      setStep(result.cancelled ? 'preview' : 'done');
      if (result.cancelled) setError(s.cancelled);
      if (result.batchId) onImported();
    } catch (failure) {
      setError(errorMessage(failure));
      setStep('preview');
    } finally {
      setJobId(null);
    }
  }, [client, sourceId, options, mapping, onImported]);

  const cancel = useCallback(async () => {
    if (jobId) await client.call('import.cancel', { jobId });
  }, [client, jobId]);

  const reset = useCallback(() => {
    if (sourceRef.current) void client.call('import.discard', { sourceId: sourceRef.current }).catch(() => undefined);
    setStep('choose');
    setAnalyzed(null);
    setPreview(null);
    setFilter(null);
    setSummary(null);
    setMapping({});
    setError(null);
    setFileName('');
  }, [client]);

  /** Stops waiting for a file being read: back to choosing one; its late answer is dropped. */
  const stopReading = useCallback(() => {
    readingRun.current++;
    setSending(null);
    setStep('choose');
  }, []);

  return { step, setStep, fileName, sending, analyzed, mapping, options, preview, filter, summary, jobId, error, busy, chooseFile, stopReading, reanalyze, changeKind, setTarget, applyMapping, toPreview, changeOptions, chooseForRow, changeFilter, commit, cancel, reset };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
