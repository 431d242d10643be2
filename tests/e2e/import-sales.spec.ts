import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/carnet-test.ts';

/**
 * A Shopify orders export in the import wizard, in Chromium against `carnet serve`: the wizard
 * says it found a sales file, previews the orders, creates the unknown customers by choice,
 * imports, and a second import of the same file finds every order already there.
 */
test.use({ locale: 'en-GB' });

const fixture = path.resolve(import.meta.dirname, '..', 'fixtures', 'sales', 'shopify-orders_export.csv');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function chooseSalesFile(page: Page) {
  await page.getByLabel('Choose a file…').setInputFiles({ name: 'orders_export.csv', mimeType: 'text/csv', buffer: fs.readFileSync(fixture) });
  await expect(page.getByTestId('import-kind-found')).toHaveText('Sales file found (Shopify orders export): 3 orders');
}

test('a Shopify export: found as sales, previewed order by order, imported with its customers, then already there', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Import' }).click();
  await chooseSalesFile(page);
  await expect(page.getByLabel('Read this file as')).toHaveValue('purchases');

  const orders = page.getByRole('table', { name: 'Orders of the file' });
  await expect(orders.getByRole('row')).toHaveCount(4);
  await expect(orders.getByRole('row', { name: /#1001/ })).toContainText('Customer unknown');
  await expect(orders.getByRole('row', { name: /#1001/ })).toContainText('€27.00');
  await expect(page.getByRole('button', { name: 'Import 0 orders' })).toBeDisabled();

  await page.getByRole('radio', { name: 'Create them as new contacts' }).check();
  await expect(orders.getByRole('row', { name: /#1003/ })).toContainText('new customer');
  for (const [width, height] of [[1280, 800], [1024, 700]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `test-results/import-sales-${width}x${height}-${scheme}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Import 3 orders' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('3 purchases imported, 2 customers created, 0 orders already in Carnet, 0 skipped, 0 errors.');
  await page.screenshot({ path: 'test-results/import-sales-summary.png', fullPage: true });

  await page.getByRole('button', { name: 'Import another file' }).click();
  await chooseSalesFile(page);
  await expect(page.getByRole('table', { name: 'Orders of the file' }).getByRole('row', { name: /#1002/ })).toContainText('Already in Carnet');
  await expect(page.getByRole('button', { name: 'Import 0 orders' })).toBeDisabled();

  // Read as contacts instead: the mapping step of a contacts import.
  await page.getByLabel('Read this file as').selectOption('contacts');
  await expect(page.getByTestId('import-kind-found')).toHaveText('Contacts file found');
  await expect(page.getByRole('button', { name: 'Preview' })).toBeVisible();
});
