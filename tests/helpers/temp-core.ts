import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../electron/core/core.ts';

/** A fresh data folder in the OS temp dir; removed by the returned cleanup. */
export function makeTempDir(prefix = 'carnet-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A core on a real SQLite file in a temp folder, with FR as the phone country unless told. */
export async function openTempCore(options: Partial<CoreOptions> = {}): Promise<{ core: Core; dataDir: string; cleanup: () => Promise<void> }> {
  const temp = makeTempDir();
  const dataDir = options.dataDir ?? temp.dir;
  const core = await createCore({ locale: 'fr-FR', ...options, dataDir });
  return {
    core,
    dataDir,
    cleanup: async () => {
      await core.close();
      temp.cleanup();
    },
  };
}
