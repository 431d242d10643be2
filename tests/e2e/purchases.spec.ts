import type { Page } from '@playwright/test';
import { callCarnet } from './support/carnet-server.ts';
import { expect, test } from './support/carnet-test.ts';

/**
 * Purchases in Chromium against `carnet serve`: from a contact, P opens the counter form, two lines
 * typed with the keyboard only (the last line always empty), Enter saves, and the customer value
 * panel shows the total. Screenshots of the form and the panel at 1280x800 and 1024x700, light and dark.
 */
test.use({ locale: 'en-GB' });

const list = (page: Page) => page.getByRole('listbox', { name: 'Contacts' });

async function openContact(page: Page, name: string) {
  await list(page).getByRole('option').filter({ hasText: name }).click();
  await page.getByRole('heading', { name }).click();
}

test('records a purchase from the keyboard and sees it in the customer value panel', async ({ page, carnet }) => {
  await callCarnet(carnet, 'settings.update', { defaultCountry: 'GB' });
  await callCarnet(carnet, 'contacts.create', { firstName: 'Zoë', lastName: 'Martín', company: 'Atelier Martín' });
  await page.goto(carnet.url);
  await openContact(page, 'Zoë Martín');
  const panel = page.getByRole('region', { name: 'Purchases' });
  await expect(panel.getByText('No purchase yet')).toBeVisible();

  await page.keyboard.press('p');
  const dialog = page.getByRole('dialog', { name: 'Purchase by Zoë Martín' });
  await expect(dialog).toBeVisible();
  // The first purchase asks the shop's currency, prefilled from the confirmed country (GB: pounds).
  const question = dialog.getByLabel('Which currency does your shop use?');
  await expect(question).toBeFocused();
  await expect(question).toHaveValue('GBP');
  await question.selectOption('EUR');
  await dialog.getByLabel('Item, line 1').focus();

  await page.keyboard.type('Ground coffee');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4.50');
  await page.keyboard.press('Tab'); // line 2's item (the line total is no stop)
  await expect(dialog.getByLabel('Item, line 2')).toBeFocused();
  await page.keyboard.type('Flour');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1.5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2.99');
  await expect(dialog.getByLabel('Line 1 total')).toHaveText('€9.00');
  await expect(dialog.getByLabel('Line 2 total')).toHaveText('€4.49');
  await expect(dialog.getByRole('status', { name: 'Total', exact: true })).toHaveText('€13.49');
  await expect(dialog.getByLabel('Item, line 3')).toHaveValue('');
  await page.screenshot({ path: 'test-results/purchase-first-currency-question.png' });
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Purchase saved' })).toContainText('€13.49');

  await expect(panel.getByText('Lifetime value')).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Purchase list' }).getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('list', { name: 'Purchase list' })).toContainText('Ground coffee, Flour');
  await expect(panel.locator('.value-figure.strong dd')).toHaveText('€13.49');
  await expect(panel.getByText('Shown from two purchases on.')).toBeVisible();

  // The next purchase: the currency is the shop's now, "Repeat last purchase" fills the lines.
  await page.keyboard.press('p');
  await expect(dialog.getByLabel('Currency')).toHaveValue('EUR');
  await dialog.getByRole('button', { name: 'Repeat last purchase' }).click();
  await expect(dialog.getByLabel('Item, line 2')).toHaveValue('Flour');
  await expect(dialog.getByRole('status', { name: 'Total', exact: true })).toHaveText('€13.49');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

for (const [width, height] of [
  [1280, 800],
  [1024, 700],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`purchases at ${width}x${height}, ${colorScheme}`, () => {
      test.use({ viewport: { width, height }, colorScheme });
      test('screenshots of the customer value panel and the purchase form', async ({ page, carnet }) => {
        const ana = (await callCarnet(carnet, 'contacts.create', { firstName: 'Ana', lastName: 'Pérez', company: 'Fleurs & Co' })) as { id: string };
        await callCarnet(carnet, 'settings.update', { shopCurrency: 'EUR' });
        const lines = [
          { item: 'Ground coffee', quantity: '2', unitPrice: 450 },
          { item: 'Croissant', quantity: 3, unitPrice: 120 },
        ];
        await callCarnet(carnet, 'purchases.add', { contactId: ana.id, purchasedOn: '2026-10-02', currency: 'EUR', lines, reference: 'T-0040' });
        await callCarnet(carnet, 'purchases.add', { contactId: ana.id, purchasedOn: '2026-10-16', currency: 'EUR', lines: lines.slice(0, 1), paymentStatus: 'unpaid' });
        await callCarnet(carnet, 'purchases.add', { contactId: ana.id, purchasedOn: '2026-11-01', currency: 'USD', lines: [{ item: 'Gift box', quantity: 1, unitPrice: 2500 }] });
        await page.goto(carnet.url);
        await openContact(page, 'Ana Pérez');
        const panel = page.getByRole('region', { name: 'Purchases' });
        await expect(panel.getByText('every 15 days')).toBeVisible();
        await panel.getByRole('list', { name: 'Purchase list' }).scrollIntoViewIfNeeded();
        // Nothing scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `test-results/purchases-panel-${width}-${colorScheme}.png` });
        await page.keyboard.press('p');
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: 'Repeat last purchase' }).click();
        await dialog.getByLabel('Item, line 2').fill('Cro');
        await expect(dialog.getByRole('option', { name: /Croissant/ })).toBeVisible();
        await page.screenshot({ path: `test-results/purchase-form-${width}-${colorScheme}.png` });
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
        await panel.getByRole('button', { name: 'Products' }).click();
        const products = page.getByRole('dialog', { name: 'Products' });
        await expect(products.getByLabel('Name of Ground coffee')).toBeVisible();
        await page.screenshot({ path: `test-results/products-${width}-${colorScheme}.png` });
        await products.getByLabel('Merge Gift box into').selectOption({ label: 'Ground coffee' });
        await expect(page.getByRole('alertdialog', { name: 'Merge Gift box into Ground coffee?' })).toBeVisible();
        await page.screenshot({ path: `test-results/products-merge-${width}-${colorScheme}.png` });
      });
    });
  }
}
