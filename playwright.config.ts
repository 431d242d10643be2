import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real React UI in Debian's Chromium (Playwright cannot download its
 * own browser here) against the web host on a temporary data folder.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // A subfolder: Playwright empties its outputDir, and test-results/ also holds other reports.
  outputDir: 'test-results/playwright-artifacts',
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
