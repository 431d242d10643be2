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
  // The items (27.00) and the shipping (4.90): Shopify's Total.
  await expect(orders.getByRole('row', { name: /#1001/ })).toContainText('€31.90');
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

test('a Shopify export with shipping, taxes, a discount, a voided order and a total that differs: said in the preview', async ({ page, carnet }) => {
  const text = [
    'Name,Email,Financial Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing Name',
    '#2001,ann@example.com,paid,USD,18.00,5.00,1.80,24.80,WELCOME10,2.00,2024-05-01 10:00:00 -0400,2,Mug,10.00,Ann Lee',
    '#2002,bob@example.com,pending,USD,30.00,0.00,5.00,30.00,,,2024-05-02 10:00:00 -0400,1,Teapot,30.00,Bob Roy',
    '#2003,cy@example.com,voided,USD,8.00,0.00,0.00,8.00,,,2024-05-03 10:00:00 -0400,1,Spoon,8.00,Cy Fox',
    '#2004,dee@example.com,paid,USD,10.00,2.00,,15.00,,,2024-05-04 10:00:00 -0400,1,Bowl,10.00,Dee Moe',
  ].join('\n');
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('Choose a file…').setInputFiles({ name: 'orders_export.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByRole('radio', { name: 'Create them as new contacts' }).check();
  const orders = page.getByRole('table', { name: 'Orders of the file' });
  await expect(orders.getByRole('row', { name: /#2001/ })).toContainText('US$24.80');
  await expect(orders.getByRole('row', { name: /#2002/ })).toContainText('unpaid');
  await expect(orders.getByRole('row', { name: /#2003/ })).toContainText('Not a sale');
  await expect(orders.getByRole('row', { name: /#2004/ })).toContainText('its lines add up to 12.00 USD, the file’s total is 15.00 USD');
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: 'test-results/import-sales-charges-1024x700.png', fullPage: true });
  await orders.screenshot({ path: 'test-results/import-sales-charges-orders.png' });
  await page.getByRole('button', { name: 'Import 3 orders' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('3 purchases imported, 3 customers created, 0 orders already in Carnet, 1 skipped, 0 errors.');
});
