import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from './backup-list.ts';
import { DEFAULT_ROTATION, snapshotsToDelete, type RotationPolicy } from './rotation.ts';

export interface AutoBackupOptions {
  /** Off in tests that count files; on by default. */
  enabled?: boolean;
  /** Quiet time after the last change before a snapshot (default 2 minutes). */
  delayMs?: number;
  /** A steady stream of changes still gets a snapshot this often (default 15 minutes). */
  maxWaitMs?: number;
  policy?: RotationPolicy;
}

export interface AutoBackupScheduler {
  /** Called for every change: schedules a snapshot once things are quiet. */
  noteChange(): void;
  /** Cancels the timer; takes a last snapshot if anything changed since the previous one. */
  close(): Promise<void>;
}

export const AUTO_BACKUP_DIR = 'backups';

/**
 * Decides when to take automatic snapshots: debounced after changes, and on quit. The timer is
 * unref'd, so it never keeps a CLI run or a test process alive, and cancelled on close.
 */
export function createAutoBackupScheduler(
  snapshot: () => Promise<void>,
  hasChanges: () => boolean,
  options: AutoBackupOptions = {},
): AutoBackupScheduler {
  const enabled = options.enabled ?? true;
  const delayMs = options.delayMs ?? 2 * 60 * 1000;
  const maxWaitMs = options.maxWaitMs ?? 15 * 60 * 1000;
  let timer: NodeJS.Timeout | null = null;
  let firstPendingAt: number | null = null;
  let closed = false;

  const run = async () => {
    timer = null;
    firstPendingAt = null;
    if (closed || !hasChanges()) return;
    try {
      await snapshot();
    } catch {
      // An automatic snapshot that fails (disk full) must never disturb the user's work; the next
      // change schedules another try, and the Backup screen shows when the last one was made.
    }
  };

  return {
    noteChange() {
      if (!enabled || closed) return;
      const now = Date.now();
      firstPendingAt ??= now;
      if (timer) clearTimeout(timer);
      const wait = Math.max(0, Math.min(delayMs, firstPendingAt + maxWaitMs - now));
      timer = setTimeout(() => void run(), wait);
      timer.unref();
    },
    async close() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (closed) return;
      closed = true;
      if (enabled && hasChanges()) {
        try {
          await snapshot();
        } catch {
          // Quitting must not fail because the last snapshot could not be written.
        }
      }
    },
  };
}

/** Deletes the automatic snapshots the rotation policy no longer keeps. */
export async function rotateAutoBackups(folder: string, now = new Date(), policy: RotationPolicy = DEFAULT_ROTATION): Promise<string[]> {
  const entries = (await listBackups(folder)).filter((entry) => entry.kind === 'auto' && entry.createdAt && entry.fileName.startsWith('carnet-auto-'));
  const doomed = snapshotsToDelete(
    entries.map((entry) => ({ name: entry.path, createdAt: new Date(entry.createdAt!) })),
    now,
    policy,
  );
  for (const snapshot of doomed) fs.rmSync(snapshot.name, { force: true });
  return doomed.map((snapshot) => path.basename(snapshot.name));
}
