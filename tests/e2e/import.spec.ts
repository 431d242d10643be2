import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/carnet-test.ts';

/**
 * The import wizard in Chromium against `carnet serve`: upload an Excel-style French CSV, change
 * one column's mapping, preview, import, see the contacts, then undo the import from the history.
 */
test.use({ locale: 'en-GB' });

const fixture = path.resolve(import.meta.dirname, '..', 'fixtures', 'csv', 'excel-fr-1252-semicolon.csv');


const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('upload, adjust a mapping, preview, import, undo', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('No imports yet.')).toBeVisible();

  await page.getByLabel('Choose a file…').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: fs.readFileSync(fixture) });

  // What was detected, each with an override.
  await expect(page.getByLabel('Text encoding')).toHaveValue('windows-1252');
  await expect(page.getByLabel('Columns separated by')).toHaveValue(';');
  await expect(page.getByLabel('Exported from')).toHaveValue('spreadsheet');
  await expect(page.getByText('1 title row above the header skipped')).toBeVisible();

  // Mapped by header name, with sample values; change "Fonction" (job title) to a custom field.
  const mapping = page.getByRole('table').first();
  await expect(mapping.getByRole('row', { name: /Prénom/ })).toContainText('Hélène · Jérôme');
  await expect(page.getByLabel('Goes to: Prénom')).toHaveValue(/firstName/);
  await page.getByLabel('Goes to: Fonction').selectOption({ label: 'Keep as a custom field' });
  await page.screenshot({ path: 'test-results/import-mapping.png', fullPage: true });
  await page.getByRole('button', { name: 'Preview' }).click();

  const preview = page.getByRole('table', { name: 'Preview' });
  await expect(preview.getByRole('row')).toHaveCount(3);
  await expect(preview.getByRole('row', { name: /Hélène Dupré/ })).toContainText('New');
  await expect(page.getByRole('button', { name: /^New 2$/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/import-preview.png', fullPage: true });
  await page.getByRole('button', { name: 'Import 2 rows' }).click();

  await expect(page.getByTestId('import-summary')).toHaveText('2 contacts created, 1 company created, 0 updated, 0 already there, 0 skipped, 0 errors.');
  await expect(page.getByRole('region', { name: 'Import history' })).toContainText('clients.csv');

  await nav(page).getByRole('button', { name: 'Contacts' }).click();
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await list.getByRole('option').filter({ hasText: 'Hélène Dupré' }).click();
  await expect(page.getByRole('heading', { name: 'Hélène Dupré' })).toBeVisible();
  // The job title went to a custom field, as chosen: shown under its column's name, not as the title.
  const facts = page.getByRole('article');
  await expect(facts.getByRole('term').filter({ hasText: 'Fonction' })).toBeVisible();
  await expect(facts.getByRole('definition').filter({ hasText: 'Gérante' })).toBeVisible();
  await expect(page.getByText('Gérante · Ébénisterie Léon')).toHaveCount(0);
  await expect(facts.getByText('Ébénisterie Léon', { exact: true })).toBeVisible();

  // The custom field can be edited like any other.
  await page.getByRole('button', { name: 'Edit' }).click();
  const other = page.getByRole('group', { name: 'Other fields' });
  await expect(other.getByLabel('Field name')).toHaveValue('Fonction');
  await other.getByLabel('Value').fill('Gérante associée');
  await page.screenshot({ path: 'test-results/contact-custom-fields.png', fullPage: true });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('article').getByRole('definition').filter({ hasText: 'Gérante associée' })).toBeVisible();

  await nav(page).getByRole('button', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Undo import of clients.csv' }).click();
  await page.getByRole('region', { name: 'Import history' }).getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByText(/Import undone: 2 contacts and 1 company moved to the trash/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Import history' })).toContainText('Undone');

  await nav(page).getByRole('button', { name: 'Contacts' }).click();
  await expect(page.getByRole('listbox', { name: 'Contacts' }).getByRole('option').filter({ hasText: 'Hélène' })).toHaveCount(0);
});

test('a bad file gets a clear message and the wizard stays usable', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('Choose a file…').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('First Name,Email\r\n') });
  await expect(page.getByRole('alert')).toContainText('empty.csv has a header but no rows');
  await expect(page.getByRole('button', { name: 'Choose a file…' })).toBeEnabled();
});

test('rows that fail are reported with their line and can be downloaded as CSV', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Import' }).click();
  const csv = 'Name,Email,Birthday\r\nAnn Lee,ann@example.com,1980-02-30\r\n,not-an-email,\r\nBob Stone,bob@example.com,\r\n';
  await page.getByLabel('Choose a file…').setInputFiles({ name: 'mixed.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: /^Error 1$/ }).click();
  const preview = page.getByRole('table', { name: 'Preview' });
  await expect(preview.getByRole('row')).toHaveCount(2);
  await expect(preview.getByRole('row').nth(1)).toContainText('3');
  await expect(preview.getByRole('row').nth(1)).toContainText('No name, company, email or phone in this row');
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('2 contacts created, 0 updated, 0 already there, 0 skipped, 1 error.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the failed rows (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('mixed-failed-rows.csv');
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text).toBe('\ufeffName,Email,Birthday,Line,Error\r\n,not-an-email,,3,"No name, company, email or phone in this row"\r\n');
});

test('a file bigger than one request is sent in pieces and read whole', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Import' }).click();
  // About 20 MB: three pieces of at most 8 MB.
  const rows = 200_000;
  const lines = ['First Name,Last Name,E-mail Address,Notes'];
  for (let i = 0; i < rows; i++) lines.push(`Ana${i},Pérez,ana${i}@example.es,"${'Client depuis 2019, préfère le matin. '.repeat(2)}"`);
  const buffer = Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
  expect(buffer.length).toBeGreaterThan(16 * 1024 * 1024);
  await page.getByLabel('Choose a file…').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer });
  await expect(page.getByText(`${rows.toLocaleString('en')} rows`).or(page.getByText(`${rows} rows`))).toBeVisible({ timeout: 60_000 });
  await expect(page.getByLabel('Goes to: E-mail Address')).toHaveValue(/email/);
});

test.describe('at 1024x700 in the dark theme', () => {
  test.use({ viewport: { width: 1024, height: 700 }, colorScheme: 'dark' });

  test('the wizard fits without horizontal scrolling', async ({ page, carnet }) => {
    await page.goto(carnet.url);
    await nav(page).getByRole('button', { name: 'Import' }).click();
    const google = path.resolve(import.meta.dirname, '..', 'fixtures', 'csv', 'google-contacts.csv');
    await page.getByLabel('Choose a file…').setInputFiles(google);
    await expect(page.getByLabel('Exported from')).toHaveValue('google');
    const fits = () => page.evaluate(() => [...document.querySelectorAll('main, .page')].every((el) => el.scrollWidth <= el.clientWidth + 1));
    expect(await fits()).toBe(true);
    await page.screenshot({ path: 'test-results/import-mapping-1024-dark.png' });

    // Save the mapping, use it, then delete it (and bring it back with Undo).
    await page.getByLabel('Save this mapping as').fill('Google export');
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await page.getByLabel('Saved mappings').selectOption({ label: 'Google export' });
    await expect(page.getByRole('button', { name: 'Delete mapping "Google export"' })).toBeVisible();
    expect(await fits()).toBe(true);
    await page.screenshot({ path: 'test-results/import-saved-mapping-1024-dark.png' });
    await page.getByRole('button', { name: 'Delete mapping "Google export"' }).click();
    await expect(page.getByLabel('Saved mappings')).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Saved mappings').getByRole('option', { name: 'Google export' })).toHaveCount(1);

    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('table', { name: 'Preview' }).getByRole('row')).toHaveCount(3);
    expect(await fits()).toBe(true);
    await page.screenshot({ path: 'test-results/import-preview-1024-dark.png' });
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await expect(page.getByTestId('import-summary')).toHaveText('2 contacts created, 1 company created, 0 updated, 0 already there, 0 skipped, 0 errors.');
    await page.screenshot({ path: 'test-results/import-summary-1024-dark.png' });
  });
});

test('colleagues on one switchboard stay apart: possible duplicates are shown, chosen per row and listed after the import', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Import' }).click();
  const csv = [
    'First Name,Last Name,Company,E-mail Address,Business Phone',
    'Alice,Martin,Acme,alice@acme.com,+1 415 555 0100',
    'Bob,Durand,Acme,bob@acme.com,+1 415 555 0100',
    'Carla,Nunes,Other Co,carla@other.com,+1 415 555 0100',
  ].join('\r\n');
  await page.getByLabel('Choose a file…').setInputFiles({ name: 'office.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('table', { name: 'Preview' });
  const bob = preview.getByRole('row', { name: /Bob Durand/ });
  await expect(bob).toContainText('Possible duplicate');
  await expect(bob).toContainText('Shares +1 415 555 0100 with Alice Martin (line 2), whose name differs');
  await expect(bob).toContainText('Will be created as another person');
  await expect(bob).toContainText('read as +1 415 555 0100, United States');
  await expect(page.getByRole('button', { name: 'Import 3 rows' })).toBeVisible();
  await page.getByLabel('What to do with line 4').selectOption('skip');
  await expect(preview.getByRole('row', { name: /Carla Nunes/ })).toContainText('Will be skipped');
  await page.screenshot({ path: 'test-results/import-possible-duplicates.png', fullPage: true });
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('2 contacts created, 1 company created, 0 updated, 0 already there, 1 skipped, 0 errors.');
  const review = page.getByRole('region', { name: '1 possible duplicate to review' });
  await expect(review).toContainText('Line 3: Bob Durand. Shares +1 415 555 0100 with Alice Martin (line 2), whose name differs');
  await page.screenshot({ path: 'test-results/import-duplicates-summary.png', fullPage: true });
  await review.getByRole('button', { name: 'Open Bob Durand' }).click();
  await expect(page.getByRole('heading', { name: 'Bob Durand' })).toBeVisible();
});
