import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/carnet-test.ts';

/**
 * Drop a vCard file and a business-card photo on the Import screen, review the card's draft beside
 * its photo, fix a field, save, import both, and find the contacts (with the card photo) in the
 * list: in Chromium against `carnet serve`, OCR running in the core.
 */
test.use({ locale: 'en-GB' });
test.setTimeout(120_000);

const fixtures = path.resolve(import.meta.dirname, '../fixtures');


const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** A real drag-and-drop: the files travel in a DataTransfer, as from the desktop. */
async function dropFiles(page: Page, files: { name: string; mime: string; file: string }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, mime: f.mime, base64: fs.readFileSync(f.file).toString('base64') }));
  const transfer = await page.evaluateHandle((items) => {
    const data = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], item.name, { type: item.mime }));
    }
    return data;
  }, payload);
  const zone = page.getByTestId('cards-drop');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

test('drop a vCard and a card photo, review, save, find the contacts', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Import' }).click();
  await dropFiles(page, [
    { name: 'android-apple-mixed.vcf', mime: 'text/vcard', file: path.join(fixtures, 'vcard/android-apple-mixed.vcf') },
    { name: 'olivia-card.png', mime: 'image/png', file: path.join(fixtures, 'cards/clean-left.png') },
  ]);

  // The photo is read by OCR in the core; the draft appears beside it.
  await expect(page.getByRole('heading', { name: 'Card 1 of 1' })).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('Olivia', { timeout: 60_000 });
  await expect(page.getByLabel('Last name')).toHaveValue('Bennett');
  await expect(page.getByLabel('Email')).toHaveValue('olivia.bennett@northwind.example');
  await expect(page.getByRole('img', { name: 'Photo of the card olivia-card.png' })).toBeVisible();
  await page.screenshot({ path: 'test-results/cards-review.png', fullPage: true });
  await page.getByLabel('Job title').fill('VP Partnerships');
  await page.getByRole('button', { name: 'Save card' }).click();

  // One batch for the reviewed cards: preview, import.
  await expect(page.getByTestId('cards-preview-counts')).toHaveText(/^1 new/);
  await page.getByRole('button', { name: 'Import 1 contact' }).click();
  await expect(page.getByTestId('cards-import-done')).toContainText('Imported: 1 new');

  // Then the vCard file: two cards, and the broken one reported by its line.
  await page.getByRole('button', { name: 'Import more' }).click();
  await expect(page.getByTestId('cards-preview-counts')).toHaveText('2 new · 0 to update · 0 already there · 1 with errors');
  await expect(page.getByText(/line 15: The card that starts on line 15 has no END:VCARD/)).toBeVisible();
  await page.screenshot({ path: 'test-results/cards-vcard-preview.png', fullPage: true });
  await page.getByRole('button', { name: 'Import 2 contacts' }).click();
  await expect(page.getByTestId('cards-import-done')).toContainText('Imported: 2 new');

  // Find them.
  await nav(page).getByRole('button', { name: 'Contacts' }).click();
  const list = page.getByRole('listbox', { name: 'Contacts' });
  // Three people and the two companies they work for.
  await expect(list.getByRole('option')).toHaveCount(5);
  await list.getByRole('option').filter({ hasText: 'Olivia Bennett' }).click();
  await expect(page.getByRole('heading', { name: 'Olivia Bennett' })).toBeVisible();
  await expect(page.getByRole('article').getByText('VP Partnerships · Northwind Traders')).toBeVisible();
  await expect(page.locator('.detail-header [data-testid="contact-photo"]')).toBeVisible();
  await list.getByRole('option').filter({ hasText: 'Иван Иванов' }).click();
  await expect(page.getByRole('heading', { name: 'Иван Иванов' })).toBeVisible();
  await page.screenshot({ path: 'test-results/cards-contacts.png', fullPage: true });

  // And back out: every contact as one vCard 4.0 file, photos included.
  await nav(page).getByRole('button', { name: 'Import' }).click();
  await page.getByLabel('vCard version').selectOption('4.0');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as vCard' }).click()]);
  expect(download.suggestedFilename()).toBe('carnet-contacts.vcf');
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.match(/BEGIN:VCARD/g)).toHaveLength(5);
  expect(text).toContain('VERSION:4.0');
  expect(text).toContain('TITLE:VP Partnerships');
  expect(text).toContain('PHOTO:data:image/png;base64,');
});

test('the vCard preview says which contact loses a photo, and why', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Import' }).click();
  await dropFiles(page, [{ name: 'photos.vcf', mime: 'text/vcard', file: path.join(fixtures, 'vcard/v21-tiny-and-broken-photos.vcf') }]);
  await expect(page.getByTestId('cards-preview-counts')).toHaveText('2 new · 0 to update · 0 already there · 0 with errors');
  const warnings = page.getByRole('list', { name: 'What was left out of Bob Broken' });
  await expect(warnings).toContainText('Line 26 (Bob Broken): the photo cannot be read');
  // The 1 × 1 photo is kept: nothing is said about Tom.
  await expect(page.getByRole('list', { name: 'What was left out of Tom Tiny' })).toHaveCount(0);
  await page.setViewportSize({ width: 1024, height: 700 });
  await warnings.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/cards-vcard-photo-warning.png' });
  await page.getByRole('button', { name: 'Import 2 contacts' }).click();
  await expect(page.getByTestId('cards-import-done')).toContainText('Imported: 2 new');
  await nav(page).getByRole('button', { name: 'Contacts' }).click();
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await list.getByRole('option').filter({ hasText: 'Tom Tiny' }).click();
  await expect(page.locator('.detail-header [data-testid="contact-photo"]')).toBeVisible();
});
