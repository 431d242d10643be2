// Backup benchmark: backup and verify of the seeded database, as time and as a ratio to a plain
// file copy + fsync of the same file (the floor). Target: backup within 2x of the copy.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/core.ts';
import { createBackup, type CreateBackupOptions } from '../electron/core/backup/create-backup.ts';
import { deriveKey, SCRYPT_PARAMS } from '../electron/core/backup/key-derivation.ts';
import { verifyBackup } from '../electron/core/backup/verify-backup.ts';
import type { BenchReport } from './bench-report.ts';

const RUNS = 3;
const PAIRED_RUNS = 5;
const PASSPHRASE = 'bench passphrase, not secret';

export async function runBackupBench(report: BenchReport, dataDir: string): Promise<void> {
  const add = report.section('Backup (USB-stick backups: snapshot + SHA-256 + fsync + rename)');
  const core = await createCore({ dataDir, autoBackup: { enabled: false } });
  const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-bench-usb-'));
  try {
    const { sqlite, path: livePath } = core.context.database;
    sqlite.pragma('wal_checkpoint(TRUNCATE)'); // the floor copies a complete file too
    const bytes = fs.statSync(livePath).size;
    add({ name: 'database size', value: bytes / 1024 / 1024, unit: 'MB' });

    // Floor and backup alternate, so that the shared machine's background load hits both alike.
    const base: CreateBackupOptions = { live: sqlite, livePath, dataDir, folder: destination, appVersion: core.context.appVersion, kind: 'manual' };
    const floorTimes: number[] = [];
    const fileCopyTimes: number[] = [];
    const ratios: number[] = [];
    let plainFile = '';
    for (let i = 0; i < PAIRED_RUNS; i++) {
      floorTimes.push(await copyWithFsync(livePath, path.join(destination, 'floor-copy.sqlite')));
      plainFile = await timedBackup({ ...base, method: 'file-copy' }, plainFile, fileCopyTimes);
      ratios.push(fileCopyTimes.at(-1)! / floorTimes.at(-1)!);
    }
    fs.rmSync(path.join(destination, 'floor-copy.sqlite'), { force: true });
    const floor = median(floorTimes);
    const fileCopy = median(fileCopyTimes);
    add({ name: 'floor: file copy + fsync', value: floor, unit: 'ms', note: `median of ${PAIRED_RUNS}` });
    add({ name: 'backup, checkpointed file copy (default)', value: fileCopy, unit: 'ms', target: `< ${Math.round(2 * floor)} ms (2x floor)`, note: `median of ${PAIRED_RUNS}` });
    add({ name: '  ratio to floor (median of paired runs)', value: median(ratios), unit: 'x', target: '<= 2' });

    let apiFile = '';
    const apiTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) apiFile = await timedBackup({ ...base, method: 'backup-api' }, apiFile, apiTimes);
    fs.rmSync(apiFile, { force: true });
    const backupApi = median(apiTimes);
    add({ name: 'backup, online backup API (fallback)', value: backupApi, unit: 'ms', note: `${(backupApi / floor).toFixed(2)}x floor` });

    const kdfStart = performance.now();
    await deriveKey(PASSPHRASE, Buffer.alloc(16), SCRYPT_PARAMS);
    const kdf = performance.now() - kdfStart;
    add({ name: `scrypt key derivation (N=2^${Math.log2(SCRYPT_PARAMS.N)}, r=${SCRYPT_PARAMS.r})`, value: kdf, unit: 'ms' });

    let encryptedFile = '';
    const encryptedTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) encryptedFile = await timedBackup({ ...base, passphrase: PASSPHRASE }, encryptedFile, encryptedTimes);
    const encrypted = median(encryptedTimes);
    add({ name: 'backup, encrypted (AES-256-GCM, incl. scrypt)', value: encrypted, unit: 'ms', note: `${(encrypted / floor).toFixed(2)}x floor; ${((encrypted - kdf) / floor).toFixed(2)}x without scrypt` });

    const verifyPlain = median(await repeat(() => timedVerify(plainFile, null)));
    add({ name: 'verify, plain (SHA-256 + extract + integrity_check)', value: verifyPlain, unit: 'ms', note: `${(verifyPlain / floor).toFixed(2)}x floor` });
    const verifyEncrypted = median(await repeat(() => timedVerify(encryptedFile, PASSPHRASE)));
    add({ name: 'verify, encrypted', value: verifyEncrypted, unit: 'ms', note: `${(verifyEncrypted / floor).toFixed(2)}x floor` });
    add({ name: 'backup file size', value: fs.statSync(plainFile).size / 1024 / 1024, unit: 'MB' });

    // Restore into a copy of the data folder (the bench's own database stays as it is).
    const restoreDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-bench-restore-'));
    try {
      fs.copyFileSync(livePath, path.join(restoreDir, 'carnet.sqlite'));
      const other = await createCore({ dataDir: restoreDir, autoBackup: { enabled: false } });
      try {
        settle();
        const start = performance.now();
        await other.call('backup.restore', { path: plainFile, passphrase: null });
        const restore = performance.now() - start;
        add({ name: 'restore (verify + keep current aside + copy in)', value: restore, unit: 'ms', note: `${(restore / floor).toFixed(2)}x floor` });
      } finally {
        await other.close();
      }
    } finally {
      fs.rmSync(restoreDir, { recursive: true, force: true });
    }
  } finally {
    await core.close();
    fs.rmSync(destination, { recursive: true, force: true });
  }
}

async function repeat(run: () => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await run());
  return times;
}

/** Times one backup; removes the previous run's file first, outside the timing. */
async function timedBackup(options: CreateBackupOptions, previous: string, times: number[]): Promise<string> {
  if (previous) fs.rmSync(previous, { force: true });
  settle();
  const start = performance.now();
  const created = await createBackup(options);
  times.push(performance.now() - start);
  return created.path;
}

async function timedVerify(file: string, passphrase: string | null): Promise<number> {
  settle();
  const start = performance.now();
  const outcome = await verifyBackup(file, { passphrase });
  if (!outcome.ok) throw new Error(`bench backup did not verify: ${outcome.message}`);
  return performance.now() - start;
}

async function copyWithFsync(source: string, target: string): Promise<number> {
  fs.rmSync(target, { force: true });
  settle();
  const start = performance.now();
  fs.copyFileSync(source, target);
  const fd = fs.openSync(target, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  return performance.now() - start;
}

/** Lets the previous run's writeback finish (system-wide `sync`) so every timed run starts alike. */
function settle(): void {
  spawnSync('sync');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
