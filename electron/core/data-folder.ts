import fs from 'node:fs';
import path from 'node:path';
import { CarnetError } from '../../shared/errors.ts';
import { AUTO_BACKUP_DIR } from './backup/auto-backup.ts';
import { RESTORE_UNDO_DIR } from './backup/restore-backup.ts';
import { DATABASE_FILE_NAME } from './db/open-database.ts';
import { ensurePrivateFolder, tightenPrivateTree } from './fs/private-files.ts';

/** Where to point the user: every host takes the folder from one of these. */
const HOW_TO_CHOOSE = 'Choose the data folder with --data DIR or the CARNET_DATA_DIR environment variable';

/**
 * Gets the data folder ready before the database is opened: a folder (not a file), private to
 * this user (0700, tightened when an older Carnet made it 0755), and writable. Each problem is
 * said in words with what to do, instead of "EEXIST ... mkdir" or "not a Carnet database".
 */
export function prepareDataFolder(dataDir: string): void {
  refuseFile(dataDir);
  try {
    ensurePrivateFolder(dataDir);
  } catch (error) {
    throw cannotCreate(dataDir, error);
  }
  assertWritable(dataDir, 'its data folder', `chmod u+rwx "${dataDir}"`);
  const database = path.join(dataDir, DATABASE_FILE_NAME);
  if (fs.existsSync(database)) assertWritable(database, 'its database', `chmod u+rw "${database}"`);
  // Older versions made these 0755 with 0644 copies of the whole database inside.
  tightenPrivateTree(path.join(dataDir, AUTO_BACKUP_DIR));
  tightenPrivateTree(path.join(dataDir, RESTORE_UNDO_DIR));
}

function refuseFile(dataDir: string): void {
  let stats: fs.Stats | undefined;
  try {
    stats = fs.statSync(dataDir, { throwIfNoEntry: false });
  } catch {
    return; // a parent that is a file (ENOTDIR), or unreadable: creating the folder says which
  }
  if (!stats || stats.isDirectory()) return;
  if (isSqliteFile(dataDir)) {
    throw new CarnetError(
      'invalid_input',
      `${dataDir} is a database file, but Carnet needs the folder that holds it (it keeps other files beside the database). Use --data "${path.dirname(dataDir)}".`,
    );
  }
  throw new CarnetError('invalid_input', `The data folder ${dataDir} is a file, not a folder. ${HOW_TO_CHOOSE}; Carnet creates the folder if it does not exist.`);
}

/** SQLite files start with this 16-byte header. */
function isSqliteFile(filePath: string): boolean {
  if (path.basename(filePath) === DATABASE_FILE_NAME) return true;
  try {
    const fd = fs.openSync(filePath, 'r');
    try {
      const header = Buffer.alloc(16);
      fs.readSync(fd, header, 0, 16, 0);
      return header.toString('latin1') === 'SQLite format 3\0';
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

function cannotCreate(dataDir: string, error: unknown): CarnetError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOTDIR' || code === 'EEXIST' ? 'part of that path is a file, not a folder'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EROFS' ? 'the disk is read-only'
    : (error as Error).message;
  return new CarnetError('io', `Carnet cannot create its data folder ${dataDir}: ${reason}. ${HOW_TO_CHOOSE} (a folder you may write to).`);
}

/**
 * Carnet writes every change, and SQLite in WAL mode writes beside the database even to read it:
 * a read-only folder or file would otherwise fail later as "attempt to write a readonly database",
 * or as "not a Carnet database".
 */
function assertWritable(target: string, what: string, fix: string): void {
  try {
    fs.accessSync(target, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EROFS') {
      throw new CarnetError('io', `Carnet cannot write to ${what} ${target}: the disk is read-only (is the USB stick write-protected?). Make it writable, or copy the folder to a writable disk and point --data at the copy.`);
    }
    throw new CarnetError(
      'io',
      `Carnet cannot write to ${what} ${target}: permission denied. Carnet saves every change there. ` +
        `Give your user write permission (for example: ${fix}), or copy the folder somewhere writable and point --data at the copy.`,
    );
  }
}
