import { test as base } from '@playwright/test';
import { makeDataDir, removeDataDir, startCarnet, type RunningCarnet } from './carnet-server.ts';

export interface CarnetSession {
  /** The address to open, with its session token (changes on restart). */
  readonly url: string;
  /** The test's own empty data folder. */
  readonly dataDir: string;
  /** Stops `carnet serve` and starts it again on the same data folder. */
  restart(): Promise<void>;
}

/**
 * Every end-to-end test gets `carnet`: `carnet serve` running on a new temporary data folder,
 * stopped and removed after the test.
 */
export const test = base.extend<{ carnet: CarnetSession }>({
  // Playwright reads the fixtures a fixture needs from its first parameter: this one needs none.
  // eslint-disable-next-line no-empty-pattern
  carnet: async ({}, use) => {
    const dataDir = makeDataDir();
    let running: RunningCarnet = await startCarnet(dataDir);
    try {
      await use({
        get url() {
          return running.url;
        },
        dataDir,
        async restart() {
          await running.stop();
          running = await startCarnet(dataDir);
        },
      });
    } finally {
      await running.stop();
      removeDataDir(dataDir);
    }
  },
});

export { expect } from '@playwright/test';
