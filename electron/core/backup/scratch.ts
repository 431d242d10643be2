import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Scratch copies of a database (a backup being checked, a restore being staged, a snapshot taken
 * through the backup API) carry the id of the process that made them in their name:
 * `<prefix><pid>-<random>`. A process killed mid-way (a `carnet backup verify` stopped with
 * Ctrl-C or by a closing terminal) cannot remove its copy, and the copy may be a decrypted
 * backup; the next process sees that its maker is gone and removes it. A copy whose maker still
 * runs (the app verifying while the CLI starts) is left alone.
 */
export function scratchName(prefix: string, suffix = ''): string {
  return `${prefix}${process.pid}-${randomBytes(6).toString('hex')}${suffix}`;
}

/** How old a copy named before pids were recorded (`.carnet-verify-AbC123`) must be to count as left over. */
const UNNAMED_STALE_MS = 60 * 60 * 1000;

/**
 * Removes, in `dir`, the scratch copies (files or folders) starting with `prefix` whose process is
 * gone. Never throws: cleaning up must not stop the work that triggered it.
 */
export function removeStaleScratch(dir: string, prefix: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const full = path.join(dir, name);
    try {
      const pid = /^(\d+)-/.exec(name.slice(prefix.length))?.[1];
      const stale = pid !== undefined ? !isProcessAlive(Number(pid)) : Date.now() - fs.statSync(full).mtimeMs > UNNAMED_STALE_MS;
      if (!stale) continue;
      fs.rmSync(full, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Removed by someone else meanwhile, or not removable: tried again next time.
    }
  }
  return removed;
}

function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
