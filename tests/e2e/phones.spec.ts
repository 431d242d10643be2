import { expect, test } from './support/carnet-test.ts';

/**
 * Phone numbers read the way the user means them: a fresh data folder asks for the country of
 * numbers written without +, and the editor then shows how a typed number was read.
 */

test.use({ confirmCountry: false, locale: 'en-GB' });

test('a new data folder asks for the phone country first; the editor then reads national numbers with it', async ({ page, carnet }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(carnet.url);
  await expect(page.getByRole('heading', { name: 'Where are your phone numbers from?' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  const country = page.getByLabel('Country for phone numbers');
  await expect(country).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/first-start-country-1024x700.png' });
  await country.selectOption('FR');
  await page.getByRole('button', { name: 'Use this country' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'New contact' }).click();
  await page.getByLabel('First name').fill('Léa');
  const phone = page.getByLabel('Phone', { exact: true });
  await phone.fill('06 12 34 56 78');
  await expect(page.getByText('Read as +33 6 12 34 56 78, France')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/phone-read-as-1024x700.png' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Léa' })).toBeVisible();

  // Found by its international form and by digits from its middle.
  const search = page.getByRole('searchbox', { name: 'Search' });
  for (const query of ['+33 6 12 34 56 78', '345678']) {
    await search.fill(query);
    await expect(page.getByRole('listbox', { name: 'Contacts' }).getByRole('option')).toHaveCount(1);
  }

  // Answered once: a restart opens the app, and Settings shows the choice in the same menu.
  await carnet.restart();
  await page.goto(carnet.url);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where are your phone numbers from?' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Default phone country')).toHaveValue('FR');
});

test('the import wizard offers the same country menu and says which country is the default', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await page.getByRole('button', { name: 'Use this country' }).click(); // keep the suggested one
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const chosen = await page.getByLabel('Default phone country').inputValue();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('Choose a file…').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from('First Name,Mobile Phone\nLéa,06 12 34 56 78\n') });
  await page.getByRole('button', { name: 'Preview' }).click();
  const importCountry = page.getByLabel('Country for phone numbers without +prefix');
  await expect(importCountry).toBeVisible({ timeout: 20_000 });
  await expect(importCountry).toHaveValue(chosen);
  await expect(importCountry.locator('option:checked')).toHaveText(/, the default$/);
});
