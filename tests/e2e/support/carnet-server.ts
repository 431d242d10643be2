import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

export interface RunningCarnet {
  /** The address to open, with its session token. */
  url: string;
  dataDir: string;
  /** The server's exit code, or null while it runs (tests check that it is still up). */
  exitCode(): number | null;
  /** What the server printed on stderr so far. */
  stderr(): string;
  /** Stops the server (the data folder stays). */
  stop(): Promise<void>;
}

/** A new empty data folder for one test; removed by `removeDataDir`. */
export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-e2e-'));
}

export function removeDataDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts `carnet serve` (the real CLI, as a user would) on `dataDir` and waits for the URL it
 * prints. Stopping and starting again on the same folder is a restart.
 */
export async function startCarnet(dataDir: string): Promise<RunningCarnet> {
  const child: ChildProcess = spawn(process.execPath, [path.join(repoRoot, 'bin', 'carnet.mjs'), 'serve', '--data', dataDir, '--port', '0'], {
    cwd: repoRoot,
    env: { ...process.env, CARNET_DATA_DIR: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`carnet serve did not print its URL in time. stderr:\n${stderr}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`carnet serve exited with ${code}. stderr:\n${stderr}`));
    });
  });
  return {
    url,
    dataDir,
    exitCode: () => child.exitCode ?? (child.signalCode ? -1 : null),
    stderr: () => stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Calls one contract method on a running `carnet serve`, as the page does (POST /rpc with the
 * session token), for set-up steps a test is not about.
 */
export async function callCarnet(running: Pick<RunningCarnet, 'url'>, method: string, input: unknown): Promise<unknown> {
  const url = new URL(running.url);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const response = await fetch(`${url.origin}/rpc`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-carnet-token': token },
    body: JSON.stringify({ method, input }),
  });
  const body = (await response.json()) as { result?: unknown; error?: { message?: string } };
  if (!response.ok) throw new Error(`${method} failed: ${body.error?.message ?? response.status}`);
  return body.result;
}
