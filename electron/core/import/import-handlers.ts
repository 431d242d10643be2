import { bytesFromBase64 } from '../base64.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import { COMMON_ENCODINGS } from './csv/decode.ts';
import { CSV_PRESETS } from './csv/presets.ts';
import { Uploads } from './uploads.ts';
import { ImportService } from './import-service.ts';
import { deleteMapping, listMappings, saveMapping } from './mappings-store.ts';
import { listBatches, undoBatch } from './pipeline/batches.ts';
import { failedRowsCsv } from './pipeline/failed-rows.ts';
import { importReaders } from './readers.ts';
import type { ImportSession } from './import-sessions.ts';

type ImportMethods =
  | 'import.formats' | 'import.upload' | 'import.analyze' | 'import.preview' | 'import.commit' | 'import.cancel' | 'import.failedRows'
  | 'import.discard' | 'import.list' | 'import.undo' | 'import.mappings.list' | 'import.mappings.save' | 'import.mappings.delete';

export function importHandlers(ctx: CoreContext): AreaHandlers<ImportMethods> {
  const service = new ImportService(ctx);
  const uploads = new Uploads();
  const { db } = ctx.database;

  const describe = (session: ImportSession) => ({
    sourceId: session.id,
    format: session.source.format,
    formatLabel: session.reader.label,
    fileName: session.fileName,
    encoding: session.source.encoding,
    table: session.source.table,
    notes: session.source.notes,
    recordCount: session.source.recordCount,
    presets: session.source.table ? CSV_PRESETS.map(({ id, label }) => ({ id, label })) : [],
    encodings: session.source.encoding ? COMMON_ENCODINGS : [],
    kind: session.kind,
    detectedKind: session.detectedKind,
    sales: session.sales ? session.sales.layout : null,
  });

  return {
    'import.formats': async () => importReaders.map(({ format, label, extensions }) => ({ format, label, extensions })),

    'import.upload': async ({ uploadId, data }) => uploads.append(uploadId, bytesFromBase64(data)),

    'import.analyze': async (input) => {
      const options = { encoding: input.encoding, delimiter: input.delimiter, preset: input.preset, kind: input.kind };
      let session: ImportSession;
      if (input.data !== undefined) session = await service.analyze(bytesFromBase64(input.data), input.fileName, options);
      else if (input.uploadId !== undefined) session = await service.analyze(uploads.take(input.uploadId), input.fileName, options);
      else session = await service.reanalyze(input.sourceId!, options);
      return describe(session);
    },

    'import.preview': (input) => service.preview(input.sourceId, input.options, input),

    'import.commit': (input) => service.commit(input.sourceId, input.options, input.jobId),

    'import.cancel': async ({ jobId }) => ({ cancelled: service.cancel(jobId) }),

    'import.failedRows': async ({ sourceId }) => {
      const session = service.sessions.get(sourceId);
      const last = session.last ?? { parsed: session.source.records({}), errors: [] };
      const base = session.fileName.replace(/\.[^.]+$/, '');
      return { fileName: `${base}-failed-rows.csv`, csv: failedRowsCsv(last.parsed, last.errors) };
    },

    'import.discard': async ({ sourceId }) => ({ ok: service.sessions.discard(sourceId) || uploads.discard(sourceId) }),

    'import.list': () => listBatches(ctx),

    'import.undo': ({ batchId }) => undoBatch(ctx, batchId),

    'import.mappings.list': () => listMappings(db),

    'import.mappings.save': ({ name, mapping }) => saveMapping(db, name, mapping),

    'import.mappings.delete': async ({ id }) => ({ ok: await deleteMapping(db, id) }),
  };
}
