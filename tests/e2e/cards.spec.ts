import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/carnet-test.ts';

/**
 * Drop a vCard file and a business-card photo on the Import screen: the vCard's preview and import,
 * then the card's draft beside its photo, fixed and saved, imported, and the contacts (with the
 * card photo) in the list. Then two vCard files chosen at once, each previewed and imported in
 * turn. In Chromium against `carnet serve`, OCR running in the core.
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

  // The vCard file first, as given: its preview, with the broken card reported by its line.
  const vcard = page.getByRole('region', { name: 'File 1 of 2: android-apple-mixed.vcf' });
  await expect(vcard.getByText('Still to come: olivia-card.png')).toBeVisible();
  await expect(vcard.getByRole('button', { name: 'Error 1' })).toBeVisible();
  await expect(vcard.getByText('The card that starts on line 15 has no END:VCARD')).toBeVisible();
  await page.screenshot({ path: 'test-results/cards-vcard-preview.png', fullPage: true });
  await vcard.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(vcard.getByTestId('import-summary')).toContainText('2 contacts created, 1 company created');
  await vcard.getByRole('button', { name: 'Next file: 1 card photo' }).click();

  // The photo is read by OCR in the core; the draft appears beside it.
  const cards = page.getByRole('region', { name: 'File 2 of 2: 1 card photo' });
  await expect(cards.getByRole('heading', { name: 'Card 1 of 1' })).toBeVisible();
  await expect(cards.getByLabel('First name')).toHaveValue('Olivia', { timeout: 60_000 });
  await expect(cards.getByLabel('Last name')).toHaveValue('Bennett');
  await expect(cards.getByLabel('Email')).toHaveValue('olivia.bennett@northwind.example');
  await expect(cards.getByRole('img', { name: 'Photo of the card olivia-card.png' })).toBeVisible();
  await page.screenshot({ path: 'test-results/cards-review.png', fullPage: true });
  await cards.getByLabel('Job title').fill('VP Partnerships');
  await cards.getByRole('button', { name: 'Save card' }).click();

  // One batch for the reviewed cards: preview, import.
  await expect(cards.getByRole('button', { name: 'New 1' })).toBeVisible();
  await cards.getByRole('button', { name: 'Import 1 row' }).click();
  await expect(cards.getByTestId('import-summary')).toContainText('1 contact created');
  await cards.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByTestId('cards-finished')).toHaveText('Finished: 2 of 2 files imported.');

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

test('choose two vCard files at once: each is previewed and imported, in order', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Import' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose files…' }).click()]);
  await chooser.setFiles([path.join(fixtures, 'vcard/android-apple-mixed.vcf'), path.join(fixtures, 'vcard/utf8-bom.vcf')]);

  // The first file's preview is brought into view and takes the focus; the second is named.
  const first = page.getByRole('region', { name: 'File 1 of 2: android-apple-mixed.vcf' });
  const firstTitle = first.getByRole('heading', { name: 'File 1 of 2: android-apple-mixed.vcf' });
  await expect(firstTitle).toBeFocused();
  // Scrolled into view, not left below the import history: the file's name and its preview.
  await expect(firstTitle).toBeInViewport();
  await expect(first.getByRole('table', { name: 'Preview' })).toBeInViewport({ ratio: 0.5 });
  await expect(first.getByText('Still to come: utf8-bom.vcf')).toBeVisible();
  // Each contact's details, with how its phone was read.
  await expect(first.getByText('claire@acme.fr')).toBeVisible();
  await expect(first.getByText(/\+33 6 12 34 56 78 · read as/)).toBeVisible();
  await first.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(first.getByTestId('import-summary')).toBeInViewport();
  await first.getByRole('button', { name: 'Next file: utf8-bom.vcf' }).click();

  const second = page.getByRole('region', { name: 'File 2 of 2: utf8-bom.vcf' });
  const secondTitle = second.getByRole('heading', { name: 'File 2 of 2: utf8-bom.vcf' });
  await expect(secondTitle).toBeFocused();
  await expect(secondTitle).toBeInViewport();
  await expect(second.getByRole('table', { name: 'Preview' })).toBeInViewport({ ratio: 0.5 });
  await expect(second.getByText('This is the last file.')).toBeVisible();
  await second.getByRole('button', { name: /^Import \d+ rows?$/ }).click();
  await expect(second.getByTestId('import-summary')).toContainText('created');
  await second.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByTestId('cards-finished')).toHaveText('Finished: 2 of 2 files imported.');

  // One batch per file in the history.
  const history = page.getByRole('list', { name: 'Import history' });
  await expect(history.getByText('android-apple-mixed.vcf')).toBeVisible();
  await expect(history.getByText('utf8-bom.vcf')).toBeVisible();

  // The contacts of both files are in the list.
  await nav(page).getByRole('button', { name: 'Contacts' }).click();
  const list = page.getByRole('listbox', { name: 'Contacts' });
  for (const name of ['Иван Иванов', 'Claire Martin', 'Hans Müller', 'Globex']) await expect(list.getByRole('option').filter({ hasText: name })).toHaveCount(1);
});

test('the vCard preview says which contact loses a photo, and why', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Import' }).click();
  await dropFiles(page, [{ name: 'photos.vcf', mime: 'text/vcard', file: path.join(fixtures, 'vcard/v21-tiny-and-broken-photos.vcf') }]);
  const file = page.getByRole('region', { name: 'File 1 of 1: photos.vcf' });
  await expect(file.getByRole('button', { name: 'New 2' })).toBeVisible();
  await expect(file.getByRole('button', { name: 'Error 0' })).toBeVisible();
  const preview = file.getByRole('table', { name: 'Preview' });
  const bob = preview.getByRole('row', { name: /Bob Broken/ });
  await expect(bob).toContainText('Line 26 (Bob Broken): the photo cannot be read');
  // The 1 × 1 photo is kept: nothing is said about Tom.
  await expect(preview.getByRole('row', { name: /Tom Tiny/ })).not.toContainText('photo');
  await page.setViewportSize({ width: 1024, height: 700 });
  await bob.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/cards-vcard-photo-warning.png' });
  await file.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(file.getByTestId('import-summary')).toContainText('2 contacts created');
  await nav(page).getByRole('button', { name: 'Contacts' }).click();
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await list.getByRole('option').filter({ hasText: 'Tom Tiny' }).click();
  await expect(page.locator('.detail-header [data-testid="contact-photo"]')).toBeVisible();
});
