import fs from 'node:fs';
import path from 'node:path';
import { callCarnet } from './support/carnet-server.ts';
import { expect, test } from './support/carnet-test.ts';

/**
 * Birthdays typed in another language or order than the interface's, and addresses laid out the
 * way their own country writes them, in real Chromium against `carnet serve`.
 */

// An American interface: month first in numeric dates, US addresses by default.
test.use({ locale: 'en-US' });

test('a French birthday and a day-first date are understood in an American interface; each address follows its country', async ({ page, carnet }) => {
  await callCarnet(carnet, 'settings.update', { defaultCountry: 'US' });
  await callCarnet(carnet, 'contacts.create', {
    firstName: 'Harriet',
    lastName: 'Vane',
    addresses: [
      { label: 'home', street: '10 Downing Street', city: 'London', region: '', postalCode: 'SW1A 2AA', country: 'Royaume-Uni' },
      { label: 'work', street: '350 Fifth Avenue', city: 'New York', region: 'New York', postalCode: '10118', country: '' },
      { label: 'other', street: '8 rue de Rivoli', city: 'Paris', region: '', postalCode: '75004', country: 'France' },
    ],
  });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(carnet.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click();
  await page.getByRole('option').filter({ hasText: 'Harriet' }).click();
  await expect(page.getByRole('heading', { name: 'Harriet Vane' })).toBeVisible();

  const addresses = page.locator('address');
  await expect(addresses.nth(0).locator('.address-line')).toHaveText(['10 Downing Street', 'London', 'SW1A 2AA', 'Royaume-Uni']);
  await expect(addresses.nth(1).locator('.address-line')).toHaveText(['350 Fifth Avenue', 'New York, NY 10118']);
  await expect(addresses.nth(2).locator('.address-line')).toHaveText(['8 rue de Rivoli', '75004 Paris', 'France']);

  await page.getByRole('button', { name: 'Edit' }).click();
  const birthday = page.getByLabel('Birthday');
  await birthday.fill('14 mars 1985');
  await expect(birthday).toHaveAccessibleDescription(/March 14, 1985/);
  await birthday.fill('14/03/1985');
  await expect(birthday).toHaveAccessibleDescription('Read as March 14, 1985');
  await birthday.fill('31/31/1985');
  await birthday.blur();
  await expect(birthday).toHaveAccessibleDescription(/does not exist/);
  await birthday.fill('14/03/1985');
  await page.getByText('Read as March 14, 1985').scrollIntoViewIfNeeded();
  const shots = path.join('test-results', 'screenshots');
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'birthday-read-as-1024x700.png') });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('March 14, 1985')).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'addresses-by-country-1024x700.png') });
});
