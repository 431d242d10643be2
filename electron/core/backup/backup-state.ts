import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { lastBackupSchema } from '../../../shared/contract/backup.ts';
import { writeFileAtomic } from '../fs/atomic-write.ts';

/**
 * The backup folder and the last backup, kept in a small file beside the database rather than in
 * it: restoring an older backup must not roll back the record of when the last backup was made.
 */
const stateSchema = z.object({
  folder: z.string().nullable().default(null),
  last: lastBackupSchema.nullable().default(null),
});
export type BackupState = z.infer<typeof stateSchema>;

const STATE_FILE = 'backup-state.json';

export function readBackupState(dataDir: string): BackupState {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, STATE_FILE), 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Missing or damaged: start afresh; it only holds conveniences.
  }
  return { folder: null, last: null };
}

export function writeBackupState(dataDir: string, patch: Partial<BackupState>): BackupState {
  const next = { ...readBackupState(dataDir), ...patch };
  writeFileAtomic(path.join(dataDir, STATE_FILE), JSON.stringify(next, null, 2) + '\n');
  return next;
}
