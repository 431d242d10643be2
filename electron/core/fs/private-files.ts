import fs from 'node:fs';
import path from 'node:path';

/**
 * Carnet's files hold a whole customer list: on POSIX systems only the user running Carnet may
 * open them (folders 0700, files 0600), like ssh keeps ~/.ssh. Everything here is best effort:
 * Windows has no such modes, and FAT/exFAT USB sticks, network shares or a folder owned by
 * someone else refuse or ignore chmod. Carnet must still start there, so a failed chmod is never
 * an error; only creating a folder or file that is needed can fail.
 */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Windows has ACLs, not modes: chmod there only toggles the read-only flag. */
const HAS_MODES = process.platform !== 'win32';

/** Sets `mode` on an existing path, best effort. Returns whether it was applied. */
export function tightenMode(target: string, mode: number): boolean {
  if (!HAS_MODES) return false;
  try {
    fs.chmodSync(target, mode);
    return true;
  } catch {
    return false; // FAT, exFAT, a share, someone else's folder: the data stays usable
  }
}

/** Creates a folder (and missing parents) only its owner may open, or tightens an existing one. */
export function ensurePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  tightenMode(folder, PRIVATE_FOLDER_MODE);
}

/**
 * Makes sure `file` exists and is private before another library writes into it: SQLite creates
 * a new database (and an online-backup target) 0644, and a file must not be readable by others
 * even for the moment between its creation and a later chmod. An empty file is a valid empty
 * SQLite database. An existing file is tightened and left as it is.
 */
export function ensurePrivateFile(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  tightenFiles([file]);
}

/** Tightens those of `files` that exist; links are left alone (chmod would change their target). */
export function tightenFiles(files: readonly string[]): void {
  for (const file of files) {
    const stats = fs.lstatSync(file, { throwIfNoEntry: false });
    if (stats?.isFile()) tightenMode(file, PRIVATE_FILE_MODE);
  }
}

/**
 * Tightens a folder Carnet owns entirely (its automatic snapshots, the copies kept to undo a
 * restore), with everything in it: made by an older Carnet, they may still be 0755 and 0644.
 * A folder that does not exist is left so.
 */
export function tightenPrivateTree(folder: string): void {
  const stats = fs.lstatSync(folder, { throwIfNoEntry: false });
  if (!stats?.isDirectory()) return;
  tightenMode(folder, PRIVATE_FOLDER_MODE);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const entry = path.join(folder, name);
    const entryStats = fs.lstatSync(entry, { throwIfNoEntry: false });
    if (entryStats?.isDirectory()) tightenPrivateTree(entry);
    else if (entryStats?.isFile()) tightenMode(entry, PRIVATE_FILE_MODE);
  }
}
