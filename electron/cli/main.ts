import os from 'node:os';
import readline from 'node:readline';
import { createCore, type Core } from '../core/core.ts';
import { dataFlagFrom, resolveDataDir } from '../core/data-dir.ts';
import { CarnetError } from '../../shared/errors.ts';
import type { CliCommand, CliIo } from './cli-types.ts';
import { commands } from './commands/index.ts';
import { tty } from './terminal-text.ts';
import { CliExit } from './person-argument.ts';

/** Global flags every command accepts. */
const GLOBAL_VALUE_FLAGS = ['data'];

export function usageText(): string {
  const lines = commands.map((command) => `  carnet ${command.usage}\n      ${command.summary}`);
  return [
    'Carnet: your customers in one file, offline.',
    '',
    'Usage:',
    ...lines,
    '',
    'Every command accepts --data DIR (or the CARNET_DATA_DIR environment variable) to choose the data folder.',
  ].join('\n');
}

/** Finds the command whose words start the argument list, longest match first. */
function findCommand(positionals: string[]): { command: CliCommand; rest: string[] } | null {
  const sorted = [...commands].sort((a, b) => b.words.length - a.words.length);
  for (const command of sorted) {
    if (command.words.every((word, i) => positionals[i] === word)) return { command, rest: positionals.slice(command.words.length) };
  }
  return null;
}

export function parseArgs(argv: string[], valueFlags: string[]): { positionals: string[]; flags: Record<string, string | boolean> } {
  const positionals: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (inline !== undefined) flags[name] = inline;
      else if (valueFlags.includes(name)) {
        const value = argv[i + 1];
        if (value === undefined) throw new CarnetError('invalid_input', `--${name} needs a value`);
        flags[name] = value;
        i++;
      } else flags[name] = true;
    } else positionals.push(arg);
  }
  return { positionals, flags };
}

/** Runs one CLI invocation and returns its exit code. Errors go to stderr in plain words. */
export async function runCli(argv: string[], io: CliIo): Promise<{ code: number; keepAlive: boolean }> {
  if (argv.length === 0 || argv[0] === 'help' || argv.includes('--help') || argv.includes('-h')) {
    io.stdout(usageText() + '\n');
    return { code: argv.length === 0 ? 1 : 0, keepAlive: false };
  }
  if (argv[0] === '--version' || argv[0] === 'version') {
    const { APP_VERSION } = await import('../core/app-version.ts');
    io.stdout(tty`${APP_VERSION}\n`);
    return { code: 0, keepAlive: false };
  }
  let core: Core | null = null;
  try {
    const firstPass = parseArgs(argv, [...GLOBAL_VALUE_FLAGS, ...commands.flatMap((c) => c.valueFlags ?? [])]);
    const found = findCommand(firstPass.positionals);
    if (!found) {
      io.stderr(tty`carnet: unknown command "${firstPass.positionals.join(' ')}"` + `\n\n${usageText()}\n`);
      return { code: 2, keepAlive: false };
    }
    const { flags } = parseArgs(argv, [...GLOBAL_VALUE_FLAGS, ...(found.command.valueFlags ?? [])]);
    const dataDir = resolveDataDir({ flag: dataFlagFrom(argv), env: io.env, platform: process.platform, homeDir: os.homedir() });
    const ctx = {
      args: found.rest,
      flags,
      io,
      dataDir,
      keepAlive: false,
      openCore: async () => {
        core ??= await createCore({ dataDir, locale: io.env.LANG?.split('.')[0] });
        return core;
      },
    };
    const code = await found.command.run(ctx);
    if (!ctx.keepAlive && core) await (core as Core).close();
    return { code, keepAlive: ctx.keepAlive };
  } catch (error) {
    if (core) await (core as Core).close().catch(() => undefined);
    if (error instanceof CliExit) {
      io.stderr(error.text);
      return { code: error.exitCode, keepAlive: false };
    }
    const message = error instanceof CarnetError ? error.message : `Unexpected error: ${(error as Error)?.message ?? String(error)}`;
    io.stderr(tty`carnet: ${message}\n`);
    return { code: 1, keepAlive: false };
  }
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    prompt: (question, options) => promptLine(question, options?.secret ?? false),
  };
}

function promptLine(question: string, secret: boolean): Promise<string | null> {
  if (!process.stdin.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    if (secret) {
      // Echo nothing while the passphrase is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.startsWith(question)) process.stderr.write(question);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (secret) process.stderr.write('\n');
      resolve(answer);
    });
  });
}

export async function runCliFromProcess(): Promise<void> {
  // `carnet contacts list | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const { code, keepAlive } = await runCli(process.argv.slice(2), processIo());
  if (!keepAlive) process.exitCode = code;
}
