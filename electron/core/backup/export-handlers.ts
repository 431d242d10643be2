import type { AreaHandlers } from '../handler-types.ts';
import type { CoreContext } from '../core-context.ts';
import { buildCsvExport } from '../export/csv-export.ts';
import { writeJsonExport } from '../export/json-export.ts';
import { coreMessage, progressLabel } from '../../../shared/messages/core-text.ts';
import { writeFileAtomic } from '../fs/atomic-write.ts';
import { freeName } from '../fs/free-name.ts';
import { assertWritableFolder } from './backup-folder.ts';

/** Exports from the Backup screen: the whole database as CSV or Carnet JSON, into a folder. */
export function exportHandlers(ctx: CoreContext): AreaHandlers<'export.toFolder'> {
  return {
    'export.toFolder': async ({ folder, format, jobId }) => {
      const resolved = assertWritableFolder(folder);
      const stamp = new Date().toISOString().slice(0, 19).replace('T', '_').replaceAll(':', '-');
      const target = freeName(resolved, `carnet-contacts-${stamp}Z`, `.${format}`);
      // The JSON export holds every interaction and purchase too: written as it is read, never whole in memory.
      if (format === 'json') {
        const progress = jobId
          ? async (done: number, total: number) => {
              ctx.emit({ type: 'progress', jobId, ...progressLabel(coreMessage('progress.exporting')), done, total });
            }
          : undefined;
        return { path: target, ...(await writeJsonExport(ctx, target, progress)) };
      }
      const { text, count } = await buildCsvExport(ctx);
      writeFileAtomic(target, text);
      return { path: target, count, bytes: Buffer.byteLength(text, 'utf8') };
    },
  };
}
