import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { DATABASE_FILE_NAME } from '../../electron/core/db/open-database.ts';
import { addDays, localDateOf } from '../../shared/domain/local-date.ts';
import { insertTestPurchases, setShopCurrency, type TestPurchase } from '../helpers/report-purchases.ts';
import { callCarnet, makeDataDir, removeDataDir, startCarnet, type RunningCarnet } from './support/carnet-server.ts';
import { expect, test } from './support/carnet-test.ts';

/**
 * Reports in Chromium against `carnet serve`: the empty state, then a shop with a year and a half
 * of purchases: every report with its table, a bar's row opening the customers behind it, the
 * RFM badge on a contact and the segment filter, Today's customers to call back with L, and
 * screenshots at 1280x800 and 1024x700 in light and dark (test-results/screenshots/reports-*).
 */
test.use({ locale: 'en-GB' });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const shots = path.resolve('test-results', 'screenshots');

/** Twelve customers; the first buys every 10 days until 40 days ago (overdue), others now and then. */
async function seedShop(running: RunningCarnet, dataDir: string): Promise<string[]> {
  const names = ['Ana Pérez', 'Ben Cohen', 'Chloé Martin', 'Dmitri Ivanov', 'Eva Schmidt', 'Farid Haddad', 'Grace Lee', 'Hugo Blanc', 'Inès Duarte', 'Jon Berg', 'Kaito Sato', 'Lena Vogel'];
  const ids: string[] = [];
  for (const name of names) {
    const [firstName, lastName] = name.split(' ');
    ids.push(((await callCarnet(running, 'contacts.create', { firstName, lastName })) as { id: string }).id);
  }
  const today = localDateOf(new Date());
  const purchases: TestPurchase[] = [];
  for (let day = 500; day >= 40; day -= 10) purchases.push({ contactId: ids[0]!, on: addDays(today, -day), minor: 4_500 });
  ids.slice(1).forEach((contactId, index) => {
    const every = 20 + index * 9;
    for (let day = 480 - index * 30; day >= 0; day -= every) purchases.push({ contactId, on: addDays(today, -day), minor: 1_000 + index * 750 + (day % 7) * 100 });
  });
  purchases.push({ contactId: ids[3]!, on: addDays(today, -3), minor: 12_000, currency: 'USD' });
  const sqlite = new Database(path.join(dataDir, DATABASE_FILE_NAME));
  try {
    setShopCurrency(sqlite, 'EUR');
    insertTestPurchases(sqlite, purchases);
  } finally {
    sqlite.close();
  }
  await callCarnet(running, 'reports.recomputeRfm', { today });
  return ids;
}

async function shootAll(page: Page, name: string, section?: string): Promise<void> {
  fs.mkdirSync(shots, { recursive: true });
  for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 700 }]) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      expect(overflow, `${name} at ${size.width}x${size.height} scrolls sideways`).toBe(false);
      if (section) await page.locator(section).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(shots, `${name}-${size.width}x${size.height}-${scheme}.png`) });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('with no purchases, Reports says how to get some', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  // The shortcut works once the app is up.
  await expect(nav(page)).toBeVisible();
  await page.keyboard.press('Alt+8');
  await expect(nav(page).getByRole('button', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'No purchases yet' })).toBeVisible();
  await expect(page.getByText(/Record a purchase on a contact, or import a sales file/)).toBeVisible();
  await shootAll(page, 'reports-empty');
});

test('every report with its table; a row opens its customers; RFM on the contact; Today lists who to call back', async ({ page }) => {
  const dataDir = makeDataDir();
  const running = await startCarnet(dataDir);
  try {
    await callCarnet(running, 'settings.update', { countryConfirmed: true, lastOpenedDay: localDateOf(new Date()) });
    const ids = await seedShop(running, dataDir);
    await page.goto(running.url);
    await nav(page).getByRole('button', { name: 'Reports' }).click();

    for (const title of ['New customers per month', 'Sales per month', 'Top 20 customers', 'Overdue customers']) {
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
    }
    // Charts are for eyes only; tables carry the figures for screen readers.
    await expect(page.locator('.report-chart').first()).toHaveAttribute('aria-hidden', 'true');
    const top = page.getByRole('table', { name: 'Top 20 customers' });
    await expect(top.getByRole('row')).toHaveCount(13); // header + 12 customers
    await expect(top).toContainText('$'); // Dmitri's dollars beside, never converted
    const overdue = page.getByRole('table', { name: 'Overdue customers' });
    await expect(overdue.getByRole('rowheader', { name: 'Ana Pérez' })).toBeVisible();
    await expect(page.getByText('Rankings in EUR; other currencies are shown beside, never converted.')).toBeVisible();
    await shootAll(page, 'reports');
    for (const id of ['newCustomers', 'sales', 'topCustomers', 'overdue']) await shootAll(page, `reports-${id}`, `[aria-labelledby="report-${id}"]`);

    // A month of new customers opens the customers who first bought then.
    const newCustomers = page.getByRole('table', { name: 'New customers per month' });
    await newCustomers.getByRole('button', { name: /^Show the/ }).first().click();
    await expect(nav(page).getByRole('button', { name: 'Contacts' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText(/^Showing: New customers, /)).toBeVisible();
    await page.getByRole('button', { name: /^Show everyone, not only/ }).click();

    // The RFM badge on a contact, explained on focus; the list filters by segment.
    await nav(page).getByRole('button', { name: 'Reports' }).click();
    await overdue.getByRole('button', { name: 'Ana Pérez' }).click();
    const badge = page.locator('.rfm-badge');
    await badge.focus();
    await expect(page.getByRole('tooltip')).toContainText(/Recency \d, frequency \d, monetary \d/);
    await expect(page.getByRole('option', { name: /^Lost \(\d+\)$/ })).toBeAttached();
    await page.getByLabel('RFM segment').selectOption('lost');
    await expect(page.getByText(/^\d+ contacts?$/)).toBeVisible();
    await shootAll(page, 'reports-contact-rfm');
    await page.getByLabel('RFM segment').selectOption('');

    // Today: customers to call back, L logs a call.
    await nav(page).getByRole('button', { name: 'Today' }).click();
    const callBack = page.getByRole('region', { name: /Customers to call back/ });
    const anaRow = callBack.getByRole('listitem', { name: 'Ana Pérez' });
    await expect(anaRow).toBeVisible();
    await callBack.scrollIntoViewIfNeeded();
    await shootAll(page, 'reports-today', '[aria-labelledby="today-overdue-customers"]');
    await anaRow.focus();
    await page.keyboard.press('l');
    await expect(page.getByRole('dialog', { name: 'Log an interaction with Ana Pérez' })).toBeVisible();
    await expect(page.getByLabel('Type')).toHaveValue('call');
    expect(ids).toHaveLength(12);
  } finally {
    await running.stop();
    removeDataDir(dataDir);
  }
});
