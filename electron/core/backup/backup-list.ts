import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../../../shared/contract/backup.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';
import { BackupFileError, type BackupManifest } from './backup-format.ts';
import { isBackupFileName } from './backup-names.ts';
import { readManifest } from './verify-backup.ts';

/**
 * Every `.carnetbackup` file in a folder, newest first, described from its manifest alone (a few
 * hundred bytes read per file, whatever its size). Files that cannot be read are listed with the
 * reason, so an interrupted copy is visible instead of silently missing.
 */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names.filter(isBackupFileName)) {
    const filePath = path.join(folder, name);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(filePath);
    } catch {
      continue; // removed while listing
    }
    if (!stats.isFile()) continue;
    entries.push(await describeBackup(filePath, stats.size));
  }
  return entries.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.fileName.localeCompare(a.fileName));
}

export async function describeBackup(filePath: string, bytes?: number): Promise<BackupEntry> {
  const fileName = path.basename(filePath);
  try {
    const layout = await readManifest(filePath);
    return entryFromManifest(filePath, layout.fileBytes, layout.manifest);
  } catch (error) {
    const problemSaid = error instanceof BackupFileError ? error.said : coreMessage('backup.cannotReadFile', { fileName, detail: (error as Error).message });
    return {
      path: filePath,
      fileName,
      bytes: bytes ?? 0,
      kind: fileName.startsWith('carnet-auto-') ? 'auto' : 'manual',
      createdAt: null,
      appVersion: null,
      schemaVersion: null,
      encrypted: fileName.includes('-encrypted'),
      counts: null,
      problem: problemSaid.text,
      problemSaid,
    };
  }
}

export function entryFromManifest(filePath: string, bytes: number, manifest: BackupManifest): BackupEntry {
  const { contacts, companies, tags, notes, interactions, tasks, purchases } = manifest.counts;
  return {
    path: filePath,
    fileName: path.basename(filePath),
    bytes,
    kind: manifest.kind,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    encrypted: manifest.encryption !== null,
    counts: { contacts, companies, tags, notes, interactions, tasks, purchases },
    problem: null,
    problemSaid: null,
  };
}
