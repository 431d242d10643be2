/**
 * Screenshots of every main screen at 1280x800 and 1024x700, light and dark, into
 * test-results/screenshots/. Run after `npm run build:renderer`:  npx tsx scripts/screenshots.ts
 * Starts `carnet serve` on temporary folders (one seeded, one empty) and drives Debian's Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { callCarnet, makeDataDir, removeDataDir, startCarnet, type RunningCarnet } from '../tests/e2e/support/carnet-server.ts';
import { seedContacts } from './seed-contacts.ts';
import { addDays, localDateOf } from '../shared/domain/local-date.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const outDir = path.join(repoRoot, 'test-results', 'screenshots');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];
const SCHEMES = ['light', 'dark'] as const;

async function shoot(page: Page, name: string, size: { width: number; height: number }, scheme: string): Promise<void> {
  await page.waitForTimeout(250); // let debounced searches and fetches settle
  const file = path.join(outDir, `${name}-${size.width}x${size.height}-${scheme}.png`);
  await page.screenshot({ path: file });
  // Horizontal scrolling is a layout bug at any size we support: report it loudly.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  if (overflow) console.warn(`WARNING: horizontal overflow on ${path.basename(file)}`);
  console.log(path.relative(repoRoot, file));
}

async function go(page: Page, place: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: place }).click();
}

const ITEMS = ['Coffee beans', 'Croissant', 'Oak shelf', 'Gift box', 'Tea'];

/** A year and a bit of purchases by ten customers, through the contract, so Reports has figures. */
async function seedPurchases(running: RunningCarnet, ids: readonly string[]): Promise<void> {
  await callCarnet(running, 'settings.update', { shopCurrency: 'EUR' });
  const today = localDateOf(new Date());
  for (const [index, contactId] of ids.slice(0, 10).entries()) {
    for (let day = 420 - index * 25; day >= 0; day -= 12 + index * 7) {
      const lines = [{ item: ITEMS[(index + day) % ITEMS.length]!, quantity: 1 + (day % 3), unitPrice: 450 + index * 120 }];
      await callCarnet(running, 'purchases.add', { contactId, purchasedOn: addDays(today, -day), currency: 'EUR', lines });
    }
  }
  await callCarnet(running, 'reports.recomputeRfm', { today });
}

async function main(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  const seededDir = makeDataDir();
  const emptyDir = makeDataDir();
  const seeded = await startCarnet(seededDir);
  const empty = await startCarnet(emptyDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // The seeded folder has answered the first-start question; the empty one shows it.
    await callCarnet(seeded, 'settings.update', { defaultCountry: 'FR' });
    const ids: string[] = [];
    for (const contact of seedContacts()) ids.push(((await callCarnet(seeded, 'contacts.create', contact)) as { id: string }).id);
    await seedPurchases(seeded, ids);
    // Something in the Trash: a person and the company card their company name made.
    const gone = (await callCarnet(seeded, 'contacts.create', { firstName: 'Grace', lastName: 'Hopper', company: 'Initech', emails: [{ value: 'grace@initech.example' }] })) as { id: string; companyId: string };
    for (const id of [gone.id, gone.companyId]) await callCarnet(seeded, 'contacts.delete', { id });
    for (const scheme of SCHEMES) {
      for (const size of SIZES) {
        const context = await browser.newContext({ viewport: size, colorScheme: scheme, locale: 'en-GB' });
        const page = await context.newPage();
        page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
        await page.goto(seeded.url);
        await go(page, 'Contacts');
        await page.getByRole('option').filter({ hasText: 'François' }).click();
        await page.getByRole('heading', { name: 'François Lefèvre' }).waitFor();
        await shoot(page, 'contacts-detail', size, scheme);

        await page.getByRole('searchbox', { name: 'Search' }).fill('atel');
        await page.getByRole('option').filter({ hasText: 'Élodie' }).waitFor();
        await shoot(page, 'contacts-search', size, scheme);
        await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz');
        await page.getByText('Nothing matches').waitFor();
        await shoot(page, 'contacts-no-results', size, scheme);
        await page.getByRole('searchbox', { name: 'Search' }).fill('');

        await page.getByRole('button', { name: 'Edit', exact: true }).click();
        await page.getByLabel('Email', { exact: true }).first().fill('francois@');
        await page.getByRole('button', { name: 'Add address' }).click();
        await page.getByRole('button', { name: 'Save' }).click();
        await page.getByText('This is not an email address').waitFor();
        await shoot(page, 'contact-edit-invalid', size, scheme);
        await page.keyboard.press('Escape');

        await page.getByRole('button', { name: 'New contact' }).click();
        await shoot(page, 'contact-new', size, scheme);
        await page.keyboard.press('Escape');

        await go(page, 'Companies');
        await page.getByRole('option').filter({ hasText: 'Atelier Lefèvre' }).click();
        await page.getByText('People here').waitFor();
        await shoot(page, 'companies', size, scheme);

        await go(page, 'Today');
        await page.getByText('Birthdays in the next two weeks').waitFor();
        await page.getByText('Tomorrow').or(page.getByText('Today', { exact: true }).nth(1)).first().waitFor().catch(() => undefined);
        await shoot(page, 'today', size, scheme);

        await go(page, 'Import');
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForTimeout(300);
        await shoot(page, 'import', size, scheme);

        await go(page, 'Backup');
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForTimeout(500);
        await shoot(page, 'backup', size, scheme);

        await go(page, 'Settings');
        await page.getByText('Database file').waitFor();
        await shoot(page, 'settings', size, scheme);

        await go(page, 'Trash');
        await page.getByRole('list', { name: 'Contacts in the trash' }).getByRole('listitem').first().waitFor();
        await shoot(page, 'trash', size, scheme);

        await go(page, 'Reports');
        await page.getByRole('table', { name: 'Sales per month' }).waitFor();
        await page.waitForTimeout(300); // the charts' library loads on first use
        await shoot(page, 'reports', size, scheme);
        await page.getByRole('heading', { name: 'Top 20 customers' }).scrollIntoViewIfNeeded();
        await shoot(page, 'reports-top-customers', size, scheme);

        await page.keyboard.press('F1');
        await page.getByRole('dialog').waitFor();
        await shoot(page, 'help', size, scheme);
        await context.close();

        const emptyContext = await browser.newContext({ viewport: size, colorScheme: scheme, locale: 'en-GB' });
        const emptyPage = await emptyContext.newPage();
        await callCarnet(empty, 'settings.update', { countryConfirmed: false }); // ask again for this shot
        await emptyPage.goto(empty.url);
        await emptyPage.getByRole('heading', { name: 'Where are your phone numbers from?' }).waitFor();
        await shoot(emptyPage, 'first-start', size, scheme);
        await emptyPage.getByRole('button', { name: 'Use this country' }).click();
        await go(emptyPage, 'Contacts');
        await emptyPage.getByText('Add your first contact').waitFor();
        await shoot(emptyPage, 'contacts-empty', size, scheme);
        await go(emptyPage, 'Trash');
        await emptyPage.getByText('The trash is empty').waitFor();
        await shoot(emptyPage, 'trash-empty', size, scheme);
        await go(emptyPage, 'Reports');
        await emptyPage.getByText('No purchases yet').waitFor();
        await shoot(emptyPage, 'reports-empty', size, scheme);
        await emptyContext.close();
      }
    }
    const noToken = await browser.newPage({ viewport: SIZES[1] });
    await noToken.goto(new URL(seeded.url).origin + '/');
    await noToken.getByRole('alert').waitFor();
    await shoot(noToken, 'connection-error', SIZES[1]!, 'light');
  } finally {
    await browser.close();
    await seeded.stop();
    await empty.stop();
    removeDataDir(seededDir);
    removeDataDir(emptyDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
