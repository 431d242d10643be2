import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/carnet-test.ts';

/** A Carnet JSON export through the Import screen: picked like any file, previewed with what comes along, imported, undone. */
test.use({ locale: 'en-GB' });

const fixture = path.resolve(import.meta.dirname, '..', 'fixtures', 'json', 'carnet-export-v2.json');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('import a Carnet export with its interactions and tasks, and again (nothing new)', async ({ page, carnet }) => {
  await page.goto(carnet.url);
  await nav(page).getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText(/or a Carnet JSON export/)).toBeVisible();
  // The file picker offers .json: the formats come from the core's readers.
  await expect(page.getByLabel('Choose a file…')).toHaveAttribute('accept', /\.json/);
  await page.getByLabel('Choose a file…').setInputFiles({ name: 'carnet-contacts.json', mimeType: 'application/json', buffer: fs.readFileSync(fixture) });

  await expect(page.getByText(/Carnet export \(version 2\) made 2026-11-24 10:00 UTC: 2 people, 1 company, 2 interactions, 1 task\./)).toBeVisible();
  const preview = page.getByRole('table', { name: 'Preview' });
  await expect(preview.getByRole('row', { name: /Ana Pérez/ })).toContainText('New');
  await expect(page.getByTestId('import-related')).toHaveText('With these contacts: 2 interactions and 1 task to add');
  for (const [width, height] of [[1280, 800], [1024, 700]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/import-carnet-json-preview-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
  await page.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('2 contacts created, 1 company created, 0 updated, 0 already there, 0 skipped, 0 errors.');
  await expect(page.getByTestId('import-related')).toHaveText('Added 2 interactions and 1 task');
  await page.screenshot({ path: 'test-results/import-carnet-json-summary.png', fullPage: true });

  // The same file again: everything is already there.
  await page.getByRole('button', { name: 'Import another file' }).click();
  await page.getByLabel('Choose a file…').setInputFiles({ name: 'carnet-contacts.json', mimeType: 'application/json', buffer: fs.readFileSync(fixture) });
  await expect(page.getByTestId('import-related')).toHaveText('With these contacts: 0 interactions and 0 tasks to add · 3 interactions and tasks already in Carnet');
  await expect(page.getByRole('button', { name: /^Already there 3$/ })).toBeVisible();

  await nav(page).getByRole('button', { name: 'Contacts' }).click();
  await page.getByRole('listbox', { name: 'Contacts' }).getByRole('option').filter({ hasText: 'Ana Pérez' }).click();
  await expect(page.getByRole('heading', { name: 'Ana Pérez' })).toBeVisible();
  // Kept from the file: its times, not the import's.
  await expect(page.getByText('Added 1 Oct 2026 · Changed 2 Oct 2026')).toBeVisible();
  // Her interactions came with her: on her timeline.
  await expect(page.getByText('Croissant order').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/import-carnet-json-contact.png', fullPage: true });
});
