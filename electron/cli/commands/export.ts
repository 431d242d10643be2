import path from 'node:path';
import { CarnetError } from '../../../shared/errors.ts';
import type { CoreContext } from '../../core/core-context.ts';
import { buildCsvExport } from '../../core/export/csv-export.ts';
import { writeJsonExport } from '../../core/export/json-export.ts';
import { buildVCardExport } from '../../core/export/vcard-export.ts';
import { writeFileAtomic } from '../../core/fs/atomic-write.ts';
import type { CliCommand, CommandContext } from '../cli-types.ts';
import { tty } from '../terminal-text.ts';

/**
 * Export formats: each writes the data folder's contacts to the file, whole or not at all. The
 * JSON export (every interaction and purchase too) is written as it is read, never whole in memory.
 */
export const exportFormats: Record<string, (ctx: CoreContext, flags: CommandContext['flags'], file: string) => Promise<void>> = {
  json: async (ctx, _flags, file) => {
    await writeJsonExport(ctx, file);
  },
  csv: async (ctx, _flags, file) => writeFileAtomic(file, (await buildCsvExport(ctx)).text),
  vcard: async (ctx, flags, file) => writeFileAtomic(file, (await buildVCardExport(ctx, { all: true }, vcardVersionFlag(flags['vcard-version']))).text),
  /** `carnet export people.vcf` picks the format from the extension. */
  vcf: async (ctx, flags, file) => writeFileAtomic(file, (await buildVCardExport(ctx, { all: true }, vcardVersionFlag(flags['vcard-version']))).text),
};

function vcardVersionFlag(value: string | boolean | undefined): '3.0' | '4.0' {
  if (value === undefined || value === '3.0' || value === '3') return '3.0';
  if (value === '4.0' || value === '4') return '4.0';
  throw new CarnetError('invalid_input', `--vcard-version must be 3.0 or 4.0, not "${String(value)}"`);
}

export const exportCommand: CliCommand = {
  words: ['export'],
  usage: 'export FILE --format csv|json|vcard [--vcard-version 3.0|4.0]',
  summary: 'Writes every contact to FILE (written whole or not at all).',
  valueFlags: ['format', 'vcard-version'],
  async run({ args, flags, io, openCore }) {
    const file = args[0];
    if (!file) throw new CarnetError('invalid_input', 'Say where to write: carnet export FILE --format json');
    const format = typeof flags.format === 'string' ? flags.format : path.extname(file).slice(1).toLowerCase();
    const writer = exportFormats[format];
    if (!writer) throw new CarnetError('invalid_input', `Unknown export format "${format}". Use one of: ${Object.keys(exportFormats).join(', ')}`);
    const core = await openCore();
    await writer(core.context, flags, file);
    io.stdout(tty`${path.resolve(file)}\n`);
    return 0;
  },
};
