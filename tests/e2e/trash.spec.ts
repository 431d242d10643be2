import type { Page } from '@playwright/test';
import { expect, test } from './support/carnet-test.ts';

/**
 * The Trash and the contacts of one import, in Chromium against `carnet serve`: a deleted contact
 * is still there once the Undo message is gone, and comes back from the Trash; an import's
 * contacts open as a filtered list; an undone import's contacts come back together; Delete
 * forever and Empty trash ask first.
 */
test.use({ locale: 'en-GB' });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function createContact(page: Page, first: string, last: string, company = ''): Promise<void> {
  await page.getByRole('button', { name: 'New contact' }).click();
  await page.getByLabel('First name').fill(first);
  await page.getByLabel('Last name').fill(last);
  if (company) await page.getByLabel('Company', { exact: true }).fill(company);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: `${first} ${last}` })).toBeVisible();
}

test('a deleted contact waits in the Trash after the Undo message is gone, and comes back from there', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();
  await expect(page.getByText(/When you delete a contact, or undo an import, the contacts go here for 30 days/)).toBeVisible();

  await nav(page).getByRole('button', { name: 'Contacts' }).click();
  await createContact(page, 'Zoë', 'Martín', 'Atelier Martín');
  await createContact(page, 'Ben', 'Cohen');
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await expect(page.getByText('2 contacts · 1 company')).toBeVisible();
  await list.getByRole('option').filter({ hasText: 'Zoë Martín' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted Zoë Martín');
  // The Undo offer lasts a few seconds; after that the Trash is the way back.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0, { timeout: 15_000 });

  await page.keyboard.press('Alt+7');
  await expect(nav(page).getByRole('button', { name: 'Trash' })).toHaveAttribute('aria-current', 'page');
  const trash = page.getByRole('list', { name: 'Contacts in the trash' });
  const row = trash.getByRole('listitem').filter({ hasText: 'Zoë Martín' });
  await expect(row).toContainText('Person · Atelier Martín');
  await expect(row).toContainText(/Deleted \d/);
  await page.screenshot({ path: 'test-results/trash.png' });
  await row.getByRole('button', { name: 'Restore Zoë Martín' }).click();
  await expect(page.getByRole('status')).toContainText('Zoë Martín is back in Contacts');
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();

  await nav(page).getByRole('button', { name: 'Contacts' }).click();
  await expect(list.getByRole('option').filter({ hasText: 'Zoë Martín' })).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search' }).fill('zoe');
  await expect(list.getByRole('option')).toHaveCount(1);
});

test('an import\'s contacts open as a list; undone, they come back together; deleting for good asks first', async ({ page, carnet }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Contacts' }).click();
  await createContact(page, 'Old', 'Friend');

  await nav(page).getByRole('button', { name: 'Import' }).click();
  const csv = 'First Name,Last Name,Company,Email\r\nAnn,Lee,Initech,ann@example.com\r\nBob,Stone,,bob@example.com\r\n';
  await page.getByLabel('Choose a file…').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await page.getByRole('button', { name: 'Show these 2 contacts and 1 company' }).click();

  await expect(nav(page).getByRole('button', { name: 'Contacts' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText(/^From import of people\.csv, /)).toBeVisible();
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await expect(list.getByRole('option')).toHaveText([/Ann Lee/, /Bob Stone/, /Initech/]);
  await expect(page.getByText('2 contacts · 1 company')).toBeVisible();
  await page.screenshot({ path: 'test-results/contacts-from-import.png' });
  await page.getByRole('button', { name: /Clear the filter/ }).click();
  await expect(list.getByRole('option')).toHaveCount(4);

  await nav(page).getByRole('button', { name: 'Import' }).click();
  await page.getByRole('button', { name: 'Undo import of people.csv' }).click();
  await page.getByRole('region', { name: 'Import history' }).getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByText('Import undone: 2 contacts and 1 company moved to the trash, 0 restored.')).toBeVisible();

  await nav(page).getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('list', { name: 'Contacts in the trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(3);
  await expect(trash.getByRole('listitem').filter({ hasText: 'Ann Lee' })).toContainText('by undoing the import of people.csv');
  await page.screenshot({ path: 'test-results/trash-undone-import.png' });
  await page.getByRole('button', { name: 'Restore all 2 contacts and 1 company from people.csv' }).click();
  await expect(page.getByRole('status')).toContainText('2 contacts and 1 company back in Contacts');
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();

  // Delete one forever (asked first, Cancel keeps it), then empty the trash.
  await nav(page).getByRole('button', { name: 'Contacts' }).click();
  for (const name of ['Ann Lee', 'Bob Stone']) {
    await list.getByRole('option').filter({ hasText: name }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('status')).toContainText(`Deleted ${name}`);
    await expect(list.getByRole('option').filter({ hasText: name })).toHaveCount(0); // the list has settled
  }
  await nav(page).getByRole('button', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Delete Ann Lee forever' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete Ann Lee forever?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(trash.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete Ann Lee forever' }).click();
  await dialog.getByRole('button', { name: 'Delete forever' }).click();
  await expect(trash.getByRole('listitem')).toHaveCount(1);

  await page.getByRole('button', { name: 'Empty trash…' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Empty the trash?' })).toContainText('The 1 contact in the trash will be deleted for good');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();
  await nav(page).getByRole('button', { name: 'Contacts' }).click();
  await expect(list.getByRole('option')).toHaveText([/Initech/, /Old Friend/]);
});
