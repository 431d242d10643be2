import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Page } from '@playwright/test';
import { appCatalogs } from '../../renderer/app/messages/index.ts';
import { backupCatalogs } from '../../renderer/features/backup/messages/index.ts';
import { settingsCatalogs } from '../../renderer/features/settings/messages/index.ts';
import { ALL_CATALOGS } from '../../renderer/i18n/all-catalogs.ts';
import type { Language } from '../../renderer/i18n/languages.ts';
import { callCarnet } from './support/carnet-server.ts';
import { expect, test } from './support/carnet-test.ts';

/**
 * The interface language in real Chromium: chosen in Settings, applied at once, kept in the
 * database across a reload, and French, Russian and German laid out at 1024x700 without
 * overflow or clipped buttons (screenshots in test-results/i18n/ to look at).
 */
test.use({ locale: 'en-GB', viewport: { width: 1024, height: 700 } });

const app = appCatalogs;
const settings = settingsCatalogs;
const backup = backupCatalogs;
const SHOTS = path.join('test-results', 'i18n');

const nav = (page: Page, language: Language) => page.getByRole('navigation', { name: app[language].navLabel });

async function go(page: Page, language: Language, place: 'today' | 'contacts' | 'companies' | 'import' | 'backup' | 'settings' | 'trash'): Promise<void> {
  const button = nav(page, language).getByRole('button', { name: app[language][`places.${place}`] });
  await button.click();
  await expect(button).toHaveAttribute('aria-current', 'page');
}

/** Words of a catalog language's literal text (placeholders left out), lowercased. */
function words(language: Language): Set<string> {
  const into = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) for (const word of element.value.split(/[^\p{L}]+/u)) if (word.length >= 3) into.add(word.toLowerCase());
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  for (const catalogs of Object.values(ALL_CATALOGS)) for (const text of Object.values(catalogs[language])) walk(parse(text));
  return into;
}

/** English catalog words on the page that the language's own catalogs never use ("contact" is French too). */
async function englishLeftIn(page: Page, language: Language, shownAsIs: string[] = []): Promise<string[]> {
  const own = words(language);
  const english = [...words('en')].filter((word) => !own.has(word) && !['carnet', 'csv', 'json', 'vcard', 'excel', 'libreoffice', 'sqlite', 'usb'].includes(word));
  let text = await page.locator('main').innerText();
  // Currency menus list ISO codes and names from Intl (TRY, ALL, "mark convertible"): data, not Carnet's words.
  const currencyOptions = await page.locator('main option').evaluateAll((options) => options.filter((option) => /^[A-Z]{3}$/.test((option as HTMLOptionElement).value)).map((option) => option.textContent ?? ''));
  for (const data of [...shownAsIs, ...currencyOptions]) text = text.split(data).join(' ');
  // Paths and backup file names ("carnet-backup-….carnetbackup") are data, shown as they are.
  text = text.replace(/\S*[\\/]\S*|\S+\.carnetbackup\b/g, ' ');
  const shown = new Set(text.split(/[^\p{L}]+/u).map((word) => word.toLowerCase()));
  return english.filter((word) => shown.has(word));
}

/** Elements whose content is wider than their box: the main areas, cards, and every visible button. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const boxes = document.querySelectorAll<HTMLElement>('.app, .sidebar, main, .page, .card, button, .button, select, label');
    for (const element of boxes) {
      if (element.offsetParent === null && element.tagName !== 'MAIN') continue; // not shown
      if (element.closest('.visually-hidden')) continue; // clipped on purpose: for screen readers only
      if (element.scrollWidth > element.clientWidth + 1) found.push(`${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').trim().slice(0, 40)}" ${element.scrollWidth}>${element.clientWidth}`);
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) found.push(`page ${document.documentElement.scrollWidth}>${document.documentElement.clientWidth}`);
    return found;
  });
}

/** The window as it opens, and scrolled to the end of the screen (the main area scrolls, not the page). */
async function screenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('main, main *')) if (element.scrollHeight > element.clientHeight) element.scrollTop = element.scrollHeight;
  });
  await page.screenshot({ path: path.join(SHOTS, `${name}-end.png`) });
}

let usb: string;
test.beforeEach(() => {
  usb = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-e2e-i18n-'));
  fs.mkdirSync(SHOTS, { recursive: true });
});
test.afterEach(() => fs.rmSync(usb, { recursive: true, force: true }));

test('French chosen in Settings applies at once and is kept after a reload', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await go(page, 'en', 'settings');
  await page.getByLabel('Interface language').selectOption('fr');

  // At once, without a reload: the sidebar, the Settings screen and the page's language.
  await expect(nav(page, 'fr').getByRole('button', { name: app.fr['places.contacts'] })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: settings.fr.title })).toBeVisible();
  await expect(page.getByLabel(settings.fr.language)).toHaveValue('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('status')).toContainText(settings.fr.saved);
  expect(await englishLeftIn(page, 'fr', [carnet.dataDir])).toEqual([]);

  // Kept in the database: a reload (and a new browser profile would too) opens in French.
  await page.reload();
  await expect(nav(page, 'fr').getByRole('button', { name: app.fr['places.settings'] })).toBeVisible();
  await expect(page.getByLabel(settings.fr.language)).toHaveValue('fr');

  // And back to English the same way.
  await page.getByLabel(settings.fr.language).selectOption('en');
  await expect(nav(page, 'en').getByRole('button', { name: app.en['places.settings'] })).toBeVisible();

  // The overflow check sees a clipped button (so its empty answers below mean something).
  expect(await overflowing(page)).toEqual([]);
  await nav(page, 'en').getByRole('button', { name: app.en['places.settings'] }).evaluate((button: HTMLElement) => {
    button.style.width = '40px';
    button.style.whiteSpace = 'nowrap';
    button.style.overflow = 'hidden';
  });
  expect((await overflowing(page)).join('\n')).toContain(app.en['places.settings']);
});

for (const language of ['fr', 'ru', 'de'] as const) {
  test(`Settings and Backup in ${language} fit 1024x700 without overflow or clipped buttons`, async ({ page, carnet }) => {
    // A contact and a backup in the folder, so the list shows a row with its buttons.
    await callCarnet(carnet, 'contacts.create', { firstName: 'François', lastName: 'Lefèvre' });
    await callCarnet(carnet, 'backup.setFolder', { folder: usb });
    await callCarnet(carnet, 'backup.create', { folder: usb, passphrase: null });
    await callCarnet(carnet, 'settings.update', { language });
    await page.goto(carnet.url);

    await go(page, language, 'settings');
    await expect(page.getByRole('heading', { level: 1, name: settings[language].title })).toBeVisible();
    expect(await englishLeftIn(page, language, [carnet.dataDir])).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await screenshots(page, `settings-${language}`);

    await go(page, language, 'backup');
    await expect(page.getByRole('heading', { level: 1, name: backup[language].title })).toBeVisible();
    await page.getByRole('checkbox', { name: backup[language].encrypt }).check();
    const row = page.getByRole('list', { name: backup[language].listTitle }).getByRole('listitem');
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: backup[language].restore }).click();
    await expect(row.getByRole('heading', { name: backup[language].confirmRestoreTitle.replace('\u00a0', ' ') })).toBeVisible();
    expect(await englishLeftIn(page, language, [usb, path.basename(usb)])).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await screenshots(page, `backup-${language}`);
  });
}

for (const language of ['fr', 'ru', 'de'] as const) {
  test(`Today, Contacts, Companies, Import and Trash in ${language} fit 1024x700 without overflow or clipped buttons`, async ({ page, carnet }) => {
    // Something on every screen: a person at a company (open in Contacts), a birthday for Today, one in the trash.
    const today = new Date();
    const birthday = `1985-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await callCarnet(carnet, 'contacts.create', { firstName: 'François', lastName: 'Lefèvre', company: 'Atelier Lefèvre', birthday, emails: [{ label: 'work', value: 'francois@atelier.example' }] });
    const gone = (await callCarnet(carnet, 'contacts.create', { firstName: 'Jürgen', lastName: 'Weiß' })) as { id: string };
    await callCarnet(carnet, 'contacts.delete', { id: gone.id });
    await callCarnet(carnet, 'settings.update', { language, countryConfirmed: true });
    await page.goto(carnet.url);
    const data = ['François Lefèvre', 'Atelier Lefèvre', 'francois@atelier.example', 'Jürgen Weiß', carnet.dataDir];

    for (const place of ['today', 'contacts', 'companies', 'import', 'trash'] as const) {
      await go(page, language, place);
      if (place === 'contacts') {
        // The list has no page title: the open contact's name is the heading.
        await page.getByRole('option', { name: /^François Lefèvre/ }).click();
        await expect(page.getByRole('heading', { name: 'François Lefèvre' })).toBeVisible();
      } else if (place === 'companies') await expect(page.getByRole('option', { name: /^Atelier Lefèvre/ })).toBeVisible();
      else await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      expect(await englishLeftIn(page, language, data), place).toEqual([]);
      expect(await overflowing(page), place).toEqual([]);
      await screenshots(page, `${place}-${language}`);
    }
  });
}

test('adding a contact in French', async ({ page, carnet }) => {
  await callCarnet(carnet, 'settings.update', { language: 'fr' });
  await page.goto(carnet.url);
  await go(page, 'fr', 'contacts');
  expect(await englishLeftIn(page, 'fr')).toEqual([]);
  await page.locator('.new-button').click();
  const fields = page.locator('main form').getByRole('textbox');
  await fields.nth(0).fill('Élodie');
  await fields.nth(1).fill('Mercier');
  // A validation message in French, at the field it concerns.
  await page.getByRole('button', { name: 'Ajouter un e-mail' }).click();
  const email = page.getByRole('textbox', { name: /^E-mail/ }).first();
  await email.fill('pas-une-adresse');
  await page.locator('main form [type=submit]').click();
  await expect(page.getByText('Ce n’est pas une adresse e-mail, par exemple nom@exemple.fr')).toBeVisible();
  await screenshots(page, 'contacts-fr-invalid');
  await email.fill('elodie@mercier.fr');
  await page.locator('main form [type=submit]').click();
  await expect(page.getByRole('heading', { name: 'Élodie Mercier' })).toBeVisible();
  expect(await englishLeftIn(page, 'fr', ['Élodie Mercier'])).toEqual([]);
  expect(await overflowing(page)).toEqual([]);
  await screenshots(page, 'contacts-fr');
});
