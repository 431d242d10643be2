import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runCli } from '../../electron/cli/main.ts';
import type { CliIo } from '../../electron/cli/cli-types.ts';

/** Runs one `carnet ...` invocation in-process and captures what it printed. */
export async function runCarnet(argv: string[], env: NodeJS.ProcessEnv = {}, prompt?: CliIo['prompt']): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env, ...(prompt ? { prompt } : {}) };
  const { code } = await runCli(argv, io);
  return { code, stdout, stderr };
}

/**
 * Runs `bin/carnet.mjs` as a real process (optionally as another user, for permission tests run
 * as root) and captures what it printed.
 */
export function runCarnetProcess(argv: string[], options: { uid?: number; gid?: number; env?: NodeJS.ProcessEnv } = {}): { code: number | null; stdout: string; stderr: string } {
  const repoRoot = path.resolve(import.meta.dirname, '..', '..');
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'carnet.mjs'), ...argv], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CARNET_DATA_DIR: '', ...options.env },
    timeout: 60_000,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
