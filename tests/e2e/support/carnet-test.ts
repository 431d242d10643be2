import { test as base } from '@playwright/test';
import { localDateOf } from '../../../shared/domain/local-date.ts';
import { callCarnet, makeDataDir, removeDataDir, startCarnet, type RunningCarnet } from './carnet-server.ts';

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
 * stopped and removed after the test. The default phone country is confirmed through the
 * contract before the page loads (as if the user had answered the first-start question and
 * opened Carnet earlier today), so
 * tests about other things open on the app itself; `test.use({ confirmCountry: false })` keeps
 * the question for the tests about it.
 */
export const test = base.extend<{ carnet: CarnetSession; confirmCountry: boolean }>({
  confirmCountry: [true, { option: true }],
  carnet: async ({ confirmCountry }, use) => {
    const dataDir = makeDataDir();
    let running: RunningCarnet = await startCarnet(dataDir);
    try {
      // Opened already today too, so tests start where the app opens on a later start (not on Today).
      if (confirmCountry) await callCarnet(running, 'settings.update', { countryConfirmed: true, lastOpenedDay: localDateOf(new Date()) });
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
