import type { Page } from '@playwright/test';
import { expect, test } from './support/carnet-test.ts';

/**
 * What a user does with contacts, in real Chromium against `carnet serve` on a temporary folder:
 * create through the form, find without typing accents, edit, restart, and it is all still there.
 */

// Dates follow the browser's locale; pin it so "14 March 1985" reads the same on every machine.
test.use({ locale: 'en-GB' });



async function openContacts(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' })).toHaveAttribute('aria-current', 'page');
}

async function createContact(page: Page, fields: { first: string; last: string; company?: string; email?: string; phone?: string; birthday?: string }): Promise<void> {
  await page.getByRole('button', { name: 'New contact' }).click();
  await page.getByLabel('First name').fill(fields.first);
  await page.getByLabel('Last name').fill(fields.last);
  if (fields.company) await page.getByLabel('Company', { exact: true }).fill(fields.company);
  if (fields.email) await page.getByLabel('Email', { exact: true }).fill(fields.email);
  if (fields.phone) await page.getByLabel('Phone', { exact: true }).fill(fields.phone);
  if (fields.birthday) await page.getByLabel('Birthday').fill(fields.birthday);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: `${fields.first} ${fields.last}` })).toBeVisible();
}

test('a contact created in the form is found without accents, edited, and survives a restart', async ({ page, carnet }) => {
  await openContacts(page, carnet.url);
  await expect(page.getByRole('button', { name: 'Add your first contact' })).toBeVisible();

  await createContact(page, { first: 'François', last: 'Lefèvre', company: 'Atelier Lefèvre', email: 'francois@atelier.example', phone: '+33 6 12 34 56 78', birthday: '14 March 1985' });
  await expect(page.getByRole('status')).toContainText('Saved');
  await createContact(page, { first: 'Ada', last: 'Lovelace', email: 'ada@example.com' });

  // Search by part of the name, typed without the cedilla.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('franc');
  const results = page.getByRole('listbox', { name: 'Contacts' }).getByRole('option');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('François Lefèvre');
  await expect(results.first().locator('mark').first()).toHaveText('Franç');

  // Keyboard: Enter opens the active row, E edits, Ctrl+S saves.
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: 'François Lefèvre' })).toBeVisible();
  await expect(page.getByText('14 March 1985')).toBeVisible();
  await page.getByRole('button', { name: 'Edit' }).click();
  const phone = page.getByLabel('Phone', { exact: true });
  await expect(phone).toHaveValue('+33 6 12 34 56 78');
  await phone.fill('+33 7 98 76 54 32');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByRole('heading', { name: 'François Lefèvre' })).toBeVisible();
  await expect(page.getByRole('link', { name: '+33 7 98 76 54 32' })).toBeVisible();

  // Restart the server on the same folder; the page needs the new address (a new session token).
  await carnet.restart();
  await page.goto(carnet.url);
  // The app opens where the user left it: Contacts, with the same record open.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('searchbox', { name: 'Search' }).fill('lefe');
  // The person, and the company card their company name created.
  await expect(page.getByRole('option')).toHaveCount(2);
  await page.getByRole('option').filter({ hasText: 'François Lefèvre' }).click();
  await expect(page.getByRole('heading', { name: 'François Lefèvre' })).toBeVisible();
  await expect(page.getByRole('link', { name: '+33 7 98 76 54 32' })).toBeVisible();
  await expect(page.getByText('+33 6 12 34 56 78')).toHaveCount(0);
});

test('deleting a contact offers Undo, which brings it back', async ({ page, carnet }) => {
  await openContacts(page, carnet.url);
  await createContact(page, { first: 'Zoë', last: 'Martín', phone: '+34 612 345 678' });
  await createContact(page, { first: 'Ben', last: 'Cohen' });
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await list.getByRole('option').filter({ hasText: 'Zoë Martín' }).click();

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted Zoë Martín');
  await expect(list).toBeFocused(); // the keyboard is not dropped on the page
  await expect(list.getByRole('option').filter({ hasText: 'Zoë Martín' })).toHaveCount(0);
  await expect(list.getByRole('option')).toHaveCount(1);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('option').filter({ hasText: 'Zoë Martín' })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Zoë Martín' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('zoe');
  await expect(list.getByRole('option')).toHaveCount(1);
});

test('everything works from the keyboard', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' })).toHaveAttribute('aria-current', 'page');

  // N opens the editor with the first field focused; Ctrl/Cmd+S saves.
  await page.keyboard.press('n');
  await expect(page.getByLabel('First name')).toBeFocused();
  await page.keyboard.type('Grace');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hopper');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByRole('heading', { name: 'Grace Hopper' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Contacts' })).toBeFocused(); // saving hands the keyboard back to the list
  await page.keyboard.press('n');
  await page.keyboard.type('Alan');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByRole('heading', { name: 'Alan' })).toBeVisible();

  // "/" reaches the search box from anywhere; Enter opens the match and hands the keyboard to the list.
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.type('hop');
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Grace Hopper' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Contacts' })).toBeFocused();

  // E edits, Escape (nothing typed) leaves the editor, Delete deletes with Undo.
  await page.keyboard.press('e');
  await expect(page.getByRole('heading', { name: 'Edit Grace Hopper' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Grace Hopper' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Contacts' })).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status')).toContainText('Deleted Grace Hopper');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('status')).toContainText('Grace Hopper is back');
  await expect(page.getByRole('heading', { name: 'Grace Hopper' })).toBeVisible();

  // ? shows the shortcuts; Escape closes them.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a malformed email is flagged next to the field and nothing is saved', async ({ page, carnet }) => {
  await openContacts(page, carnet.url);
  await page.getByRole('button', { name: 'Add your first contact' }).click();
  await page.getByLabel('First name').fill('Olga');
  const email = page.getByLabel('Email', { exact: true });
  await email.fill('olga@');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/not an email address/);
  await expect(page.getByRole('heading', { name: 'New contact' })).toBeVisible();

  await email.fill('olga@example.com');
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Olga' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Contacts' }).getByRole('option')).toHaveCount(1);
});

test('a company named on a contact gets its own card, listing the people there', async ({ page, carnet }) => {
  await openContacts(page, carnet.url);
  await createContact(page, { first: 'Élodie', last: 'Garnier', company: 'Atelier Lefèvre' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Companies' }).click();
  const companies = page.getByRole('listbox', { name: 'Companies' });
  await expect(companies.getByRole('option')).toHaveCount(1);
  await companies.getByRole('option').first().click();
  await expect(page.getByRole('heading', { name: 'Atelier Lefèvre' })).toBeVisible();
  await page.getByRole('button', { name: /Élodie Garnier/ }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Élodie Garnier' })).toBeVisible();
});

test('settings show where the data lives and keep the default phone country', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByText(carnet.dataDir, { exact: true })).toBeVisible();
  const country = page.getByLabel('Default phone country');
  await country.selectOption('FR');
  await expect(page.getByRole('status')).toContainText('Settings saved');
  await page.reload();
  await expect(page.getByLabel('Default phone country')).toHaveValue('FR');
});

test('opened without its session token, the page says which address to open', async ({ page, carnet }) => {
  await page.goto(new URL(carnet.url).origin + '/');
  await expect(page.getByRole('heading', { name: 'Carnet cannot reach your data' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('#token=');
});
