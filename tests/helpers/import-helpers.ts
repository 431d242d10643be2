import path from 'node:path';
import fs from 'node:fs';
import type { Core } from '../../electron/core/core.ts';
import type { ImportOptions } from '../../shared/contract/import.ts';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const corporaDir = path.resolve(repoRoot, '../shared/corpora');
export const hasCorpora = fs.existsSync(corporaDir);
export const corpusSkipMessage = `third-party corpora not found at ${corporaDir} (they sit beside the repo in ../shared/corpora)`;

export function corpusFile(...parts: string[]): string {
  return path.join(corporaDir, ...parts);
}

export function fixture(name: string): string {
  return path.join(repoRoot, 'tests', 'fixtures', 'csv', name);
}

/** Analyze a file's bytes through the contract, as the wizard does. */
export async function analyzeBytes(core: Core, bytes: Uint8Array | string, fileName = 'contacts.csv', extra: { encoding?: string; delimiter?: string; preset?: string } = {}) {
  const data = Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64');
  return core.call('import.analyze', { fileName, data, ...extra });
}

/** Analyze then commit with the given options. */
export async function importText(core: Core, text: string | Uint8Array, options: Partial<ImportOptions> = {}, fileName = 'contacts.csv') {
  const analyzed = await analyzeBytes(core, text, fileName);
  const summary = await core.call('import.commit', { sourceId: analyzed.sourceId, options });
  return { analyzed, summary };
}

export async function liveContacts(core: Core) {
  const list = await core.call('contacts.list', { limit: 1000 });
  return list.items;
}
