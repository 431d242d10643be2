import path from 'node:path';
import { BACKUP_EXTENSION } from './backup-format.ts';

/**
 * File names say what a file is and when it was made, in UTC, sortable, with no characters that
 * FAT-formatted USB sticks or Windows refuse: carnet-backup-2026-11-24_10-40-12Z-encrypted.carnetbackup
 */
export function backupFileName(createdAt: Date, options: { kind: 'manual' | 'auto'; encrypted: boolean; attempt?: number }): string {
  const stamp = createdAt.toISOString().slice(0, 19).replace('T', '_').replaceAll(':', '-') + 'Z';
  const prefix = options.kind === 'auto' ? 'carnet-auto' : 'carnet-backup';
  const suffix = `${options.encrypted ? '-encrypted' : ''}${options.attempt && options.attempt > 1 ? `-${options.attempt}` : ''}`;
  return `${prefix}-${stamp}${suffix}${BACKUP_EXTENSION}`;
}

/** The hidden temp name a backup is written under until it is complete and synced. */
export function partialFileName(finalName: string, random: string): string {
  return `.${finalName}.${random}.partial`;
}

export function isPartialFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.partial');
}

export function isBackupFileName(name: string): boolean {
  return !name.startsWith('.') && name.toLowerCase().endsWith(BACKUP_EXTENSION);
}

export function displayPath(filePath: string): string {
  return path.resolve(filePath);
}
