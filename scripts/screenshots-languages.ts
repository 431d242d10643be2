/**
 * Screenshots of the contacts, editor, Today and help screens in every interface language at
 * 1024x700 (the smallest size Carnet supports, where longer translations break first), into
 * test-results/screenshots/languages/. The language comes from the browser's (the "system"
 * choice). Run after `npm run build:renderer`:  npx tsx scripts/screenshots-languages.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { LANGUAGES } from '../shared/domain/languages.ts';
import { callCarnet, makeDataDir, removeDataDir, startCarnet } from '../tests/e2e/support/carnet-server.ts';
import { seedContacts } from './seed-contacts.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const outDir = path.join(repoRoot, 'test-results', 'screenshots', 'languages');
const SIZE = { width: 1024, height: 700 };
/** A region for each language, so dates and numbers look as they would for such a user. */
const LOCALES = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ru: 'ru-RU', de: 'de-DE' } as const;

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300); // let debounced searches and fetches settle
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  if (overflow) console.warn(`WARNING: horizontal overflow on ${path.basename(file)}`);
  console.log(path.relative(repoRoot, file));
}

async function main(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  const dataDir = makeDataDir();
  const carnet = await startCarnet(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await callCarnet(carnet, 'settings.update', { defaultCountry: 'FR' });
    for (const contact of seedContacts()) await callCarnet(carnet, 'contacts.create', contact);
    for (const language of LANGUAGES) {
      const context = await browser.newContext({ viewport: SIZE, locale: LOCALES[language] });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
      await page.goto(carnet.url);
      await page.locator('.app').waitFor();
      await page.keyboard.press('Alt+1'); // Carnet reopens where it was left
      await shoot(page, `${language}-today`);

      await page.keyboard.press('Alt+2');
      await page.getByRole('option').filter({ hasText: 'François' }).click();
      await page.getByRole('heading', { name: 'François Lefèvre' }).waitFor();
      await shoot(page, `${language}-contacts-detail`);

      await page.getByRole('searchbox').fill('zzzz');
      await shoot(page, `${language}-contacts-no-results`);
      await page.getByRole('searchbox').fill('');
      await page.getByRole('option').filter({ hasText: 'François' }).click();

      await page.keyboard.press('e');
      await page.locator('input[type=email]').first().fill('francois@');
      await page.locator('input[type=email]').first().blur();
      await page.locator('form button[type=submit]').click();
      await shoot(page, `${language}-contact-edit-invalid`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      await page.keyboard.press('F1');
      await page.getByRole('dialog').waitFor();
      await shoot(page, `${language}-help`);
      await context.close();
    }
  } finally {
    await browser.close();
    await carnet.stop();
    removeDataDir(dataDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
