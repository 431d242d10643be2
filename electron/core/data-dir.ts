import os from 'node:os';
import path from 'node:path';

export interface DataDirSources {
  /** `--data DIR` from the command line, when given. */
  flag?: string | undefined;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homeDir: string;
}

/**
 * Where Carnet keeps its database, in order: `--data DIR`, `CARNET_DATA_DIR`, next to the
 * executable for the Windows portable build (a shop running Carnet from a USB stick keeps its
 * data on the stick), then the platform's usual app-data folder (`~/.config/Carnet` on Linux,
 * the same folder Electron's `app.getPath('userData')` gives for the product name Carnet).
 */
export function resolveDataDir(sources: DataDirSources): string {
  const { flag, env, platform, homeDir } = sources;
  if (flag && flag.trim()) return path.resolve(flag);
  if (env.CARNET_DATA_DIR && env.CARNET_DATA_DIR.trim()) return path.resolve(env.CARNET_DATA_DIR);
  if (env.PORTABLE_EXECUTABLE_DIR) return path.join(env.PORTABLE_EXECUTABLE_DIR, 'CarnetData');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(homeDir, 'AppData', 'Roaming'), 'Carnet');
  if (platform === 'darwin') return path.join(homeDir, 'Library', 'Application Support', 'Carnet');
  return path.join(env.XDG_CONFIG_HOME || path.join(homeDir, '.config'), 'Carnet');
}

/** Reads `--data DIR` or `--data=DIR` out of an argument list. */
export function dataFlagFrom(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data') return argv[i + 1];
    if (arg.startsWith('--data=')) return arg.slice('--data='.length);
  }
  return undefined;
}

export function defaultDataDir(argv: readonly string[] = process.argv): string {
  return resolveDataDir({ flag: dataFlagFrom(argv), env: process.env, platform: process.platform, homeDir: os.homedir() });
}
