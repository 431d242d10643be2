import fs from 'node:fs';
import path from 'node:path';
import { CarnetError } from '../../../shared/errors.ts';
import { coreMessage } from '../../../shared/messages/core-text.ts';

/**
 * Checks a folder the user typed or pasted: absolute, present, a folder, and (to write backups)
 * writable. Each failure says which of these it is, in words.
 */
export function assertReadableFolder(folder: string): string {
  const trimmed = folder.trim();
  if (!trimmed) throw new CarnetError('invalid_input', coreMessage('error.backupNoFolder'));
  if (!path.isAbsolute(trimmed)) throw new CarnetError('invalid_input', coreMessage('error.backupNotFullPath', { folder: trimmed }));
  const resolved = path.resolve(trimmed);
  let stats: fs.Stats;
  try {
    stats = fs.statSync(resolved);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CarnetError('not_found', coreMessage('error.backupFolderMissing', { folder: resolved }));
    if (code === 'EACCES' || code === 'EPERM') throw new CarnetError('io', coreMessage('error.backupFolderDenied', { folder: resolved }));
    throw new CarnetError('io', coreMessage('error.backupFolderUnreadable', { folder: resolved, detail: (error as Error).message }));
  }
  if (!stats.isDirectory()) throw new CarnetError('invalid_input', coreMessage('error.backupFolderIsFile', { folder: resolved }));
  return resolved;
}

export function assertWritableFolder(folder: string): string {
  const resolved = assertReadableFolder(folder);
  try {
    fs.accessSync(resolved, fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CarnetError('io', coreMessage('error.backupFolderNotWritable', { folder: resolved, reason: code === 'EROFS' ? 'readOnly' : 'permission' }));
  }
  return resolved;
}
