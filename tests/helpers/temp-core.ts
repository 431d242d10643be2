import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../electron/core/core.ts';

/** A fresh data folder in the OS temp dir; removed by the returned cleanup. */
export function makeTempDir(prefix = 'carnet-test-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A core on a real SQLite file in a temp folder (or the given `dataDir`, left in place), with FR as
 * the phone country. Automatic snapshots are off unless a test asks for them: closing a core would
 * otherwise write one, which only the backup tests want.
 */
export async function openTempCore(options: Partial<CoreOptions> = {}): Promise<{ core: Core; dataDir: string; cleanup: () => Promise<void> }> {
  const temp = options.dataDir ? null : makeTempDir();
  const dataDir = options.dataDir ?? temp!.dir;
  const core = await createCore({ locale: 'fr-FR', autoBackup: { enabled: false }, ...options, dataDir });
  let closed = false;
  return {
    core,
    dataDir,
    cleanup: async () => {
      if (!closed) {
        closed = true;
        await core.close().catch(() => undefined); // the test may have closed it already
      }
      temp?.cleanup();
    },
  };
}
