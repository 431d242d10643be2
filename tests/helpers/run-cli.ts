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
