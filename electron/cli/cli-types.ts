import type { Core } from '../core/core.ts';

/** Where a command writes and what it may read: injected so tests run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Reads a line from the user (passphrases); null where there is no terminal. */
  prompt?(question: string, options?: { secret?: boolean }): Promise<string | null>;
}

export interface CommandContext {
  /** Positional arguments after the command's own words. */
  args: string[];
  /** Parsed `--flag value` / `--flag` options (repeated flags keep the last value). */
  flags: Record<string, string | boolean>;
  io: CliIo;
  dataDir: string;
  /** Opens the core on the data folder; the runner closes it after the command. */
  openCore(): Promise<Core>;
  /** Set by long-running commands (serve) to keep the process alive. */
  keepAlive?: boolean;
}

export interface CliCommand {
  /** The words that select it: ['contacts', 'list']. */
  words: string[];
  usage: string;
  summary: string;
  /** Flags that take a value (others are booleans). */
  valueFlags?: string[];
  /** Returns the exit code. */
  run(ctx: CommandContext): Promise<number>;
}
