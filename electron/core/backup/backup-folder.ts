import fs from 'node:fs';
import path from 'node:path';
import { CarnetError } from '../../../shared/errors.ts';

/**
 * Checks a folder the user typed or pasted: absolute, present, a folder, and (to write backups)
 * writable. Each failure says which of these it is, in words.
 */
export function assertReadableFolder(folder: string): string {
  const trimmed = folder.trim();
  if (!trimmed) throw new CarnetError('invalid_input', 'Choose a folder: type or paste its full path, for example /media/usb or E:\\Backups.');
  if (!path.isAbsolute(trimmed)) throw new CarnetError('invalid_input', `"${trimmed}" is not a full path. Give the whole path, for example /media/usb or E:\\Backups.`);
  const resolved = path.resolve(trimmed);
  let stats: fs.Stats;
  try {
    stats = fs.statSync(resolved);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CarnetError('not_found', `The folder ${resolved} does not exist. Is the USB stick plugged in?`);
    if (code === 'EACCES' || code === 'EPERM') throw new CarnetError('io', `Carnet may not open ${resolved} (permission denied).`);
    throw new CarnetError('io', `Cannot open ${resolved}: ${(error as Error).message}`);
  }
  if (!stats.isDirectory()) throw new CarnetError('invalid_input', `${resolved} is a file, not a folder. Choose the folder that holds (or will hold) the backups.`);
  return resolved;
}

export function assertWritableFolder(folder: string): string {
  const resolved = assertReadableFolder(folder);
  try {
    fs.accessSync(resolved, fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EROFS' ? 'the disk is read-only (is the USB stick write-protected?)' : 'permission denied';
    throw new CarnetError('io', `Carnet cannot write to ${resolved}: ${reason}.`);
  }
  return resolved;
}
